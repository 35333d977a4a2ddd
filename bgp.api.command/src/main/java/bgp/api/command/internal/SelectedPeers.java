package bgp.api.command.internal;

import bgp.api.command.CommandException;
import bgp.api.command.CommandRequest;
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
        List<Peer> out = new ArrayList<>();
        for (Peer p : reactor.peers()) {
            if (request.selector().map(s -> s.matches(p.neighbor())).orElse(true)) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new CommandException("no neighbors match the selector");
        }
        return out;
    }
}
