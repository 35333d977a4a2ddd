package bgp.rib;

import bgp.codec.attribute.Attribute;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The routes one peer sent us (IPv4 unicast): at most one route per (prefix, path identifier), each with its path
 * attributes. A prefix is packed as by {@link bgp.codec.nlri.Ipv4Prefixes#pack(int, int)}; the path identifier is
 * 0 when the session has no add-path (RFC 7911). Not thread-safe: the peer's session owns it.
 */
@ProviderType
public interface AdjRibIn {

    /**
     * Store a route, replacing the one with the same prefix and path identifier.
     *
     * @param prefix a packed IPv4 prefix
     * @param attributes the route's path attributes (copied)
     * @return true if the route is new, false if it replaced one
     * @throws IllegalArgumentException {@code invalid IPv4 prefix: <hex>} if {@code prefix} is not a packed IPv4
     *     prefix (length over 32, or bits above the address)
     */
    boolean insert(long prefix, int pathId, List<? extends Attribute> attributes);

    /**
     * Remove a route.
     *
     * @return true if there was one
     * @throws IllegalArgumentException as {@link #insert}
     */
    boolean withdraw(long prefix, int pathId);

    /** The attributes of a route, if there is one (an unmodifiable list). */
    Optional<List<Attribute>> get(long prefix, int pathId);

    /** The number of routes. */
    int size();

    /** Remove every route (the session went down). */
    void clear();
}
