package bgp.config.internal;

import bgp.config.ConfigError;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The structural check of an ExaBGP configuration: {@code {}} blocks balance, each block has a name before its
 * {@code {}, and every statement ends with {@code ;}. Knows the lexical rules the grammar will share: words are
 * separated by white space, {@code #} starts a comment to the end of the line, and a quoted string
 * ({@code "..."} or {@code '...'}, on one line) is one word whatever it holds. Reports every error, in file order.
 */
final class StructureCheck {
    private final String file;
    private final CharSequence text;
    private final List<ConfigError> errors = new ArrayList<>();
    /** Positions of the open '{'s, innermost last: {line, column}. */
    private final Deque<int[]> open = new ArrayDeque<>();

    private int line = 1;
    private int column = 1;
    /** The last word of the statement being read, or null when none is pending, and the position after it. */
    private String lastWord;
    private int afterLine;
    private int afterColumn;

    private StructureCheck(String file, CharSequence text) {
        this.file = file;
        this.text = text;
    }

    /** The errors of a file; one error at line 0 if it cannot be read as UTF-8 text. */
    static List<ConfigError> checkFile(Path path) {
        String name = path.toString();
        String content;
        try {
            content = Files.readString(path);
        } catch (NoSuchFileException e) {
            return List.of(new ConfigError(name, 0, 0, "cannot read: no such file"));
        } catch (AccessDeniedException e) {
            return List.of(new ConfigError(name, 0, 0, "cannot read: permission denied"));
        } catch (CharacterCodingException e) {
            return List.of(new ConfigError(name, 0, 0, "cannot read: not UTF-8 text"));
        } catch (IOException e) {
            return List.of(new ConfigError(name, 0, 0, "cannot read: " + e.getMessage()));
        }
        return check(name, content);
    }

    /** The errors of {@code text}, read from a file named {@code file}. */
    static List<ConfigError> check(String file, CharSequence text) {
        StructureCheck c = new StructureCheck(file, text);
        c.run();
        return List.copyOf(c.errors);
    }

    private void run() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                i++;
                line++;
                column = 1;
            } else if (Character.isWhitespace(ch)) {
                i++;
                column++;
            } else if (ch == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (ch == ';') {
                lastWord = null;
                i++;
                column++;
            } else if (ch == '{') {
                if (lastWord == null) {
                    error(line, column, "expected a name before '{'");
                }
                open.push(new int[] {line, column});
                lastWord = null;
                i++;
                column++;
            } else if (ch == '}') {
                endStatement("before '}'");
                if (open.isEmpty()) {
                    error(line, column, "unexpected '}' with no '{' open");
                } else {
                    open.pop();
                }
                i++;
                column++;
            } else if (ch == '"' || ch == '\'') {
                i = quoted(i, ch);
            } else {
                int start = i;
                while (i < n && !isDelimiter(text.charAt(i))) {
                    i++;
                }
                word(text.subSequence(start, i).toString());
            }
        }
        endStatement("at end of file");
        List<int[]> unclosed = new ArrayList<>(open);
        for (int k = unclosed.size() - 1; k >= 0; k--) {
            int[] at = unclosed.get(k);
            error(at[0], at[1], "'{' is never closed: expected '}' before end of file");
        }
        errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    }

    /** A quoted string from its opening quote at {@code i}; returns the index after it. */
    private int quoted(int i, char quote) {
        int n = text.length();
        int end = i + 1;
        while (end < n && text.charAt(end) != quote && text.charAt(end) != '\n') {
            end++;
        }
        if (end >= n || text.charAt(end) != quote) {
            error(line, column, "unterminated string: expected " + quote + " before end of line");
            word(text.subSequence(i, end).toString());
            return end;
        }
        word(text.subSequence(i, end + 1).toString());
        return end + 1;
    }

    private void word(String w) {
        column += w.length();
        lastWord = w;
        afterLine = line;
        afterColumn = column;
    }

    private void endStatement(String where) {
        if (lastWord != null) {
            error(afterLine, afterColumn, "expected ';' after '" + lastWord + "' " + where);
            lastWord = null;
        }
    }

    private static boolean isDelimiter(char ch) {
        return Character.isWhitespace(ch) || ch == ';' || ch == '{' || ch == '}' || ch == '#' || ch == '"'
                || ch == '\'';
    }

    private void error(int atLine, int atColumn, String message) {
        errors.add(new ConfigError(file, atLine, atColumn, message));
    }
}
