package bgp.config.internal;

import bgp.codec.attribute.Attribute;
import bgp.config.NeighborConfig;
import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link NeighborConfig#sessionRoutes()} computed once for the neighbors that share their routes: those that inherit
 * one template's {@code static} block hold the same route list ({@link ConfigParser}), and
 * {@link RouteDefaults#forSession} gives the same routes to every session of the same kind (iBGP, or eBGP from the
 * same local AS: the peer AS itself is not used), so such neighbors get the same list of the same route objects.
 * Used during one {@link ConfigurationLoader#apply}.
 */
final class SessionRoutes {
    /** The session kind's key for iBGP (an eBGP session's key is its local AS, which is never negative). */
    private static final long INTERNAL = -1;

    private final Map<List<ConfigRoute>, Map<Long, List<ConfigRoute>>> byRoutes = new IdentityHashMap<>();

    /** The routes of {@code n} with their session defaults: {@link NeighborConfig#sessionRoutes()}, shared. */
    List<ConfigRoute> of(NeighborConfig n) {
        if (n.routes().isEmpty()) {
            return List.of();
        }
        long kind = n.neighbor().localAs() == n.neighbor().peerAs() ? INTERNAL : n.neighbor().localAs();
        return byRoutes.computeIfAbsent(n.routes(), r -> new HashMap<>())
                .computeIfAbsent(kind, k -> build(n));
    }

    /**
     * {@link NeighborConfig#sessionRoutes()}, equal route for route, with the defaults applied once per attribute list:
     * routes that share their list as written (see {@link ConfigParser}) share it with the defaults too.
     */
    private static List<ConfigRoute> build(NeighborConfig n) {
        long localAs = n.neighbor().localAs();
        long peerAs = n.neighbor().peerAs();
        Map<List<Attribute>, List<Attribute>> withDefaults = new IdentityHashMap<>();
        List<ConfigRoute> out = new ArrayList<>(n.routes().size());
        for (ConfigRoute c : n.routes()) {
            Route r = c.route();
            List<Attribute> a = withDefaults.get(r.attributes());
            Route s;
            if (a == null) {
                s = RouteDefaults.forSession(r, localAs, peerAs);
                withDefaults.put(r.attributes(), s.attributes());
            } else {
                s = r.isSelf() ? Route.of(r.nlri(), r.nextHopSelf(), a) : Route.of(r.nlri(), r.nextHop(), a);
            }
            out.add(new ConfigRoute(s, c.name(), c.watchdog(), c.withdraw(), c.unsupported()));
        }
        return Collections.unmodifiableList(out);
    }
}
