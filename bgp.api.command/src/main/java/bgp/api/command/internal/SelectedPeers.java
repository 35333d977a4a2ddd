package bgp.api.command.internal;

import bgp.api.command.CommandException;
import bgp.api.command.CommandRequest;
import bgp.api.command.NeighborSelector;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.ArrayList;
import java.util.List;

/** The peers a request's selector matches (every peer when the request has none). */
final class SelectedPeers {
    private SelectedPeers() {
    }

    /**
     * @throws CommandException {@code no neighbors match the selector}
     */
    static List<Peer> of(Reactor reactor, CommandRequest request) throws CommandException {
        List<Peer> all = reactor.peers();
        if (request.selector().isEmpty()) {
            if (all.isEmpty()) {
                throw new CommandException("no neighbors match the selector");
            }
            return all;
        }
        NeighborSelector selector = request.selector().get();
        List<Peer> out = new ArrayList<>();
        for (Peer p : all) {
            if (selector.matches(p.neighbor())) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new CommandException("no neighbors match the selector");
        }
        return out;
    }
}
