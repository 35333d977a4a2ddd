package bgp.codec;

/**
 * The {@code next-hop self} sentinel: a next hop that names no address yet, only the AFI of the route it belongs to.
 * It is resolved with the neighbor's session (local address, or router-id for an IPv4 route on an IPv6 session)
 * at the RIB boundary. Encoding an unresolved sentinel throws {@link BgpEncodeException}.
 */
public record NextHopSelf(int afi) {
    public static final NextHopSelf IPV4 = new NextHopSelf(Family.AFI_IPV4);
    public static final NextHopSelf IPV6 = new NextHopSelf(Family.AFI_IPV6);

    /** The sentinel for an AFI. */
    public static NextHopSelf of(int afi) {
        return switch (afi) {
            case Family.AFI_IPV4 -> IPV4;
            case Family.AFI_IPV6 -> IPV6;
            default -> new NextHopSelf(afi);
        };
    }

    /** The error raised when an unresolved sentinel reaches an encoder. */
    public BgpEncodeException unresolved() {
        return new BgpEncodeException("unresolved next-hop self (" + Family.afiName(afi)
                + "): it must be resolved with the neighbor's session before the route is encoded");
    }

    @Override
    public String toString() {
        return "self";
    }
}
