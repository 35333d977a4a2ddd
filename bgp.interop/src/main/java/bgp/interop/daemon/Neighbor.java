package bgp.interop.daemon;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;

/**
 * A BGP neighbor of a daemon.
 *
 * @param address the neighbor's address (127.x.y.z)
 * @param as the neighbor's AS (equal to the daemon's own: iBGP)
 * @param port the TCP port the daemon connects to (179 by default); a passive daemon ignores it
 * @param passive whether the daemon only waits for the neighbor to connect
 * @param families the families announced in the OPEN
 * @param addPath ADD-PATH for every family of this neighbor
 */
public record Neighbor(InetAddress address, long as, int port, boolean passive, Set<Family> families,
        AddPath addPath) {

    public Neighbor {
        families = Set.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("a neighbor needs a family");
        }
    }

    /** An active neighbor on port 179 with IPv4 and IPv6 unicast and no ADD-PATH. */
    public static Neighbor of(InetAddress address, long as) {
        return new Neighbor(address, as, 179, false, EnumSet.allOf(Family.class), AddPath.NONE);
    }

    public Neighbor withPort(int value) {
        return new Neighbor(address, as, value, passive, families, addPath);
    }

    public Neighbor asPassive() {
        return new Neighbor(address, as, port, true, families, addPath);
    }

    public Neighbor withFamilies(Family first, Family... rest) {
        return new Neighbor(address, as, port, passive, EnumSet.of(first, rest), addPath);
    }

    public Neighbor withAddPath(AddPath value) {
        return new Neighbor(address, as, port, passive, families, value);
    }

    public boolean has(Family family) {
        return families.contains(family);
    }

    /** The families in a fixed order (IPv4 first). */
    public Set<Family> familiesInOrder() {
        return families.isEmpty() ? Set.of() : EnumSet.copyOf(families);
    }
}
