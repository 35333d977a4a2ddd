package bgp.example.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echo <words>}: answers its words on one line. An example of a bundle adding a verb to the API: a DS
 * component registering a {@link Command} under {@value Command#NAME}; the dispatcher picks it up when the bundle
 * starts and drops it when the bundle stops.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=echo",
        Command.DESCRIPTION + "=answer the words given (an example of a command added by another bundle)"})
public final class EchoCommand implements Command {

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (request.arguments().isEmpty()) {
            throw new CommandException("echo needs at least one word");
        }
        out.println(String.join(" ", request.arguments()));
    }
}
