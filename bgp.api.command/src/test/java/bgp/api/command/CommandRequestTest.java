package bgp.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
