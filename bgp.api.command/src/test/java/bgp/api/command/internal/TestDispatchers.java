package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import java.util.List;
import java.util.Map;

/** Dispatchers for tests of other packages: the dispatcher component's table with real built-in commands. */
public final class TestDispatchers {
    private TestDispatchers() {
    }

    /** {@code version} (answering {@code bgp <version>}) and {@code help}, as the component runs them. */
    public static CommandDispatcher builtins(String version) {
        CommandTable table = new CommandTable();
        table.add(Map.of("service.id", 1L, Command.NAME, "version", Command.DESCRIPTION, "show the version"),
                new VersionCommand(version));
        table.add(Map.of("service.id", 2L, Command.NAME, "help", Command.DESCRIPTION, "list the commands"),
                new HelpCommand(table));
        return new CommandDispatcher() {
            @Override
            public boolean dispatch(String line, CommandOutput out) {
                return table.dispatch(line, out);
            }

            @Override
            public List<CommandInfo> commands() {
                return table.commands();
            }
        };
    }
}
