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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code neighbor <selector> delete}: every matched peer gets a NOTIFICATION (Cease, Peer De-configured) and is
 * removed with its routes. Any selector form works ({@code neighbor *}, keys, alternatives); a selector is required,
 * so that a bare {@code delete} cannot remove every peer by accident. A peer stored by {@code create ... persist}
 * (or any Config Admin configuration of the peer, factory PID {@code bgp.neighbor}) has its stored configuration
 * deleted too, so that it does not come back.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=delete",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=remove peers (Cease, peer de-configured)"})
public final class DeleteCommand implements Command {
    private final Reactor reactor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NeighborStore store;

    @Activate
    public DeleteCommand(@Reference Reactor reactor) {
        this(reactor, null);
    }

    DeleteCommand(Reactor reactor, NeighborStore store) {
        this.reactor = reactor;
        this.store = store;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (request.selector().isEmpty()) {
            throw new CommandException("delete needs a neighbor selector: neighbor <ip>|* delete");
        }
        if (!request.arguments().isEmpty()) {
            throw new CommandException("unknown parameter: " + request.arguments().get(0));
        }
        NeighborStore s = store;
        for (Peer p : SelectedPeers.of(reactor, request)) {
            if (s != null) {
                try {
                    s.delete(p.neighbor().peerAddress());
                } catch (java.io.IOException e) {
                    throw new CommandException("deleting the stored configuration of " + p.neighbor().peerAddress()
                            + " failed: " + e.getMessage());
                }
            }
            try {
                reactor.removePeer(p.neighbor().peerAddress());
            } catch (IllegalArgumentException removedMeanwhile) {
                // removed by another command since the selection: nothing left to do for it
            }
        }
    }
}
