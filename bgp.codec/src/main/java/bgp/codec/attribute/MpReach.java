package bgp.codec.attribute;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;
import bgp.codec.nlri.NlriList;
import java.util.Arrays;
import java.util.Objects;

/**
 * MP_REACH_NLRI (RFC 4760, type 14): the family, its next hop as on the wire (4 or 16 bytes, 32 with a link-local
 * address, 12 or 24 with the route distinguisher of VPN families, 0 for flowspec) or a {@link NextHopSelf}
 * sentinel still to be resolved, and the announced NLRI.
 */
public final class MpReach implements Attribute {
    public static final int TYPE = 14;

    private final Family family;
    private final byte[] nextHop;
    private final NextHopSelf self;
    private final NlriList nlri;

    private MpReach(Family family, byte[] nextHop, NextHopSelf self, NlriList nlri) {
        if (!nlri.family().equals(family)) {
            throw new IllegalArgumentException("NLRI of " + nlri.family() + " in MP_REACH of " + family);
        }
        if (nextHop != null && nextHop.length > 255) {
            throw new IllegalArgumentException("next hop longer than 255 bytes");
        }
        this.family = family;
        this.nextHop = nextHop;
        this.self = self;
        this.nlri = nlri;
    }

    /** With the next hop bytes as on the wire. */
    public static MpReach of(Family family, byte[] nextHop, NlriList nlri) {
        return new MpReach(family, nextHop.clone(), null, nlri);
    }

    /** With an unresolved {@code next-hop self}. */
    public static MpReach self(Family family, NextHopSelf self, NlriList nlri) {
        return new MpReach(family, null, Objects.requireNonNull(self), nlri);
    }

    /** The same next hop with other NLRI (same family). */
    public MpReach withNlri(NlriList newNlri) {
        return new MpReach(family, nextHop, self, newNlri);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }

    public Family family() {
        return family;
    }

    /** Whether the next hop is an unresolved {@code self}. */
    public boolean isSelf() {
        return self != null;
    }

    /** The sentinel, when {@link #isSelf()}. */
    public NextHopSelf nextHopSelf() {
        return self;
    }

    /**
     * The next hop bytes as on the wire (a copy).
     *
     * @throws bgp.codec.BgpEncodeException when the next hop is an unresolved {@code self}
     */
    public byte[] nextHop() {
        if (self != null) {
            throw self.unresolved();
        }
        return nextHop.clone();
    }

    /** Length of the next hop on the wire (throws when unresolved). */
    public int nextHopLength() {
        if (self != null) {
            throw self.unresolved();
        }
        return nextHop.length;
    }

    /**
     * The next-hop addresses as text, ExaBGP style: route distinguishers of VPN next hops skipped, a global and a
     * link-local IPv6 address both given.
     */
    public String[] nextHopAddresses() {
        if (self != null) {
            return new String[] {"self"};
        }
        int n = nextHop.length;
        return switch (n) {
            case 0 -> new String[0];
            case 4 -> new String[] {IpAddresses.ipv4(nextHop, 0)};
            case 12 -> new String[] {IpAddresses.ipv4(nextHop, 8)};
            case 16 -> new String[] {IpAddresses.ipv6(nextHop, 0)};
            case 24 -> new String[] {IpAddresses.ipv6(nextHop, 8)};
            case 32 -> new String[] {IpAddresses.ipv6(nextHop, 0), IpAddresses.ipv6(nextHop, 16)};
            case 48 -> new String[] {IpAddresses.ipv6(nextHop, 8), IpAddresses.ipv6(nextHop, 32)};
            default -> new String[] {bgp.codec.Hex.encode(nextHop)};
        };
    }

    public NlriList nlri() {
        return nlri;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MpReach m && m.family.equals(family) && Arrays.equals(m.nextHop, nextHop)
                && Objects.equals(m.self, self) && m.nlri.equals(nlri);
    }

    @Override
    public int hashCode() {
        return (family.hashCode() * 31 + Arrays.hashCode(nextHop)) * 31 + nlri.hashCode();
    }

    @Override
    public String toString() {
        return "MpReach[" + family + " next-hop " + String.join(",", nextHopAddresses()) + " " + nlri + "]";
    }
}
