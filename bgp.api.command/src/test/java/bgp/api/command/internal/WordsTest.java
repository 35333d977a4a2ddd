package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import bgp.api.command.CommandRequest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's word handling without regular expressions says what the regular expressions said: {@link Words}
 * as {@code strip().replaceAll("\\s+", " ")}, {@link CommandRequest#parse} as {@code split("\\s+")} of the stripped
 * line; on lines of every kind of white space.
 */
class WordsTest {
    private static final String ALPHABET = "ab1:/[]\"' \t\n\u000B\f\r\u001C\u00A0\u2003,";

    @Test
    void aLineAlreadyOfSingleSpacesIsNotCopied() {
        String line = "announce route 10.0.0.0/24 next-hop 1.2.3.4";
        assertSame(line, Words.collapse(line));
        assertEquals("group start", Words.collapse(" \tgroup \t\n start\r\n"));
    }

    @Test
    void collapseAndSplitAreTheRegularExpressions() {
        Random random = new Random(8);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String line = sb.toString();
            assertEquals(line.strip().replaceAll("\\s+", " "), Words.collapse(line), () -> "line " + escape(line));
            if (line.isBlank()) {
                continue;
            }
            String stripped = line.strip();
            List<String> words = List.of(stripped.split("\\s+"));
            CommandRequest r = CommandRequest.parse(line);
            if (words.get(0).equals("neighbor")) {
                continue; // the selector's own parsing
            }
            assertEquals(words.get(0), r.name(), () -> "line " + escape(line));
            assertEquals(words.subList(1, words.size()), r.arguments(), () -> "line " + escape(line));
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
