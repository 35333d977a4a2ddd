package bgp.api.command.internal;

/**
 * A command line's words joined by one space: what {@code line.strip().replaceAll("\\s+", " ")} gives, without a
 * regular expression, and without a copy when the line is already so (the usual case): this runs for every line a
 * program writes.
 */
final class Words {
    private Words() {
    }

    /** Whether {@code c} is one of the regular expression {@code \s}'s characters: {@code [ \t\n\x0B\f\r]}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The stripped line with every run of {@code \s} characters made one space. */
    static String collapse(String line) {
        String s = line.strip();
        int n = s.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
                plain = false;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' '); // a \s run at the end, after characters strip() keeps: replaceAll makes it one space too
        }
        return sb.toString();
    }
}
