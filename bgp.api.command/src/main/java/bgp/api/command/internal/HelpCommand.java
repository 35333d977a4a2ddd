package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandException;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code help}: one line per registered command, sorted by name: {@code [neighbor <ip>] name - description}, the
 * selector only for commands that take one, the description only when there is one.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=help",
        Command.DESCRIPTION + "=list the commands"})
public final class HelpCommand implements Command {
    private final CommandDispatcher dispatcher;

    @Activate
    public HelpCommand(@Reference CommandDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("help takes no argument");
        }
        for (CommandInfo info : dispatcher.commands()) {
            out.println(line(info));
        }
    }

    static String line(CommandInfo info) {
        return (info.neighbor() ? "[neighbor <ip>] " : "") + info.name()
                + (info.description().isEmpty() ? "" : " - " + info.description());
    }
}
