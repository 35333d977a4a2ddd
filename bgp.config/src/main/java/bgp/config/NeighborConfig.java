package bgp.config;

import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.rib.Route;
import java.util.List;
import java.util.Objects;

/**
 * A configured neighbor: the session ({@link Neighbor}, what the reactor runs), ExaBGP's other options, its routes as
 * written and its API bindings. Immutable.
 *
 * @param neighbor the session parameters
 * @param options ExaBGP's neighbor options the reactor does not need
 * @param routes the {@code static}, {@code announce} and {@code flow} routes (templates' first), as written: no
 *     iBGP/eBGP defaults yet (see {@link #outgoing()}), {@code next-hop self} as the sentinel, {@code split} expanded
 * @param apis the {@code api} blocks
 * @param flows the {@code flow} routes as statements (what {@code show} prints; their routes are in {@code routes})
 * @param vpls the VPLS routes of {@code l2vpn} and {@code announce { l2vpn { } }} (parsed, not encoded yet)
 * @param operational the {@code operational} messages (parsed, not sent yet)
 * @param unsupported statements that are read and kept as written but that nothing uses yet:
 *     {@code mup} and {@code mcast-vpn} routes, one-line {@code flow} announcements, {@code tcp-ao}
 */
public record NeighborConfig(Neighbor neighbor, NeighborOptions options, List<ConfigRoute> routes,
        List<ApiConfig> apis, List<FlowRoute> flows, List<VplsRoute> vpls, List<Statement> operational,
        List<Statement> unsupported) {

    public NeighborConfig {
        Objects.requireNonNull(neighbor, "neighbor");
        Objects.requireNonNull(options, "options");
        routes = List.copyOf(routes);
        apis = List.copyOf(apis);
        flows = List.copyOf(flows);
        vpls = List.copyOf(vpls);
        operational = List.copyOf(operational);
        unsupported = List.copyOf(unsupported);
    }

    /**
     * The routes to announce when the session comes up: those not marked {@code withdraw}, with ExaBGP's iBGP/eBGP
     * attribute defaults ({@link RouteDefaults#forSession}); {@code next-hop self} is still to be resolved with the
     * session.
     */
    public List<Route> outgoing() {
        return routes.stream().filter(r -> !r.withdraw())
                .map(r -> RouteDefaults.forSession(r.route(), neighbor.localAs(), neighbor.peerAs())).toList();
    }

    /**
     * Every route as the session holds it, with its flags: the routes with ExaBGP's iBGP/eBGP attribute defaults
     * ({@link RouteDefaults#forSession}), those marked {@code withdraw} included. {@link #hold} puts one in a peer.
     */
    public List<ConfigRoute> sessionRoutes() {
        return routes.stream().map(r -> new ConfigRoute(RouteDefaults.forSession(r.route(), neighbor.localAs(),
                neighbor.peerAs()), r.name(), r.watchdog(), r.withdraw(), r.unsupported())).toList();
    }

    /**
     * Put a route of {@link #sessionRoutes()} in a peer as its flags say: with a watchdog, in that watchdog group,
     * announced unless marked {@code withdraw} ({@link Peer#announce(Route, String, boolean)}); without one, announced,
     * or withdrawn when marked {@code withdraw}.
     *
     * @throws IllegalArgumentException as {@link Peer#announce(Route)}
     */
    public static void hold(Peer peer, ConfigRoute route) {
        if (route.watchdog() != null) {
            peer.announce(route.route(), route.watchdog(), route.withdraw());
        } else if (route.withdraw()) {
            peer.withdraw(route.route().nlri());
        } else {
            peer.announce(route.route());
        }
    }
}
