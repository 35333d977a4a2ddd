package bgp.reactor.internal;

import bgp.codec.nlri.Nlri;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A peer's watchdog groups (ExaBGP's {@code watchdog <name>}): routes held by name, each either announced or
 * withdrawn, so that {@code announce watchdog <name>} and {@code withdraw watchdog <name>} switch the whole group. A
 * route is in at most one group (keyed by its NLRI); the group's order is the order routes joined it. This class
 * only keeps the book: the caller puts the routes it returns in, or takes them out of, the Adj-RIB-Out. Used on the
 * peer's event loop only: not thread-safe.
 */
final class Watchdogs {
    private static final class Member {
        final Route route;
        boolean announced;

        Member(Route route, boolean announced) {
            this.route = route;
            this.announced = announced;
        }
    }

    private final Map<String, Map<Nlri, Member>> groups = new HashMap<>();
    private final Map<Nlri, String> groupOf = new HashMap<>();

    /** Put {@code route} in group {@code name}, announced or withdrawn, leaving any group its NLRI was in. */
    void put(String name, Route route, boolean announced) {
        remove(route.nlri());
        groups.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(route.nlri(), new Member(route, announced));
        groupOf.put(route.nlri(), name);
    }

    /** Take the NLRI out of its group, if it is in one. */
    void remove(Nlri nlri) {
        if (groupOf.isEmpty()) {
            return; // no watchdog route: no NLRI hash to compute
        }
        String name = groupOf.remove(nlri);
        if (name != null) {
            Map<Nlri, Member> g = groups.get(name);
            g.remove(nlri);
            if (g.isEmpty()) {
                groups.remove(name);
            }
        }
    }

    /** Mark the group's withdrawn routes announced and return them (none for an unknown name). */
    List<Route> announce(String name) {
        List<Route> out = new ArrayList<>();
        for (Member m : groups.getOrDefault(name, Map.of()).values()) {
            if (!m.announced) {
                m.announced = true;
                out.add(m.route);
            }
        }
        return out;
    }

    /** Mark the group's announced routes withdrawn and return them (none for an unknown name). */
    List<Route> withdraw(String name) {
        List<Route> out = new ArrayList<>();
        for (Member m : groups.getOrDefault(name, Map.of()).values()) {
            if (m.announced) {
                m.announced = false;
                out.add(m.route);
            }
        }
        return out;
    }

    /** Every route of every group marked withdrawn (the Adj-RIB-Out was cleared). */
    void allWithdrawn() {
        groups.values().forEach(g -> g.values().forEach(m -> m.announced = false));
    }

    /** The group names and, for each, its routes' NLRI as text with {@code +} (announced) or {@code -}. */
    Map<String, List<String>> describe() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        groups.forEach((name, g) -> out.put(name,
                g.values().stream().map(m -> (m.announced ? "+" : "-") + m.route.nlri()).toList()));
        return out;
    }
}
