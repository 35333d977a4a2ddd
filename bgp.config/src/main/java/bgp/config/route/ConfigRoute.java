package bgp.config.route;

import bgp.rib.Route;
import java.util.List;
import java.util.Objects;

/**
 * A route as written in a configuration or an API command: the {@link Route} (NLRI, next hop or the
 * {@code next-hop self} sentinel, attributes as written, before {@link RouteDefaults}) and ExaBGP's flags that are not
 * BGP attributes.
 *
 * @param route the route
 * @param name ExaBGP's {@code name <n>} (shown by the API), or null
 * @param watchdog ExaBGP's {@code watchdog <n>}: the route is announced or withdrawn with its watchdog group, or null
 * @param withdraw ExaBGP's {@code withdraw}: with a watchdog, the route starts withdrawn
 * @param unsupported attributes read but not encoded, as their text (every route attribute keyword is encoded now, so
 *     this is empty; the component stays for the API)
 */
public record ConfigRoute(Route route, String name, String watchdog, boolean withdraw, List<String> unsupported) {

    public ConfigRoute {
        Objects.requireNonNull(route, "route");
        unsupported = List.copyOf(unsupported);
    }

    /** A plain route with no flags. */
    public static ConfigRoute of(Route route) {
        return new ConfigRoute(route, null, null, false, List.of());
    }
}
