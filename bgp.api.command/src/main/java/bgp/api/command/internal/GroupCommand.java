package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import org.osgi.service.component.annotations.Component;

/**
 * {@code group start} / {@code group end} reaching the dispatcher directly (the shell, a one-shot client): a group
 * belongs to one API client ({@link CommandGroup}, which takes these lines before the dispatcher sees them), so here
 * it is refused with the reason. Registered so that {@code help} lists it.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=group",
        Command.DESCRIPTION + "=group start ... group end: the commands between run at group end, their routes "
                + "sent as one batch (API programs)"})
public final class GroupCommand implements Command {

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        throw new CommandException("group start ... group end works within one API program's commands");
    }
}
