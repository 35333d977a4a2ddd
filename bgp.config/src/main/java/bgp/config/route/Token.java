package bgp.config.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One word of configuration or command text and where it starts (1-based line and column; 0 when unknown). A quoted
 * word ({@code "a b"}) is one token without its quotes, marked {@code quoted}, and is never punctuation.
 */
public record Token(String text, int line, int column, boolean quoted) {

    public Token {
        Objects.requireNonNull(text, "text");
    }

    public Token(String text, int line, int column) {
        this(text, line, column, false);
    }

    /** Whether this is the unquoted punctuation or word {@code s}. */
    public boolean is(String s) {
        return !quoted && text.equals(s);
    }

    /**
     * The words of one line of command text (line 1, columns counted from 1): split on white space; {@code [ ] ( )}
     * are words of their own; {@code "..."} and {@code '...'} are one word; commas separate like spaces.
     */
    public static List<Token> split(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '[' || c == ']' || c == '(' || c == ')') {
                out.add(new Token(String.valueOf(c), 1, i + 1));
                i++;
            } else if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    end = n;
                }
                out.add(new Token(text.substring(i + 1, end), 1, i + 1, true));
                i = Math.min(n, end + 1);
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && "[](),\"'".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), 1, start + 1));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
