package bgp.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRequestTest {

    @Test
    void theFirstWordIsTheNameAndTheRestAreArguments() {
        CommandRequest r = CommandRequest.parse("  announce route 10.0.0.0/24   next-hop self \n");
        assertEquals("announce", r.name());
        assertEquals(List.of("route", "10.0.0.0/24", "next-hop", "self"), r.arguments());
        assertEquals("  announce route 10.0.0.0/24   next-hop self \n", r.line());
    }

    @Test
    void aSingleWordHasNoArguments() {
        assertEquals(new CommandRequest("version", "version", List.of()), CommandRequest.parse("version"));
    }

    @Test
    void aBlankLineIsNoCommand() {
        assertEquals("empty command",
                assertThrows(IllegalArgumentException.class, () -> CommandRequest.parse(" \t")).getMessage());
    }

    @Test
    void theArgumentsAreTheWordsWhetherAskedOneByOneOrAsText() {
        CommandRequest r = CommandRequest.parse("announce\troute 10.0.0.0/24  next-hop\u000B1.2.3.4 med 5");
        assertEquals("announce", r.name());
        assertEquals("route", r.arguments().get(0)); // before the split
        assertFalse(r.arguments().isEmpty());
        assertEquals("route 10.0.0.0/24 next-hop 1.2.3.4 med 5", r.argumentText());
        assertEquals(List.of("route", "10.0.0.0/24", "next-hop", "1.2.3.4", "med", "5"), r.arguments());
        assertEquals("route", r.arguments().get(0)); // after it
        assertEquals(6, r.arguments().size());
        assertEquals(new CommandRequest(r.line(), "announce", List.of("route", "10.0.0.0/24", "next-hop", "1.2.3.4",
                "med", "5")), r);
        assertEquals("route 10.0.0.0/24 next-hop self", CommandRequest.parse("announce route 10.0.0.0/24 next-hop self")
                .argumentText());
        assertEquals("index 9", assertThrows(IndexOutOfBoundsException.class, () -> r.arguments().get(9)).getMessage()
                .toLowerCase(java.util.Locale.ROOT).replaceAll(" out of bounds.*", ""));
        assertThrows(UnsupportedOperationException.class, () -> r.arguments().add("x"));
    }

    @Test
    void aVerbAloneHasNoArgumentsAsksOneByOneOrAsText() {
        CommandRequest r = CommandRequest.parse("shutdown");
        assertTrue(r.arguments().isEmpty());
        assertEquals("", r.argumentText());
        assertThrows(IndexOutOfBoundsException.class, () -> r.arguments().get(0));
        assertEquals(0, r.arguments().size());
    }

    @Test
    void aSelectorIsParsedBeforeTheVerbAndTheTextIsTheWordsAfter() {
        CommandRequest r = CommandRequest.parse("neighbor 127.0.0.2  announce route 10.0.0.0/24 next-hop self");
        assertEquals("announce", r.name());
        assertTrue(r.selector().isPresent());
        assertEquals("route 10.0.0.0/24 next-hop self", r.argumentText());
        // a verb that only starts like neighbor is a verb
        assertEquals("neighbors", CommandRequest.parse("neighbors x").name());
    }

    @Test
    void theTextIsAlwaysTheWordsJoinedByOneSpace() {
        // lines of words and every kind of white space, at random: the line's own text or the joined words
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"route", "10.0.0.0/24", "x", " ", "  ", "\t", " \t", "\u000B", "\f", "\r", "\n", "a b"};
        for (int k = 0; k < 20_000; k++) {
            StringBuilder line = new StringBuilder("announce ");
            for (int w = random.nextInt(8); w >= 0; w--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            CommandRequest r = CommandRequest.parse(line.toString());
            assertEquals(String.join(" ", r.arguments()), r.argumentText(), () -> "line '" + line + "'");
        }
    }
}
