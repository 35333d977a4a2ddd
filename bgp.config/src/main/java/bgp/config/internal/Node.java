package bgp.config.internal;

import bgp.config.route.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement ({@code words ;}) or a block ({@code words { children }}) of a configuration file.
 *
 * @param words the words before {@code ;} or {@code {}, never empty
 * @param children the statements of a block; null for a statement
 */
record Node(List<Token> words, List<Node> children) {

    Token head() {
        return words.get(0);
    }

    String keyword() {
        return words.get(0).text();
    }

    boolean isBlock() {
        return children != null;
    }

    /** The words after the keyword. */
    List<Token> args() {
        return words.subList(1, words.size());
    }

    /** The nodes of well-formed tokens (as {@link StructureCheck} accepts them). */
    static List<Node> parse(List<Token> tokens) {
        int[] at = {0};
        return nodes(tokens, at, false);
    }

    private static List<Node> nodes(List<Token> tokens, int[] at, boolean inBlock) {
        List<Node> out = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        while (at[0] < tokens.size()) {
            Token t = tokens.get(at[0]++);
            if (t.is(";")) {
                if (!words.isEmpty()) {
                    out.add(new Node(List.copyOf(words), null));
                    words.clear();
                }
            } else if (t.is("{")) {
                List<Node> children = nodes(tokens, at, true);
                if (!words.isEmpty()) {
                    out.add(new Node(List.copyOf(words), children));
                    words.clear();
                }
            } else if (t.is("}")) {
                if (!words.isEmpty()) {
                    out.add(new Node(List.copyOf(words), null));
                }
                if (inBlock) {
                    return out;
                }
                words.clear();
            } else {
                words.add(t);
            }
        }
        if (!words.isEmpty()) {
            out.add(new Node(List.copyOf(words), null));
        }
        return out;
    }
}
