package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.rib.Route;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds attribute sets in canonical form: keeps the attributes that belong in the set, sorts them by type code,
 * encodes them with the codec into a reused buffer and appends the MP_REACH_NLRI head; then interns the bytes
 * (no copy when the set exists) or makes a set outside the interner. One per RIB: not thread-safe.
 */
final class SetBuilder {
    private static final Comparator<Attribute> BY_TYPE = Comparator.comparingInt(Attribute::typeCode);
    private static final byte[] NO_RD = new byte[8];

    private final SetCodec codec;
    private final Interner interner;
    private final WireWriter out = new WireWriter(1024);
    private final ArrayList<Attribute> scratch = new ArrayList<>();

    SetBuilder(SetCodec codec, Interner interner) {
        this.codec = codec;
        this.interner = interner;
    }

    /** The interned set (one reference for the caller) of the IPv4 unicast NLRI of an UPDATE's body. */
    AttrSet internBody(List<Attribute> updateAttributes) {
        return finish(select(updateAttributes, false, null), null, null, true);
    }

    /** The interned set (one reference for the caller) of the NLRI of an UPDATE's MP_REACH_NLRI. */
    AttrSet internMp(List<Attribute> updateAttributes, Family family, byte[] nextHop) {
        return finish(select(updateAttributes, true, null), family, nextHop, true);
    }

    /**
     * The set of routes of a family with a next hop (see {@code RibFactory.attributes}); interned with one reference
     * for the caller when {@code intern}, else outside the interner.
     */
    AttrSet route(Family family, byte[] nextHop, List<? extends Attribute> attributes, boolean intern) {
        int n = nextHop.length;
        if (n != 4 && n != 16 && n != 32 && !(n == 0 && Route.isFlow(family))) {
            throw new IllegalArgumentException("invalid next hop of " + n + " bytes for " + family
                    + ": 4, 16 or 32 expected");
        }
        boolean body = family.equals(Family.IPV4_UNICAST) && n == 4;
        for (Attribute a : attributes) {
            if (a instanceof MpReach || a instanceof MpUnreach) {
                throw new IllegalArgumentException("MP_REACH_NLRI and MP_UNREACH_NLRI are built by the RIB, not given"
                        + " with the attributes");
            }
            if (a instanceof NextHop h && (!body || h.isSelf() || h.address() != ipv4(nextHop))) {
                throw new IllegalArgumentException("NEXT_HOP attribute " + h + " does not go with the " + family
                        + " next hop " + text(nextHop));
            }
        }
        if (body) {
            return finish(select(attributes, true, NextHop.of(ipv4(nextHop))), null, null, intern);
        }
        byte[] mpNextHop = nextHop;
        if (family.safi() == Family.SAFI_MPLS_VPN) {
            mpNextHop = Arrays.copyOf(NO_RD, 8 + n);
            System.arraycopy(nextHop, 0, mpNextHop, 8, n);
        }
        // ExaBGP sends the IPv4 next hop of an IPv4 route of another SAFI (multicast, labeled, VPN) and of a
        // multicast VPN route twice: in MP_REACH_NLRI and as a NEXT_HOP attribute (RFC 4760 section 3: SHOULD NOT,
        // and a receiver SHOULD ignore it); a drop-in sends the same bytes. Not for flowspec, whose redirect next hop
        // ExaBGP sends only once, nor for SR Policy (conf-sr-policy.ci).
        boolean flow = family.safi() == Family.SAFI_FLOW || family.safi() == Family.SAFI_FLOW_VPN
                || family.safi() == Family.SAFI_SR_POLICY;
        boolean twice = family.afi() == Family.AFI_IPV4 && !flow || family.safi() == Family.SAFI_LABELED
                || family.safi() == Family.SAFI_MPLS_VPN || family.safi() == Family.SAFI_MCAST_VPN;
        Attribute alsoNextHop = n == 4 && twice ? NextHop.of(ipv4(nextHop)) : null;
        return finish(select(attributes, true, alsoNextHop), family, mpNextHop, intern);
    }

    /**
     * The attributes that belong in a set, in type order: MP_REACH_NLRI and MP_UNREACH_NLRI never, NEXT_HOP unless
     * {@code dropNextHop}, plus {@code extra}. The list itself when it already is that.
     */
    private List<? extends Attribute> select(List<? extends Attribute> attributes, boolean dropNextHop,
                                             Attribute extra) {
        boolean asIs = extra == null;
        int last = -1;
        for (int i = 0, k = attributes.size(); i < k && asIs; i++) {
            Attribute a = attributes.get(i);
            int t = a.typeCode();
            if (t < last || a instanceof MpReach || a instanceof MpUnreach || dropNextHop && a instanceof NextHop) {
                asIs = false;
            }
            last = t;
        }
        if (asIs) {
            return attributes;
        }
        scratch.clear();
        for (Attribute a : attributes) {
            if (!(a instanceof MpReach || a instanceof MpUnreach || dropNextHop && a instanceof NextHop)) {
                scratch.add(a);
            }
        }
        if (extra != null) {
            scratch.add(extra);
        }
        scratch.sort(BY_TYPE); // stable: attributes of one type keep their order
        return scratch;
    }

    private AttrSet finish(List<? extends Attribute> attributes, Family mpFamily, byte[] mpNextHop, boolean intern) {
        out.reset();
        try {
            codec.encode(attributes, out);
        } finally {
            scratch.clear();
        }
        int mp = 0;
        if (mpFamily != null) {
            if (mpNextHop.length > 255) {
                throw new IllegalArgumentException("next hop of " + mpNextHop.length + " bytes");
            }
            out.writeShort(mpFamily.afi());
            out.writeByte(mpFamily.safi());
            out.writeByte(mpNextHop.length);
            out.write(mpNextHop);
            out.writeByte(0);
            mp = 5 + mpNextHop.length;
        }
        byte[] b = out.array();
        int off = SetCodec.ATTRIBUTES_AT;
        int len = out.position() - off;
        if (intern) {
            return interner.intern(b, off, len, mp, codec);
        }
        return new AttrSet(Arrays.copyOfRange(b, off, off + len), mp, AttrSet.hash(b, off, len, mp), codec);
    }

    private static int ipv4(byte[] a) {
        return (a[0] & 0xFF) << 24 | (a[1] & 0xFF) << 16 | (a[2] & 0xFF) << 8 | a[3] & 0xFF;
    }

    private static String text(byte[] a) {
        return a.length == 4 ? IpAddresses.ipv4(a, 0) : IpAddresses.ipv6(a, 0);
    }
}
