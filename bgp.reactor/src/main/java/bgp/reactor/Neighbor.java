package bgp.reactor;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import java.util.Objects;
import java.util.Set;

/**
 * What the speaker needs to know of a peer. Addresses are IP literals (no name lookup) and are kept in canonical
 * form ({@code 2001:DB8::1} becomes {@code 2001:db8::1}), so that one peer has one spelling.
 *
 * @param peerAddress the peer's IPv4 or IPv6 address
 * @param localAddress our address on the session
 * @param localAs our AS number, 1..4294967295
 * @param peerAs the peer's AS number, 1..4294967295
 * @param routerId our BGP identifier, an IPv4 literal
 * @param families the families to announce in the OPEN; empty for none (IPv4 unicast then, per RFC 4760)
 */
public record Neighbor(String peerAddress, String localAddress, long localAs, long peerAs, String routerId,
        Set<Family> families) {

    /** The largest AS number (RFC 6793). */
    public static final long MAX_AS = 0xFFFF_FFFFL;

    /**
     * @throws IllegalArgumentException {@code invalid IP address <text>} for a bad address or router-id,
     *     {@code AS number out of range: <n>} for an AS of 0 or over 4294967295
     * @throws NullPointerException for a null component
     */
    public Neighbor {
        peerAddress = canonicalAddress(Objects.requireNonNull(peerAddress, "peerAddress"));
        localAddress = canonicalAddress(Objects.requireNonNull(localAddress, "localAddress"));
        checkAs(localAs);
        checkAs(peerAs);
        routerId = IpAddresses.ipv4(IpAddresses.parseIpv4(Objects.requireNonNull(routerId, "routerId")));
        families = Set.copyOf(Objects.requireNonNull(families, "families"));
    }

    /**
     * The canonical text of an IPv4 or IPv6 literal, as peers are keyed by it.
     *
     * @throws IllegalArgumentException {@code invalid IP address <text>}
     */
    public static String canonicalAddress(String address) {
        return IpAddresses.format(IpAddresses.parse(address));
    }

    private static void checkAs(long as) {
        if (as < 1 || as > MAX_AS) {
            throw new IllegalArgumentException("AS number out of range: " + as);
        }
    }

    /** Whether the session is internal (iBGP): both ends in one AS. */
    public boolean isInternal() {
        return localAs == peerAs;
    }
}
