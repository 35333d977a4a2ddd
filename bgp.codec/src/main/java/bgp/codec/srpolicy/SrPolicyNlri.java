package bgp.codec.srpolicy;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import java.util.Arrays;

/**
 * An SR Policy route (RFC 9830 §2.1): {@code length(1, in bits) distinguisher(4) color(4) endpoint(4 or 16)}, the
 * length being 96 for IPv4 ({@code ipv4 sr-policy}, AFI 1 SAFI 73) and 192 for IPv6 ({@code ipv6 sr-policy}, AFI 2).
 * Immutable; {@code equals} compares family, path identifier, distinguisher, color and endpoint.
 */
public final class SrPolicyNlri implements Nlri {
    public static final Family IPV4 = new Family(Family.AFI_IPV4, Family.SAFI_SR_POLICY);
    public static final Family IPV6 = new Family(Family.AFI_IPV6, Family.SAFI_SR_POLICY);
    /** The NLRI length field of an IPv4 route, in bits. */
    public static final int IPV4_BITS = 96;
    /** The NLRI length field of an IPv6 route, in bits. */
    public static final int IPV6_BITS = 192;

    private final long distinguisher;
    private final long color;
    private final byte[] endpoint;
    private final int pathId;

    /**
     * @param distinguisher 0 to 2^32-1
     * @param color 0 to 2^32-1
     * @param endpoint 4 bytes (IPv4 family) or 16 (IPv6 family)
     * @throws IllegalArgumentException when a value is out of range
     */
    public SrPolicyNlri(long distinguisher, long color, byte[] endpoint, int pathId) {
        if (distinguisher < 0 || distinguisher > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("distinguisher " + distinguisher + " is not within 0..4294967295");
        }
        if (color < 0 || color > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("color " + color + " is not within 0..4294967295");
        }
        if (endpoint.length != 4 && endpoint.length != 16) {
            throw new IllegalArgumentException("an endpoint is 4 or 16 bytes, not " + endpoint.length);
        }
        this.distinguisher = distinguisher;
        this.color = color;
        this.endpoint = endpoint.clone();
        this.pathId = pathId;
    }

    /** The family of an NLRI length field (in bits), or null when it is neither 96 nor 192. */
    public static Family familyOfLength(int bits) {
        return bits == IPV4_BITS ? IPV4 : bits == IPV6_BITS ? IPV6 : null;
    }

    @Override
    public Family family() {
        return endpoint.length == 4 ? IPV4 : IPV6;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    public long distinguisher() {
        return distinguisher;
    }

    public long color() {
        return color;
    }

    /** The endpoint address (a copy): 4 or 16 bytes. */
    public byte[] endpoint() {
        return endpoint.clone();
    }

    /** The endpoint as text. */
    public String endpointText() {
        return IpAddresses.format(endpoint);
    }

    /** Length of the entry on the wire, without a path identifier. */
    public int encodedLength() {
        return 9 + endpoint.length;
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte((8 + endpoint.length) * 8).writeInt((int) distinguisher).writeInt((int) color).write(endpoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrPolicyNlri n && n.distinguisher == distinguisher && n.color == color
                && n.pathId == pathId && Arrays.equals(n.endpoint, endpoint);
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(distinguisher) * 31 + Long.hashCode(color)) * 31 + pathId) * 31
                + Arrays.hashCode(endpoint);
    }

    /** {@code distinguisher <n> color <n> endpoint <ip>}, as ExaBGP's route text writes it. */
    @Override
    public String toString() {
        return "distinguisher " + distinguisher + " color " + color + " endpoint " + endpointText();
    }
}
