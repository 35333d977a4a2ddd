package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;

/**
 * The wire form of one labeled NLRI entry (RFC 8277 §2, RFC 4364 §4.3.4, RFC 4659 §3.2), path identifier aside:
 * {@code length(1)} in bits of all that follows, the label stack (3 bytes per entry), for VPN families the route
 * distinguisher (8 bytes), then {@code ceil(prefix length/8)} bytes of prefix.
 */
final class LabeledEntry {
    /** The length field is one byte. */
    static final int MAX_BITS = 255;

    private LabeledEntry() {
    }

    static void checkFamily(Family family, int safi) {
        if ((family.afi() != Family.AFI_IPV4 && family.afi() != Family.AFI_IPV6) || family.safi() != safi) {
            throw new IllegalArgumentException("not an IPv4/IPv6 " + Family.safiName(safi) + " family: " + family);
        }
    }

    static int maxPrefixBits(Family family) {
        return family.afi() == Family.AFI_IPV4 ? 32 : 128;
    }

    /** A copy of the address with the bytes the wire does not carry zeroed; checks size and length. */
    static byte[] address(Family family, byte[] address, int length) {
        int max = maxPrefixBits(family);
        if (address.length != max / 8) {
            throw new IllegalArgumentException("address of " + family + " must be " + max / 8 + " bytes");
        }
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("invalid prefix length " + length + " for " + family);
        }
        byte[] a = new byte[address.length];
        System.arraycopy(address, 0, a, 0, (length + 7) >>> 3);
        return a;
    }

    /** The length field of an entry; checks that it fits one byte. */
    static int bits(int labels, int rdBytes, int length) {
        int bits = 24 * labels + 8 * rdBytes + length;
        if (bits > MAX_BITS) {
            throw new IllegalArgumentException(labels + " label(s)" + (rdBytes > 0 ? ", a route distinguisher" : "")
                    + " and a /" + length + " prefix take " + bits + " bits, more than the " + MAX_BITS
                    + " an NLRI length can say");
        }
        return bits;
    }

    static void write(WireWriter out, int[] raw, int rdBytes, long rd, byte[] address, int length) {
        out.writeByte(bits(raw.length, rdBytes, length));
        for (int r : raw) {
            out.writeByte(r >>> 16).writeByte(r >>> 8).writeByte(r);
        }
        if (rdBytes > 0) {
            out.writeLong(rd);
        }
        out.write(address, 0, (length + 7) >>> 3);
    }

    static int encodedLength(int labels, int rdBytes, int length, boolean addPath) {
        return (addPath ? 5 : 1) + 3 * labels + rdBytes + ((length + 7) >>> 3);
    }

    static String text(byte[] address, int length) {
        return IpAddresses.format(address) + "/" + length;
    }
}
