package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.api.command.NeighborSelector;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import bgp.reactor.Reactor;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code neighbor <ip> local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> [family-allowed <families>]
 * [graceful-restart <s>] [group-updates true|false] [api <process>] create}: a dynamic peer, started at once.
 * Registered like {@code teardown}: the selector is parsed (and validated) before this runs. Nothing is created
 * unless every parameter is valid.
 *
 * <p>{@code ... create persist}: the peer is stored ({@link NeighborStore}: Config Admin, factory PID
 * {@code bgp.neighbor}) instead of added here; the configuration bundle starts it, once, from the stored
 * configuration, so it survives a reload and a restart of the speaker. The command waits (at most
 * {@link #DEFAULT_WAIT}) for the peer to appear; if it does not, the stored configuration is deleted again and the
 * answer is an error.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=create",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=add a dynamic peer: local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> "
                + "[family-allowed <afi-safi>/...|in-open] create [persist]"})
public final class CreateCommand implements Command {
    static final List<String> REQUIRED = List.of(NeighborSelector.LOCAL_IP, NeighborSelector.LOCAL_AS,
            NeighborSelector.PEER_AS, NeighborSelector.ROUTER_ID);

    /** How long {@code create ... persist} waits for the stored peer to start. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final Reactor reactor;
    private final Duration wait;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NeighborStore store;

    @Activate
    public CreateCommand(@Reference Reactor reactor) {
        this(reactor, null, DEFAULT_WAIT);
    }

    CreateCommand(Reactor reactor, NeighborStore store, Duration wait) {
        this.reactor = reactor;
        this.store = store;
        this.wait = wait;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        boolean persist = persist(request);
        Neighbor n = neighbor(request);
        if (!persist) {
            try {
                reactor.addPeer(n);
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage());
            }
            return;
        }
        NeighborStore s = store;
        if (s == null) {
            throw new CommandException("persist needs Config Admin, which is not running");
        }
        // stored peers are the configuration bundle's, as those of the web console or a .cfg file: not dynamic
        Neighbor stored = n.toBuilder().dynamic(false).build();
        String address = stored.peerAddress();
        try {
            if (reactor.peer(address).isPresent() || s.contains(address)) {
                throw new CommandException("peer already exists: " + address);
            }
            s.store(stored);
        } catch (IOException e) {
            throw new CommandException("storing the peer failed: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (reactor.peer(address).isEmpty()) {
            if (System.nanoTime() > deadline) {
                try {
                    s.delete(address);
                } catch (IOException e) {
                    throw new CommandException("the stored peer did not start within " + wait.toSeconds()
                            + " s, and deleting it failed: " + e.getMessage());
                }
                throw new CommandException("the stored peer did not start within " + wait.toSeconds()
                        + " s (is bgp.config running?); its configuration was deleted");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandException("interrupted while waiting for the stored peer to start");
            }
        }
    }

    /** Whether the words after {@code create} ask to persist: nothing, or {@code persist}. */
    static boolean persist(CommandRequest request) throws CommandException {
        List<String> a = request.arguments();
        if (a.isEmpty()) {
            return false;
        }
        if (a.size() == 1 && a.get(0).equals("persist")) {
            return true;
        }
        throw new CommandException("unknown parameter: " + (a.get(0).equals("persist") ? a.get(1) : a.get(0)));
    }

    /** The neighbor a {@code create} line describes (the words after {@code create} are not looked at). */
    static Neighbor neighbor(CommandRequest request) throws CommandException {
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
