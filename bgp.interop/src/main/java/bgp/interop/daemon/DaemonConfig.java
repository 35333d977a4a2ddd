package bgp.interop.daemon;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a daemon is started with.
 *
 * @param address its own address (127.x.y.z): it binds there, listens there and connects from there
 * @param port the TCP port it listens on (179 by default)
 * @param as its AS
 * @param routerId its BGP identifier
 * @param neighbors its neighbors
 * @param routes the routes it announces to every neighbor of the route's family from the start
 */
public record DaemonConfig(InetAddress address, int port, long as, Inet4Address routerId, List<Neighbor> neighbors,
        List<Route> routes) {

    public DaemonConfig {
        neighbors = List.copyOf(neighbors);
        routes = List.copyOf(routes);
    }

    /** Listens on port 179 of {@code address}, router-id = address, no neighbors, no routes. */
    public static DaemonConfig of(InetAddress address, long as) {
        return new DaemonConfig(address, 179, as, (Inet4Address) address, List.of(), List.of());
    }

    public DaemonConfig withPort(int value) {
        return new DaemonConfig(address, value, as, routerId, neighbors, routes);
    }

    public DaemonConfig withRouterId(Inet4Address value) {
        return new DaemonConfig(address, port, as, value, neighbors, routes);
    }

    public DaemonConfig withNeighbor(Neighbor neighbor) {
        List<Neighbor> list = new ArrayList<>(neighbors);
        list.add(neighbor);
        return new DaemonConfig(address, port, as, routerId, list, routes);
    }

    public DaemonConfig withRoutes(Collection<Route> value) {
        return new DaemonConfig(address, port, as, routerId, neighbors, List.copyOf(value));
    }

    /** The neighbor with this address. */
    public Neighbor neighbor(InetAddress neighborAddress) {
        return neighbors.stream().filter(n -> n.address().equals(neighborAddress)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no neighbor " + Addresses.text(neighborAddress)));
    }

    public boolean ibgp(Neighbor neighbor) {
        return neighbor.as() == as;
    }
}
