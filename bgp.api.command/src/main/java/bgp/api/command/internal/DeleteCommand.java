package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code neighbor <selector> delete}: every matched peer gets a NOTIFICATION (Cease, Peer De-configured) and is
 * removed with its routes. Any selector form works ({@code neighbor *}, keys, alternatives); a selector is required,
 * so that a bare {@code delete} cannot remove every peer by accident.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=delete",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=remove peers (Cease, peer de-configured)"})
public final class DeleteCommand implements Command {
    private final Reactor reactor;

    @Activate
    public DeleteCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (request.selector().isEmpty()) {
            throw new CommandException("delete needs a neighbor selector: neighbor <ip>|* delete");
        }
        if (!request.arguments().isEmpty()) {
            throw new CommandException("unknown parameter: " + request.arguments().get(0));
        }
        for (Peer p : SelectedPeers.of(reactor, request)) {
            try {
                reactor.removePeer(p.neighbor().peerAddress());
            } catch (IllegalArgumentException removedMeanwhile) {
                // removed by another command since the selection: nothing left to do for it
            }
        }
    }
}
