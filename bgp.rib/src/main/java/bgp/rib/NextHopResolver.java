package bgp.rib;

import bgp.codec.Family;
import bgp.codec.IpAddresses;

/**
 * Resolves {@code next-hop self} with a neighbor's BGP session, at the RIB boundary (ExaBGP's plan for the
 * sentinel): a route whose sentinel has the session's AFI takes the session's local address; an IPv4 route on an
 * IPv6 session takes the router-id; anything else is the error
 * {@code use of "next-hop self": the route (<afi>) does not have the same family as the BGP tcp session (<afi>)}.
 *
 * <p>The session's AFI is known from the neighbor's address before the session is up; its local address may not be
 * (an auto-discovered local address): {@link #pending(int, int)} makes a resolver that already resolves with the
 * router-id and reports the AFI error, and {@link #withLocalAddress(byte[])} completes it when the session knows the
 * address. Immutable.
 */
public final class NextHopResolver {
    private final int sessionAfi;
    private final byte[] localAddress;
    private final int routerId;

    private NextHopResolver(int sessionAfi, byte[] localAddress, int routerId) {
        if (sessionAfi != Family.AFI_IPV4 && sessionAfi != Family.AFI_IPV6) {
            throw new IllegalArgumentException("a BGP session runs over IPv4 or IPv6, not AFI " + sessionAfi);
        }
        if (localAddress != null && localAddress.length != (sessionAfi == Family.AFI_IPV4 ? 4 : 16)) {
            throw new IllegalArgumentException("local address of " + localAddress.length + " bytes for an "
                    + Family.afiName(sessionAfi) + " session");
        }
        this.sessionAfi = sessionAfi;
        this.localAddress = localAddress;
        this.routerId = routerId;
    }

    /**
     * A resolver for a session with a known local address (4 bytes: an IPv4 session; 16: IPv6).
     *
     * @param routerId the BGP identifier, used for IPv4 routes on an IPv6 session
     */
    public static NextHopResolver of(byte[] localAddress, int routerId) {
        byte[] a = localAddress.clone();
        return new NextHopResolver(a.length == 4 ? Family.AFI_IPV4 : Family.AFI_IPV6, a, routerId);
    }

    /** A resolver for a session whose local address is not known yet (auto-discovered when it comes up). */
    public static NextHopResolver pending(int sessionAfi, int routerId) {
        return new NextHopResolver(sessionAfi, null, routerId);
    }

    /** The same session, now that it knows its local address. */
    public NextHopResolver withLocalAddress(byte[] address) {
        return new NextHopResolver(sessionAfi, address.clone(), routerId);
    }

    /** The AFI of the session's transport: {@link Family#AFI_IPV4} or {@link Family#AFI_IPV6}. */
    public int sessionAfi() {
        return sessionAfi;
    }

    /** Whether the local address is known. */
    public boolean knowsLocalAddress() {
        return localAddress != null;
    }

    /**
     * Checks that the route can be resolved on this session once its local address is known.
     *
     * @throws IllegalArgumentException the AFI error
     */
    public void check(Route route) {
        if (route.isSelf()) {
            target(route.nextHopSelf().afi());
        }
    }

    /**
     * Whether {@link #resolve} would succeed now: the route has no sentinel, or it resolves with the router-id,
     * or the local address is known.
     *
     * @throws IllegalArgumentException the AFI error
     */
    public boolean canResolve(Route route) {
        return !route.isSelf() || target(route.nextHopSelf().afi()) != 0 || localAddress != null;
    }

    /**
     * The route with its {@code self} sentinel replaced by a concrete address (and, for IPv4 unicast, its NEXT_HOP
     * attribute too); a route without a sentinel is returned as it is.
     *
     * @throws IllegalArgumentException {@code use of "next-hop self": the route (ipv6) does not have the same family
     *     as the BGP tcp session (ipv4)}
     * @throws IllegalStateException when the local address is needed and not known yet
     */
    public Route resolve(Route route) {
        if (!route.isSelf()) {
            return route;
        }
        int afi = route.nextHopSelf().afi();
        if (target(afi) != 0) {
            return route.withNextHop(IpAddresses.intToBytes(routerId));
        }
        if (localAddress == null) {
            throw new IllegalStateException("next-hop self of " + route.nlri() + ": the local address of the "
                    + Family.afiName(sessionAfi) + " session is not known yet");
        }
        return route.withNextHop(localAddress);
    }

    /** 0: the local address resolves it; 1: the router-id does; else the AFI error. */
    private int target(int routeAfi) {
        if (routeAfi == sessionAfi) {
            return 0;
        }
        if (routeAfi == Family.AFI_IPV4 && sessionAfi == Family.AFI_IPV6) {
            return 1;
        }
        throw new IllegalArgumentException("use of \"next-hop self\": the route (" + Family.afiName(routeAfi)
                + ") does not have the same family as the BGP tcp session (" + Family.afiName(sessionAfi) + ")");
    }

    @Override
    public String toString() {
        return "NextHopResolver[" + Family.afiName(sessionAfi) + " session, local "
                + (localAddress == null ? "unknown" : IpAddresses.format(localAddress)) + ", router-id "
                + IpAddresses.ipv4(routerId) + "]";
    }
}
