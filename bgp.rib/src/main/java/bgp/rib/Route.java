package bgp.rib;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.nlri.Nlri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A route as the configuration and the API build it: an NLRI (which gives the family and the path identifier), a
 * next hop, and path attributes. The next hop is an address (4 bytes, 16, or 32 for a global and a link-local IPv6
 * address) or the unresolved {@code next-hop self} sentinel ({@link NextHopSelf}), which
 * {@link NextHopResolver#resolve} replaces with an address of the neighbor's session before the route enters a RIB:
 * an {@link AdjRibOut} refuses a route whose next hop is still {@code self}. A flowspec route (SAFI 133, 134) may
 * have no next hop: an empty address ({@link #NO_NEXT_HOP}), sent as a next hop of length 0 (RFC 8955 §4).
 *
 * <p>The attributes exclude MP_REACH_NLRI and MP_UNREACH_NLRI, which the RIB builds. A NEXT_HOP attribute may be
 * given for IPv4 unicast only, and must then say the same as the next hop ({@link NextHop#SELF} for {@code self});
 * resolution replaces it too. Immutable.
 */
public final class Route {
    private final Nlri nlri;
    private final byte[] nextHop;
    private final NextHopSelf self;
    private final List<Attribute> attributes;

    private Route(Nlri nlri, byte[] nextHop, NextHopSelf self, List<? extends Attribute> attributes) {
        this.nlri = Objects.requireNonNull(nlri, "nlri");
        this.nextHop = nextHop;
        this.self = self;
        this.attributes = List.copyOf(attributes);
        if (nextHop != null && nextHop.length != 4 && nextHop.length != 16 && nextHop.length != 32
                && !(nextHop.length == 0 && isFlow(nlri.family()))) {
            throw new IllegalArgumentException("invalid next hop of " + nextHop.length + " bytes for " + nlri
                    + ": 4, 16 or 32 expected");
        }
        // a for-each: the same loop by index made C2 speculate on its profile and deoptimize the constructor (and the
        // callers it was inlined in) during a burst of API commands
        for (Attribute a : this.attributes) {
            if (a instanceof MpReach || a instanceof MpUnreach) {
                throw new IllegalArgumentException("a route carries no MP_REACH_NLRI or MP_UNREACH_NLRI attribute: the"
                        + " RIB builds them (" + nlri + ")");
            }
            if (a instanceof NextHop n) {
                if (!nlri.family().equals(Family.IPV4_UNICAST)) {
                    throw new IllegalArgumentException("NEXT_HOP attribute on a route of " + nlri.family() + " ("
                            + nlri + "): its next hop travels in MP_REACH_NLRI");
                }
                boolean same = self != null ? n.isSelf()
                        : !n.isSelf() && nextHop.length == 4 && n.address() == ipv4(nextHop);
                if (!same) {
                    throw new IllegalArgumentException("NEXT_HOP attribute " + n + " differs from the next hop "
                            + nextHopText() + " of route " + nlri);
                }
            }
        }
    }

    /** The next hop of a flowspec route that has none (ExaBGP's {@code no-nexthop}). */
    public static final byte[] NO_NEXT_HOP = new byte[0];

    /** Whether a family is a flowspec one, whose routes may have {@link #NO_NEXT_HOP}. */
    public static boolean isFlow(Family f) {
        return f.safi() == Family.SAFI_FLOW || f.safi() == Family.SAFI_FLOW_VPN;
    }

    /** A route with a next-hop address (4, 16 or 32 bytes, or none for flowspec; copied). */
    public static Route of(Nlri nlri, byte[] nextHop, List<? extends Attribute> attributes) {
        // copied with Arrays.copyOf, not clone(): the JDK 17 C1 compiler calls into the VM for an array's clone(), and
        // a burst of API commands (a route each) runs in C1 code until C2 has compiled its path
        return new Route(nlri, Arrays.copyOf(nextHop, nextHop.length), null, attributes);
    }

    /** A route with a next-hop address given as text, or {@code self} for {@link #self(Nlri, List)}. */
    public static Route of(Nlri nlri, String nextHop, List<? extends Attribute> attributes) {
        if ("self".equalsIgnoreCase(nextHop)) {
            return self(nlri, attributes);
        }
        return new Route(nlri, IpAddresses.parse(nextHop), null, attributes);
    }

    /** A route whose next hop is a {@code next-hop self} sentinel. */
    public static Route of(Nlri nlri, NextHopSelf self, List<? extends Attribute> attributes) {
        return new Route(nlri, null, Objects.requireNonNull(self, "self"), attributes);
    }

    /**
     * A route with {@code next-hop self} of the route's AFI: IPv6 for IPv6 families, IPv4 for every other (flow
     * and VPLS routes included, as ExaBGP does).
     */
    public static Route self(Nlri nlri, List<? extends Attribute> attributes) {
        int afi = nlri.family().afi() == Family.AFI_IPV6 ? Family.AFI_IPV6 : Family.AFI_IPV4;
        return of(nlri, NextHopSelf.of(afi), attributes);
    }

    public Nlri nlri() {
        return nlri;
    }

    public Family family() {
        return nlri.family();
    }

    /** Whether the next hop is the unresolved {@code self} sentinel. */
    public boolean isSelf() {
        return self != null;
    }

    /** The sentinel when {@link #isSelf()}, else null. */
    public NextHopSelf nextHopSelf() {
        return self;
    }

    /**
     * The next-hop address (a copy).
     *
     * @throws IllegalArgumentException when the next hop is an unresolved {@code self}
     */
    public byte[] nextHop() {
        if (self != null) {
            throw unresolved(this, "a RIB");
        }
        return nextHop.clone();
    }

    /** Whether the next hop is this address (false for an unresolved {@code self}); no copy made. */
    public boolean hasNextHop(byte[] address) {
        return self == null && Arrays.equals(nextHop, address);
    }

    /** The path attributes as given (NEXT_HOP included when it was). */
    public List<Attribute> attributes() {
        return attributes;
    }

    /**
     * This route with a next-hop address in place of its next hop; a {@link NextHop#SELF} attribute becomes the
     * address too (which must then be 4 bytes).
     */
    public Route withNextHop(byte[] address) {
        List<Attribute> attrs = attributes;
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.get(i) instanceof NextHop n && n.isSelf()) {
                if (address.length != 4) {
                    throw new IllegalArgumentException("NEXT_HOP of " + nlri + " cannot take the " + address.length
                            + "-byte next hop " + IpAddresses.format(Arrays.copyOf(address, 16)));
                }
                List<Attribute> copy = new ArrayList<>(attrs);
                copy.set(i, NextHop.of(ipv4(address)));
                attrs = copy;
            }
        }
        return new Route(nlri, Arrays.copyOf(address, address.length), null, attrs);
    }

    /** This route (NLRI and next hop, an address or {@code self}) with other attributes. */
    public Route withAttributes(List<? extends Attribute> newAttributes) {
        return new Route(nlri, nextHop, self, newAttributes); // the next hop array is never changed: shared
    }

    /** The error for an unresolved {@code self} that reached a place it must not. */
    static IllegalArgumentException unresolved(Route route, String where) {
        return new IllegalArgumentException("unresolved next-hop self (" + Family.afiName(route.self.afi())
                + ") in route " + route.nlri + ": it must be resolved with the neighbor's session before it enters "
                + where);
    }

    private static int ipv4(byte[] a) {
        return (a[0] & 0xFF) << 24 | (a[1] & 0xFF) << 16 | (a[2] & 0xFF) << 8 | a[3] & 0xFF;
    }

    private String nextHopText() {
        if (self != null) {
            return "self";
        }
        return switch (nextHop.length) {
            case 0 -> "none";
            case 4 -> IpAddresses.ipv4(nextHop, 0);
            case 16 -> IpAddresses.ipv6(nextHop, 0);
            default -> IpAddresses.ipv6(nextHop, 0) + " " + IpAddresses.ipv6(nextHop, 16);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && r.nlri.equals(nlri) && Arrays.equals(r.nextHop, nextHop)
                && Objects.equals(r.self, self) && r.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return (nlri.hashCode() * 31 + Arrays.hashCode(nextHop)) * 31 + attributes.hashCode();
    }

    /** E.g. {@code ipv4 unicast 10.0.0.0/24 next-hop self [Origin[code=0], ...]}. */
    @Override
    public String toString() {
        return nlri.family() + " " + nlri + (nlri.pathId() != 0 ? " path-information " + nlri.pathId() : "")
                + " next-hop " + nextHopText() + " " + attributes;
    }
}
