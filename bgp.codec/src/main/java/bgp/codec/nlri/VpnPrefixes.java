package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import java.util.List;

/**
 * BGP/MPLS VPN routes (RFC 4364, RFC 4659, SAFI 128; ExaBGP's {@code mpls-vpn}) of IPv4 or IPv6, kept as the wire
 * bytes with an offsets index (see {@link LabeledNlriList}). Build lists with {@link #builder} or {@link #of};
 * decode with {@link #decode}.
 */
public final class VpnPrefixes extends LabeledNlriList {
    VpnPrefixes(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(family, data, offsets, size, pathIds, 8);
    }

    /**
     * Decode a whole NLRI field of an IPv4 or IPv6 MPLS VPN family.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on any malformed entry
     * @throws IllegalArgumentException when {@code family} is not IPv4/IPv6 MPLS VPN
     */
    public static VpnPrefixes decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        LabeledEntry.checkFamily(family, Family.SAFI_MPLS_VPN);
        return LabeledNlriList.decode(family, buf, off, len, addPath, 8, VpnPrefixes::new);
    }

    /** No routes of the family. */
    public static VpnPrefixes empty(Family family) {
        return builder(family).build();
    }

    /** A list of routes, all of one family; it carries path identifiers when one of them is not 0. */
    public static VpnPrefixes of(Family family, List<VpnPrefix> routes) {
        Builder b = builder(family);
        routes.forEach(b::add);
        return b.build();
    }

    /** A list of routes of the family of the first one (at least one). */
    public static VpnPrefixes of(VpnPrefix first, VpnPrefix... more) {
        Builder b = builder(first.family()).add(first);
        for (VpnPrefix p : more) {
            b.add(p);
        }
        return b.build();
    }

    public static Builder builder(Family family) {
        return new Builder(family);
    }

    /** The route distinguisher of entry {@code i}, as the 8 bytes in a long. */
    public long rd(int i) {
        return RouteDistinguisher.read(data, rdAt(i));
    }

    /** The route distinguisher of entry {@code i}. */
    public RouteDistinguisher routeDistinguisher(int i) {
        return new RouteDistinguisher(rd(i));
    }

    @Override
    public VpnPrefix get(int i) {
        return new VpnPrefix(family, rawLabels(i), routeDistinguisher(i), address(i), prefixLength(i), pathId(i));
    }

    /**
     * Collects routes for encoding. The list carries path identifiers when {@link #withPathIds()} was called or any
     * route has a non-zero one (routes without one then have 0).
     */
    public static final class Builder {
        private final Core core;

        private Builder(Family family) {
            core = new Core(family, Family.SAFI_MPLS_VPN, 8);
        }

        /** Make the list carry path identifiers even when they are all 0. */
        public Builder withPathIds() {
            core.withPathIds();
            return this;
        }

        public Builder add(VpnPrefix route) {
            if (!route.family().equals(core.family)) {
                throw new IllegalArgumentException(route.family() + " route in a list of " + core.family);
            }
            core.add(route.pathId(), route.rawLabels(), route.rd().value(), route.address(), route.length());
            return this;
        }

        /**
         * Add a route from primitives: raw 24-bit stack entries (see {@link MplsLabels#stack}), the route
         * distinguisher (8 bytes in a long), the address (4 or 16 bytes) and the prefix length.
         */
        public Builder add(int pathId, int[] rawLabels, long rd, byte[] address, int length) {
            core.add(pathId, rawLabels, rd, address, length);
            return this;
        }

        /** The list; the builder may go on being used (later routes do not change it). */
        public VpnPrefixes build() {
            return core.build(VpnPrefixes::new);
        }
    }
}
