package bgp.config.internal;

import bgp.config.route.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a configuration file with their positions: white space and {@code ,} separate words; {@code #}
 * starts a comment to the end of the line; {@code \} at the end of a line joins it to the next; {@code "..."} and
 * {@code '...'} (on one line) are one word; {@code { } ; [ ] ( )} are words of their own. Run after
 * {@link StructureCheck}, which reports what is not well formed.
 */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(CharSequence text) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                i++;
                line++;
                lineStart = i;
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\' && continuation(text, i + 1)) {
                i++;
            } else if (c < 128 && PUNCTUATION[c] != null) {
                out.add(new Token(PUNCTUATION[c], line, i - lineStart + 1));
                i++;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end++;
                }
                out.add(new Token(text.subSequence(i + 1, end).toString(), line, i - lineStart + 1, true));
                i = end < n && text.charAt(end) == c ? end + 1 : end;
            } else {
                int start = i;
                while (i < n && !delimiter(text.charAt(i)) && !(text.charAt(i) == '\\' && continuation(text, i + 1))) {
                    i++;
                }
                out.add(new Token(text.subSequence(start, i).toString(), line, start - lineStart + 1));
            }
        }
        return out;
    }

    /** Whether only blanks follow up to the end of the line. */
    private static boolean continuation(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean delimiter(char c) {
        return c < 128 ? DELIMITER[c] : Character.isWhitespace(c);
    }

    /** The words of their own, by character (one string each: a file has millions of them). */
    private static final String[] PUNCTUATION = new String[128];
    /** The ASCII characters that end a word. */
    private static final boolean[] DELIMITER = new boolean[128];

    static {
        for (char c : "{};[]()".toCharArray()) {
            PUNCTUATION[c] = String.valueOf(c);
        }
        for (char c = 0; c < 128; c++) {
            DELIMITER[c] = Character.isWhitespace(c) || "{};[](),#\"'".indexOf(c) >= 0;
        }
    }
}
