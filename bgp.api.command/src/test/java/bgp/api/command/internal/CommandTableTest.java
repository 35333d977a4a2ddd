package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final CommandTable table = new CommandTable();
    private long nextServiceId = 1;

    private Map<String, Object> properties(String name, Object... more) {
        Map<String, Object> p = new HashMap<>();
        p.put("service.id", nextServiceId++);
        if (name != null) {
            p.put(Command.NAME, name);
        }
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return p;
    }

    /** A command that prints its name and arguments. */
    private static Command echo(String text) {
        return (request, out) -> out.println(text + " " + request.arguments());
    }

    @Test
    void aCommandsOutputIsFollowedByDone() {
        table.add(properties("echo"), echo("echo"));
        List<String> out = new ArrayList<>();
        assertTrue(table.dispatch("echo a b", out::add));
        assertEquals(List.of("echo [a, b]", "done"), out);
    }

    @Test
    void anUnknownCommandIsAnError() {
        assertEquals(List.of("error: unknown command: teardown", "error"), table.dispatch("teardown 2"));
        List<String> out = new ArrayList<>();
        assertFalse(table.dispatch("teardown", out::add));
    }

    @Test
    void anEmptyLineIsAnError() {
        assertEquals(List.of("error: empty command", "error"), table.dispatch("   "));
    }

    @Test
    void aRefusalGivesItsReasonThenError() {
        table.add(properties("teardown"), (request, out) -> {
            throw new CommandException("unknown peer: 192.0.2.9");
        });
        assertEquals(List.of("error: unknown peer: 192.0.2.9", "error"), table.dispatch("teardown"));
    }

    @Test
    void aFailureGivesItsMessageOnOneLine() {
        table.add(properties("bad"), (request, out) -> {
            out.println("partial");
            throw new IllegalArgumentException("line one\nline two");
        });
        table.add(properties("npe"), (request, out) -> {
            throw new NullPointerException();
        });
        assertEquals(List.of("partial", "error: line one line two", "error"), table.dispatch("bad"));
        assertEquals(List.of("error: java.lang.NullPointerException", "error"), table.dispatch("npe"));
    }

    @Test
    void aRemovedCommandIsUnknown() {
        Map<String, Object> p = properties("echo");
        table.add(p, echo("echo"));
        table.remove(p);
        assertEquals(List.of("error: unknown command: echo", "error"), table.dispatch("echo"));
        assertEquals(List.of(), table.commands());
    }

    @Test
    void theHighestRankingThenTheOldestServiceWins() {
        Map<String, Object> first = properties("show");
        table.add(first, echo("first"));
        table.add(properties("show"), echo("second"));
        assertEquals(List.of("first []", "done"), table.dispatch("show"));
        Map<String, Object> ranked = properties("show", "service.ranking", 10);
        table.add(ranked, echo("ranked"));
        assertEquals(List.of("ranked []", "done"), table.dispatch("show"));
        table.remove(ranked);
        table.remove(first);
        assertEquals(List.of("second []", "done"), table.dispatch("show"));
    }

    @Test
    void servicesWithoutAOneWordNameAreIgnored() {
        assertFalse(table.add(properties(null), echo("x")));
        assertFalse(table.add(properties(""), echo("x")));
        assertFalse(table.add(properties("two words"), echo("x")));
        assertFalse(table.add(properties(" padded"), echo("x")));
        assertFalse(table.add(properties("x", Command.NAME, 42), echo("x")));
        assertEquals(List.of(), table.commands());
    }

    @Test
    void commandsListsNamesFlagsAndDescriptionsByName() {
        table.add(properties("version", Command.DESCRIPTION, "show the version"), echo("v"));
        table.add(properties("teardown", Command.NEIGHBOR, true), echo("t"));
        table.add(properties("announce", Command.NEIGHBOR, "true"), echo("a"));
        assertEquals(List.of(new CommandInfo("announce", true, ""), new CommandInfo("teardown", true, ""),
                new CommandInfo("version", false, "show the version")), table.commands());
    }
}
