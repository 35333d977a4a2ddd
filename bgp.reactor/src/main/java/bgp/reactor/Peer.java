package bgp.reactor;

import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.nlri.Nlri;
import bgp.rib.Route;
import bgp.rib.RouteVisitor;
import java.util.List;
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

    /**
     * When the session last went up or down: the moment it became Established while it is, else the moment it left
     * Established (or the peer was added, if it never was). For ExaBGP's up/down column.
     */
    java.time.Instant since();

    /** Our address on the current connection, once connected. */
    Optional<String> sessionLocalAddress();

    /** Routes received and held, per family (0 for families without routes). */
    Map<Family, Long> receivedRoutes();

    /**
     * Counters: messages received and sent, by ExaBGP's message names ({@code update-sent}, ...), and
     * {@link #UPDATE_LAST_SENT_MS}.
     */
    Map<String, Long> counters();

    /** The counter of when the last UPDATE was written to the peer's socket: epoch milliseconds, 0 before any. */
    String UPDATE_LAST_SENT_MS = "update-last-sent-ms";

    /** The OSGi service properties of this peer (selector keys, state, dynamic). */
    Map<String, Object> properties();

    /**
     * Put a route in the peer's Adj-RIB-Out; it is sent when the session is up, packed with others of the same
     * attributes. A {@code next-hop self} route is resolved with the session's addresses first (with an
     * auto-discovered local address, once the session knows it).
     *
     * @throws IllegalArgumentException {@code use of "next-hop self": the route (ipv6) does not have the same family
     *     as the BGP tcp session (ipv4)}, or a family the neighbor is not configured for
     */
    void announce(Route route);

    /**
     * Put routes in the Adj-RIB-Out together (one API command's routes): they reach the session at once, so those
     * with the same attributes share an UPDATE; with {@link #announce(Route)} for each, the session may send the
     * first ones before the others arrive.
     *
     * @throws IllegalArgumentException as {@link #announce(Route)}, for any of them; then none is taken
     */
    void announce(List<Route> routes);

    /**
     * Whether {@link #announce} would take the route, without changing anything.
     *
     * @throws IllegalArgumentException as {@link #announce}
     */
    void check(Route route);

    /**
     * Put a route in the watchdog group {@code watchdog} (ExaBGP's {@code watchdog <name>} route attribute) and in the
     * Adj-RIB-Out unless {@code withdrawn} (ExaBGP's {@code withdraw} flag: the route waits in its group until
     * {@link #announceWatchdog}). A route is in one group at most: one with the same NLRI leaves its group. A plain
     * {@link #announce} or {@link #withdraw} of the NLRI takes it out of its group.
     *
     * @throws IllegalArgumentException as {@link #announce}, also when {@code withdrawn}
     */
    void announce(Route route, String watchdog, boolean withdrawn);

    /** {@code announce watchdog <name>}: announce the group's withdrawn routes; nothing for an unknown name. */
    void announceWatchdog(String name);

    /** {@code withdraw watchdog <name>}: withdraw the group's announced routes; nothing for an unknown name. */
    void withdrawWatchdog(String name);

    /**
     * The watchdog groups by name, each its routes' NLRI as text in the order they joined, prefixed {@code +} when
     * announced and {@code -} when withdrawn (e.g. {@code {dnsr=[-77.77.77.77/32]}}).
     */
    Map<String, List<String>> watchdogs();

    /** Take a route out of the Adj-RIB-Out (a withdrawal is sent if the peer has it). */
    void withdraw(Nlri nlri);

    /**
     * A program's withdrawal: take a route out of the Adj-RIB-Out and, while the session is established, send the
     * peer its withdrawal even if the peer was never sent the route, as ExaBGP does for its API: the peer may hold it
     * from elsewhere (stale after a graceful restart, or announced by an earlier run of the program). See
     * {@link bgp.rib.AdjRibOut#withdrawAlways}.
     */
    void withdrawAlways(Nlri nlri);

    /**
     * Ask the peer to send a family again (ROUTE-REFRESH, RFC 2918).
     *
     * @throws IllegalStateException when the session is not established or did not negotiate route refresh
     */
    void requestRouteRefresh(Family family);

    /**
     * Send an End-of-RIB for a family now (ExaBGP's {@code announce eor}), after what is pending.
     *
     * @throws IllegalStateException when the session is not established or did not negotiate the family
     */
    void sendEndOfRib(Family family);

    /** {@code flush adj-rib out}: send every route of the Adj-RIB-Out again. */
    void flushAdjRibOut();

    /** {@code clear adj-rib out}: withdraw every route of the Adj-RIB-Out. */
    void clearAdjRibOut();

    /** {@code clear adj-rib in}: forget every received route. */
    void clearAdjRibIn();

    /** Walk the received routes (the walk runs on the session's thread; the caller waits). */
    void visitAdjRibIn(RouteVisitor visitor);

    /** Walk the routes of the Adj-RIB-Out (as {@link #visitAdjRibIn}). */
    void visitAdjRibOut(RouteVisitor visitor);
}
