package bgp.api.command;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A command's arguments as the words of its line after the verb, split at runs of the regular expression
 * {@code \s}'s characters ({@code [ \t\n\x0B\f\r]}) only when asked: the first word alone when only it is asked (which
 * command form), the text when a command reads the text ({@link CommandRequest#argumentText()}, an
 * {@code announce route}'s). Unmodifiable; one request is read by one thread.
 */
final class LineWords extends AbstractList<String> implements RandomAccess {
    private final String line;
    private final int from;
    private String first;
    private String[] words;

    /** The words of {@code line} (stripped) from index {@code from} on. */
    LineWords(String line, int from) {
        this.line = line;
        this.from = from;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private int skipSpace(int i) {
        int n = line.length();
        while (i < n && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private int wordEnd(int i) {
        int n = line.length();
        while (i < n && !isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private String[] words() {
        if (words == null) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>(16);
            for (int i = skipSpace(from), n = line.length(); i < n; i = skipSpace(i)) {
                int end = wordEnd(i);
                out.add(line.substring(i, end));
                i = end;
            }
            words = out.toArray(new String[0]);
        }
        return words;
    }

    @Override
    public String get(int index) {
        if (index == 0 && words == null) {
            if (first == null) {
                int start = skipSpace(from);
                if (start == line.length()) {
                    throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
                }
                first = line.substring(start, wordEnd(start));
            }
            return first;
        }
        String[] w = words();
        if (index < 0 || index >= w.length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + w.length);
        }
        return w[index];
    }

    @Override
    public int size() {
        return words().length;
    }

    @Override
    public boolean isEmpty() {
        return words == null ? skipSpace(from) == line.length() : words.length == 0;
    }

    /** The words joined by one space: the line's own text when it is already so (the usual case), no copy of it. */
    String text() {
        int start = skipSpace(from);
        int n = line.length();
        boolean afterSpace = false;
        // one read per character (no look-ahead: its range check made C2 deoptimize and compile this again)
        for (int i = start; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return String.join(" ", words()); // two spaces
                }
                afterSpace = true;
            } else if (c < ' ' && isSpace(c)) {
                return String.join(" ", words()); // a tab, a line end, ...
            } else {
                afterSpace = false;
            }
        }
        return afterSpace ? String.join(" ", words()) : line.substring(start);
    }
}
