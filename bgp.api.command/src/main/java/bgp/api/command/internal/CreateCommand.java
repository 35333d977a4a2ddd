package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.api.command.NeighborSelector;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import bgp.reactor.Reactor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code neighbor <ip> local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> [family-allowed <families>]
 * [graceful-restart <s>] [group-updates true|false] [api <process>] create}: a dynamic peer, started at once.
 * Registered like {@code teardown}: the selector is parsed (and validated) before this runs. Nothing is created
 * unless every parameter is valid.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=create",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=add a dynamic peer: local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> [family-allowed <afi-safi>/...|in-open]"})
public final class CreateCommand implements Command {
    static final List<String> REQUIRED = List.of(NeighborSelector.LOCAL_IP, NeighborSelector.LOCAL_AS,
            NeighborSelector.PEER_AS, NeighborSelector.ROUTER_ID);

    private final Reactor reactor;

    @Activate
    public CreateCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        Neighbor n = neighbor(request);
        try {
            reactor.addPeer(n);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** The neighbor a {@code create} line describes. */
    static Neighbor neighbor(CommandRequest request) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("unknown parameter: " + request.arguments().get(0));
        }
        NeighborSelector selector = request.selector()
                .orElseThrow(() -> new CommandException("create needs 'neighbor <ip> local-ip <ip> local-as <asn> "
                        + "peer-as <asn> router-id <ip>' before it"));
        if (selector.alternatives().size() != 1 || selector.alternatives().get(0).wildcard()) {
            throw new CommandException("create needs exactly one neighbor address");
        }
        NeighborSelector.Alternative a = selector.alternatives().get(0);
        Map<String, String> p = a.parameters();
        for (String required : REQUIRED) {
            if (!p.containsKey(required)) {
                throw new CommandException("missing required parameter: " + required);
            }
        }
        Set<Family> families = p.containsKey(NeighborSelector.FAMILY_ALLOWED)
                ? NeighborSelector.families(p.get(NeighborSelector.FAMILY_ALLOWED)) : Set.of(Family.IPV4_UNICAST);
        try {
            Neighbor.Builder b = Neighbor.builder(a.address())
                    .localAddress(p.get(NeighborSelector.LOCAL_IP))
                    .localAs(Long.parseLong(p.get(NeighborSelector.LOCAL_AS)))
                    .peerAs(Long.parseLong(p.get(NeighborSelector.PEER_AS)))
                    .routerId(p.get(NeighborSelector.ROUTER_ID))
                    .families(families)
                    .dynamic(true);
            if (p.containsKey(NeighborSelector.GRACEFUL_RESTART)) {
                b.gracefulRestart(Integer.parseInt(p.get(NeighborSelector.GRACEFUL_RESTART)));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
