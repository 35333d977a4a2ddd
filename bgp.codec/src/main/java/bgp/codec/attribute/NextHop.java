package bgp.codec.attribute;

import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;

/**
 * NEXT_HOP (RFC 4271 §5.1.3, type 3, well-known): the IPv4 next hop of the routes in the UPDATE body, or the
 * unresolved {@code next-hop self} sentinel {@link #SELF}, which must be resolved with the neighbor's session
 * before it is encoded ({@link #address()} and the encoder throw {@link NextHopSelf#unresolved()}).
 */
public final class NextHop implements Attribute {
    public static final int TYPE = 3;

    /** {@code next-hop self} for IPv4, not yet resolved. */
    public static final NextHop SELF = new NextHop(0, true);

    private final int address;
    private final boolean self;

    private NextHop(int address, boolean self) {
        this.address = address;
        this.self = self;
    }

    /** The next hop with a 32-bit IPv4 address. */
    public static NextHop of(int address) {
        return new NextHop(address, false);
    }

    /**
     * A dotted quad, or {@code self} for {@link #SELF}.
     *
     * @throws IllegalArgumentException {@code invalid IP address <text>}
     */
    public static NextHop parse(String text) {
        return "self".equalsIgnoreCase(text) ? SELF : of(IpAddresses.parseIpv4(text));
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_TRANSITIVE;
    }

    /** Whether this is the unresolved {@code next-hop self}. */
    public boolean isSelf() {
        return self;
    }

    /**
     * The IPv4 address.
     *
     * @throws bgp.codec.BgpEncodeException when this is the unresolved {@link #SELF}
     */
    public int address() {
        if (self) {
            throw NextHopSelf.IPV4.unresolved();
        }
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextHop n && n.self == self && n.address == address;
    }

    @Override
    public int hashCode() {
        return self ? -1 : address;
    }

    /** The dotted quad, or {@code self}. */
    @Override
    public String toString() {
        return self ? "self" : IpAddresses.ipv4(address);
    }
}
