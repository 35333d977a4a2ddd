package bgp.codec.attribute;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * IPv6 Address Specific Extended Community (RFC 5701, type 25, optional transitive): 20-byte communities
 * {@code type(1) subtype(1) ipv6(16) local(2)}, held back to back in one {@code byte[]}.
 */
public final class Ipv6ExtendedCommunities implements Attribute {
    public static final int TYPE = 25;
    /** Bytes per community. */
    public static final int SIZE = 20;

    private final byte[] values;

    private Ipv6ExtendedCommunities(byte[] values) {
        if (values.length % SIZE != 0) {
            throw new IllegalArgumentException("IPv6 extended communities are 20 bytes each: " + values.length);
        }
        this.values = values;
    }

    /** From the communities' bytes back to back (copied). */
    public static Ipv6ExtendedCommunities of(byte[] values) {
        return new Ipv6ExtendedCommunities(values.clone());
    }

    /** The bytes taken over without a copy (the caller gives them up). */
    public static Ipv6ExtendedCommunities wrap(byte[] values) {
        return new Ipv6ExtendedCommunities(values);
    }

    /**
     * Flowspec redirect to an IPv6 next hop (draft-ietf-idr-flowspec-redirect-ip, type 0x00 subtype 0x0C), as
     * ExaBGP's {@code redirect-to-nexthop-ietf <ipv6>}; {@code copy} sets the C bit.
     */
    public static byte[] redirectToNextHop(byte[] ipv6, boolean copy) {
        if (ipv6.length != 16) {
            throw new IllegalArgumentException("not an IPv6 address");
        }
        byte[] b = new byte[SIZE];
        b[1] = 0x0C;
        System.arraycopy(ipv6, 0, b, 2, 16);
        b[19] = (byte) (copy ? 1 : 0);
        return b;
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    /** Number of communities. */
    public int size() {
        return values.length / SIZE;
    }

    /** Community {@code i} (a copy of its 20 bytes). */
    public byte[] get(int i) {
        return Arrays.copyOfRange(values, i * SIZE, i * SIZE + SIZE);
    }

    /** All bytes back to back (a copy). */
    public byte[] toByteArray() {
        return values.clone();
    }

    /** Community {@code i} as one unsigned 160-bit number, as ExaBGP's JSON {@code "value"} gives it. */
    public BigInteger value(int i) {
        return new BigInteger(1, get(i));
    }

    /**
     * ExaBGP's text of community {@code i} (its JSON {@code "string"}): {@code redirect-to-nexthop-ietf <ipv6>}
     * or {@code copy-to-nexthop-ietf <ipv6> (with copy)} for type 0x00/0x40 subtype 0x0C (ExaBGP looks at the low
     * nibble of the type only), else {@code 0x} and 40 upper-case hex digits.
     */
    public String format(int i) {
        int at = i * SIZE;
        if ((values[at] & 0x0F) == 0 && values[at + 1] == 0x0C) {
            String ip = IpAddresses.ipv6(values, at + 2);
            return (values[at + 19] & 1) != 0 ? "copy-to-nexthop-ietf " + ip + " (with copy)"
                    : "redirect-to-nexthop-ietf " + ip;
        }
        return "0x" + Hex.encode(values, at, SIZE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6ExtendedCommunities c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Ipv6ExtendedCommunities[");
        for (int i = 0; i < size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(format(i));
        }
        return sb.append(']').toString();
    }
}
