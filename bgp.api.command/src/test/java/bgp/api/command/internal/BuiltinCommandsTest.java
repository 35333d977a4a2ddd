package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** version, help and the Gogo functions, on a dispatcher table as the component runs them. */
class BuiltinCommandsTest {
    private final CommandTable table = new CommandTable();

    BuiltinCommandsTest() {
        table.add(Map.of("service.id", 1L, Command.NAME, "version", Command.DESCRIPTION, "show the version"),
                new VersionCommand("0.1.0.SNAPSHOT"));
        table.add(Map.of("service.id", 2L, Command.NAME, "help", Command.DESCRIPTION, "list the commands"),
                new HelpCommand(table));
        table.add(Map.of("service.id", 3L, Command.NAME, "teardown", Command.NEIGHBOR, true),
                (request, out) -> { });
    }

    @Test
    void versionNamesTheSpeakerAndItsVersion() {
        assertEquals(List.of("bgp 0.1.0.SNAPSHOT", "done"), table.dispatch("version"));
    }

    @Test
    void withBuiltinsHoldsEveryBuiltInCommandWithItsNeighborFlag() {
        try (bgp.reactor.internal.BgpReactor reactor = DynamicPeersTest.reactor(DynamicPeersTest.freeLoopbackAddress(),
                0)) {
            CommandTable builtins = CommandTable.withBuiltins(reactor, null, "1.2.3");
            assertEquals(List.of("[neighbor <ip>] announce", "[neighbor <ip>] clear", "[neighbor <ip>] create",
                    "[neighbor <ip>] delete", "[neighbor <ip>] flush", "help", "[neighbor <ip>] teardown", "version",
                    "[neighbor <ip>] withdraw", "done"), builtins.dispatch("help"));
            assertEquals(List.of("bgp 1.2.3", "done"), builtins.dispatch("version"));
            assertEquals(List.of("error: unknown command: reload", "error"), builtins.dispatch("reload"));
        }
    }

    @Test
    void versionTakesNoArgument() {
        assertEquals(List.of("error: version takes no argument", "error"), table.dispatch("version 2"));
    }

    @Test
    void helpListsEveryCommandByName() {
        assertEquals(List.of("help - list the commands", "[neighbor <ip>] teardown", "version - show the version",
                "done"), table.dispatch("help"));
    }

    @Test
    void helpTakesNoArgument() {
        assertEquals(List.of("error: help takes no argument", "error"), table.dispatch("help me"));
    }

    @Test
    void gogoPrintsTheAnswerWithoutItsClosingLine() {
        BgpShell gogo = new BgpShell(table);
        assertEquals("bgp 0.1.0.SNAPSHOT", gogo._main("version"));
        assertEquals("help - list the commands\n[neighbor <ip>] teardown\nversion - show the version",
                gogo._main("help"));
        assertEquals("", gogo._main("teardown"));
        assertEquals("", gogo._main("run", "teardown"));
        assertEquals("bgp 0.1.0.SNAPSHOT", gogo._main("run", "version"));
        assertEquals("error: unknown command: shutdown", gogo._main("run", "shutdown", "now"));
        assertEquals("error: empty command", gogo._main("run"));
        assertEquals("", gogo._main());
    }

    @Test
    void gogoFunctionsAreTheCommandNamesThenRun() {
        assertEquals(List.of("help", "teardown", "version", "run"),
                GogoCommands.functions(List.of("version", "teardown", "help", "run")));
        assertEquals(List.of("run"), GogoCommands.functions(List.of()));
    }
}
