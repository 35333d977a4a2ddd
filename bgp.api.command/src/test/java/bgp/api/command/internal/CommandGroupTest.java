package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code group start} ... {@code group end}: kept, then run as one batch and each answered; errors. */
class CommandGroupTest {
    final List<String> log = new ArrayList<>();
    final CommandTable table = new CommandTable(work -> {
        log.add("batch start");
        work.run();
        log.add("batch end");
    });

    CommandGroupTest() {
        table.add(Map.of(Command.NAME, "say", "service.id", 1L), (request, out) -> {
            log.add("say " + String.join(" ", request.arguments()));
            out.println(String.join(" ", request.arguments()));
        });
    }

    List<String> run(CommandGroup g, String line) {
        List<String> out = new ArrayList<>();
        g.dispatch(line, out::add);
        return out;
    }

    @Test
    void linesBetweenStartAndEndRunAtEndInOneBatch() {
        CommandGroup g = new CommandGroup(table, 10);
        assertEquals(List.of("a", "done"), run(g, "say a"));
        assertEquals(List.of("done"), run(g, "group start"));
        assertTrue(g.open());
        assertEquals(List.of(), run(g, "say b"));
        assertEquals(List.of(), run(g, "nonsense"));
        assertEquals(List.of(), run(g, "say c"));
        assertEquals(List.of("say a"), log, "nothing grouped has run yet");
        assertEquals(List.of("b", "done", "error: unknown command: nonsense", "error", "c", "done", "done"),
                run(g, "  group   end "));
        assertFalse(g.open());
        assertEquals(List.of("say a", "batch start", "say b", "say c", "batch end"), log);
        assertEquals(List.of("d", "done"), run(g, "say d"));
    }

    @Test
    void badGroupCommandsAreErrorsAndChangeNothing() {
        CommandGroup g = new CommandGroup(table, 2);
        assertEquals(List.of("error: group end without group start", "error"), run(g, "group end"));
        assertEquals(List.of("error: expected 'group start' or 'group end'", "error"), run(g, "group"));
        assertEquals(List.of("error: group command 1 'begin': unknown command: begin", "error"), run(g, "group begin"));
        assertEquals(List.of("done"), run(g, "group start"));
        assertEquals(List.of("error: group start inside a group", "error"), run(g, "group start"));
        assertTrue(g.open(), "the group goes on");
        run(g, "say 1");
        run(g, "say 2");
        assertEquals(List.of("error: group too large: 2 commands at most, this one is not kept", "error"),
                run(g, "say 3"));
        assertEquals(List.of("1", "done", "2", "done", "done"), run(g, "group end"));
        assertEquals(List.of("batch start", "say 1", "say 2", "batch end"), log);
    }

    @Test
    void linesTakenTogetherRunAsOneBatchOrJoinAnOpenGroup() {
        CommandGroup g = new CommandGroup(table, 3);
        List<String> out = new ArrayList<>();
        g.dispatchAll(List.of("say a", "nonsense", "say b"), out::add);
        assertEquals(List.of("a", "done", "error: unknown command: nonsense", "error", "b", "done"), out,
                "each line answered in order; a bad one does not stop the others");
        assertEquals(List.of("batch start", "say a", "say b", "batch end"), log);
        log.clear();
        out.clear();
        run(g, "group start");
        g.dispatchAll(List.of("say c", "say d"), out::add);
        assertEquals(List.of(), out, "kept by the open group");
        g.dispatchAll(List.of("say e", "say f"), out::add);
        assertEquals(List.of("error: group too large: 3 commands at most, this one is not kept", "error"), out);
        assertEquals(List.of(), log);
        assertEquals(List.of("c", "done", "d", "done", "e", "done", "done"), run(g, "group end"));
        assertEquals(List.of("batch start", "say c", "say d", "say e", "batch end"), log);
    }
}
