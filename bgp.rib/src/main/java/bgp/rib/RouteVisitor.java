package bgp.rib;

import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Nlri;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the routes of a RIB, one call per route. IPv4 and IPv6 prefixes (unicast and multicast) arrive as
 * primitives through {@link #ipv4} and {@link #ipv6}, whose defaults build the {@link Nlri} object and call
 * {@link #route}; every other family arrives through {@link #route}. A lambda {@code (nlri, attributes) -> ...}
 * therefore sees every route as an object; override the primitive methods to see them without allocation.
 * The RIB must not be changed during the walk.
 */
@ConsumerType
@FunctionalInterface
public interface RouteVisitor {

    /** A route as an object: the NLRI (its family and path identifier included) and its attributes. */
    void route(Nlri nlri, AttributeSet attributes);

    /**
     * An IPv4 route.
     *
     * @param prefix packed as by {@link Ipv4Prefixes#pack(int, int)}
     * @param pathId the RFC 7911 path identifier, 0 without add-path
     */
    default void ipv4(Family family, long prefix, int pathId, AttributeSet attributes) {
        int a = Ipv4Prefixes.address(prefix);
        byte[] address = {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
        route(new IpPrefix(family, address, Ipv4Prefixes.length(prefix), pathId), attributes);
    }

    /**
     * An IPv6 route: the 128 address bits as two longs (high first), the prefix length, the path identifier.
     */
    default void ipv6(Family family, long high, long low, int length, int pathId, AttributeSet attributes) {
        byte[] address = new byte[16];
        for (int k = 0; k < 8; k++) {
            address[k] = (byte) (high >>> (56 - 8 * k));
            address[k + 8] = (byte) (low >>> (56 - 8 * k));
        }
        route(new IpPrefix(family, address, length, pathId), attributes);
    }
}
