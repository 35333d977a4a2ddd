package bgp.reactor;

import bgp.codec.Family;
import bgp.codec.OpenContext;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One peer and its session, as the reactor runs it. Also registered as an OSGi service whose properties are its
 * selector keys ({@link #PEER_ADDRESS}, ...), its state and whether it is dynamic, so tools can use filters such as
 * {@code (&(bgp.peer.as=65001)(bgp.peer.state=established))}.
 */
@ProviderType
public interface Peer {
    String PEER_ADDRESS = "bgp.peer.address";
    String LOCAL_ADDRESS = "bgp.peer.local.address";
    String LOCAL_AS = "bgp.peer.local.as";
    String PEER_AS = "bgp.peer.as";
    String ROUTER_ID = "bgp.peer.router.id";
    String FAMILIES = "bgp.peer.families";
    String STATE = "bgp.peer.state";
    String DYNAMIC = "bgp.peer.dynamic";

    Neighbor neighbor();

    PeerState state();

    /** What the OPENs negotiated, while the session is Established. */
    Optional<OpenContext> context();

    /** Our address on the current connection, once connected. */
    Optional<String> sessionLocalAddress();

    /** Routes received and held, per family (0 for families without routes). */
    Map<Family, Long> receivedRoutes();

    /** Counters: messages received and sent, by ExaBGP's message names, plus {@code updates-sent-prefixes}. */
    Map<String, Long> counters();

    /** The OSGi service properties of this peer (selector keys, state, dynamic). */
    Map<String, Object> properties();
}
