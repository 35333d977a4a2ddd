package bgp.interop.daemon;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A route, to announce or as received: prefix, RFC 7911 path identifier (0 = none), and the attributes the harness
 * handles. Immutable; the {@code with...} methods return copies.
 *
 * <p>Announcing: {@code asPath} is the path as originated inside the daemon's own AS; on an eBGP session the
 * daemon prepends its own AS (the harness does it for ExaBGP, which does not). {@code localPref} only travels on
 * iBGP. A daemon may renumber path identifiers: several routes with one prefix and distinct {@code pathId}s are
 * distinct paths.
 *
 * <p>Received: the attributes as the daemon shows them (a daemon may add LOCAL_PREF 100 on eBGP: BIRD and OpenBGPD
 * do). {@code med} and {@code localPref} are null when absent. Communities are "asn:value" texts, sorted.
 */
public record Route(Prefix prefix, long pathId, InetAddress nextHop, List<Long> asPath, Long med, Long localPref,
        List<String> communities) {

    public Route {
        Objects.requireNonNull(prefix, "prefix");
        asPath = List.copyOf(asPath);
        communities = communities.stream().map(Route::community).sorted(Route::compareCommunity).toList();
        if (nextHop != null && Addresses.isV6(nextHop) != (prefix.family() == Family.IPV6_UNICAST)) {
            // an IPv4 next hop for an IPv6 prefix is legal on the wire (RFC 8950) but the harness keeps them apart
            throw new IllegalArgumentException("next hop " + Addresses.text(nextHop) + " for " + prefix);
        }
    }

    /** A route with the given prefix and next hop and no other attributes. */
    public static Route of(String prefix, String nextHop) {
        return new Route(Prefix.parse(prefix), 0, Addresses.parse(nextHop), List.of(), null, null, List.of());
    }

    public Family family() {
        return prefix.family();
    }

    public Route withPathId(long id) {
        return new Route(prefix, id, nextHop, asPath, med, localPref, communities);
    }

    public Route withNextHop(InetAddress hop) {
        return new Route(prefix, pathId, hop, asPath, med, localPref, communities);
    }

    public Route withNextHop(String hop) {
        return withNextHop(Addresses.parse(hop));
    }

    public Route withAsPath(List<Long> path) {
        return new Route(prefix, pathId, nextHop, path, med, localPref, communities);
    }

    public Route withAsPath(long... path) {
        return withAsPath(Arrays.stream(path).boxed().toList());
    }

    /** This route with {@code as} put in front of its AS path (as an eBGP speaker does). */
    public Route prepend(long as) {
        List<Long> path = new ArrayList<>(asPath.size() + 1);
        path.add(as);
        path.addAll(asPath);
        return withAsPath(path);
    }

    public Route withMed(Long value) {
        return new Route(prefix, pathId, nextHop, asPath, value, localPref, communities);
    }

    public Route withLocalPref(Long value) {
        return new Route(prefix, pathId, nextHop, asPath, med, value, communities);
    }

    public Route withCommunities(List<String> values) {
        return new Route(prefix, pathId, nextHop, asPath, med, localPref, values);
    }

    public Route withCommunities(String... values) {
        return withCommunities(List.of(values));
    }

    /** The key a daemon keeps this route under: prefix and path identifier. */
    public Key key() {
        return new Key(prefix, pathId);
    }

    public record Key(Prefix prefix, long pathId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = prefix.compareTo(o.prefix);
            return c != 0 ? c : Long.compare(pathId, o.pathId);
        }
    }

    /** The 32-bit value of a standard community "asn:value". */
    public static long communityValue(String community) {
        int colon = community.indexOf(':');
        long high = Long.parseLong(community.substring(0, colon).trim());
        long low = Long.parseLong(community.substring(colon + 1).trim());
        if (high < 0 || high > 0xffff || low < 0 || low > 0xffff) {
            throw new IllegalArgumentException("not a standard community: " + community);
        }
        return high << 16 | low;
    }

    /** "asn:value" of a 32-bit community value. */
    public static String community(long value) {
        return (value >>> 16 & 0xffff) + ":" + (value & 0xffff);
    }

    private static String community(String text) {
        return community(communityValue(text));
    }

    private static int compareCommunity(String a, String b) {
        return Long.compare(communityValue(a), communityValue(b));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(prefix.toString());
        if (pathId != 0) {
            s.append(" path-id ").append(pathId);
        }
        s.append(" next-hop ").append(nextHop == null ? "-" : Addresses.text(nextHop));
        s.append(" as-path ").append(asPath);
        if (med != null) {
            s.append(" med ").append(med);
        }
        if (localPref != null) {
            s.append(" local-pref ").append(localPref);
        }
        if (!communities.isEmpty()) {
            s.append(" community ").append(communities);
        }
        return s.toString();
    }
}
