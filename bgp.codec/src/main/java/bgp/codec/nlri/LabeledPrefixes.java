package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import java.util.List;

/**
 * Labeled unicast routes (RFC 8277, SAFI 4; ExaBGP's {@code nlri-mpls}) of IPv4 or IPv6, kept as the wire bytes with
 * an offsets index (see {@link LabeledNlriList}). Build lists with {@link #builder} or {@link #of}; decode with
 * {@link #decode}.
 */
public final class LabeledPrefixes extends LabeledNlriList {
    LabeledPrefixes(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(family, data, offsets, size, pathIds, 0);
    }

    /**
     * Decode a whole NLRI field of an IPv4 or IPv6 labeled unicast family.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on any malformed entry
     * @throws IllegalArgumentException when {@code family} is not IPv4/IPv6 labeled unicast
     */
    public static LabeledPrefixes decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        LabeledEntry.checkFamily(family, Family.SAFI_LABELED);
        return LabeledNlriList.decode(family, buf, off, len, addPath, 0, LabeledPrefixes::new);
    }

    /** No routes of the family. */
    public static LabeledPrefixes empty(Family family) {
        return builder(family).build();
    }

    /** A list of routes, all of one family; it carries path identifiers when one of them is not 0. */
    public static LabeledPrefixes of(Family family, List<LabeledPrefix> routes) {
        Builder b = builder(family);
        routes.forEach(b::add);
        return b.build();
    }

    /** A list of routes of the family of the first one (at least one). */
    public static LabeledPrefixes of(LabeledPrefix first, LabeledPrefix... more) {
        Builder b = builder(first.family()).add(first);
        for (LabeledPrefix p : more) {
            b.add(p);
        }
        return b.build();
    }

    public static Builder builder(Family family) {
        return new Builder(family);
    }

    @Override
    public LabeledPrefix get(int i) {
        return new LabeledPrefix(family, rawLabels(i), address(i), prefixLength(i), pathId(i));
    }

    /**
     * Collects routes for encoding. The list carries path identifiers when {@link #withPathIds()} was called or any
     * route has a non-zero one (routes without one then have 0).
     */
    public static final class Builder {
        private final Core core;

        private Builder(Family family) {
            core = new Core(family, Family.SAFI_LABELED, 0);
        }

        /** Make the list carry path identifiers even when they are all 0. */
        public Builder withPathIds() {
            core.withPathIds();
            return this;
        }

        public Builder add(LabeledPrefix route) {
            if (!route.family().equals(core.family)) {
                throw new IllegalArgumentException(route.family() + " route in a list of " + core.family);
            }
            core.add(route.pathId(), route.rawLabels(), 0, route.address(), route.length());
            return this;
        }

        /**
         * Add a route from primitives: raw 24-bit stack entries (see {@link MplsLabels#stack}), the address (4 or 16
         * bytes) and the prefix length.
         */
        public Builder add(int pathId, int[] rawLabels, byte[] address, int length) {
            core.add(pathId, rawLabels, 0, address, length);
            return this;
        }

        /** The list; the builder may go on being used (later routes do not change it). */
        public LabeledPrefixes build() {
            return core.build(LabeledPrefixes::new);
        }
    }
}
