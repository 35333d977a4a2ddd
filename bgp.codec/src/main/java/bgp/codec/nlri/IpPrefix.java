package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 prefix of a unicast or multicast family, with its path identifier. The address holds
 * {@code ceil(length/8)} significant bytes (4 or 16 in all); bits past the length are kept as received.
 */
public final class IpPrefix implements Nlri {
    private final Family family;
    private final byte[] address;
    private final int length;
    private final int pathId;

    public IpPrefix(Family family, byte[] address, int length, int pathId) {
        int bytes = family.afi() == Family.AFI_IPV6 ? 16 : 4;
        if (address.length != bytes) {
            throw new IllegalArgumentException("address of " + family + " must be " + bytes + " bytes");
        }
        if (length < 0 || length > bytes * 8) {
            throw new IllegalArgumentException("invalid prefix length " + length + " for " + family);
        }
        this.family = family;
        this.address = address.clone();
        this.length = length;
        this.pathId = pathId;
    }

    /**
     * Parse {@code a.b.c.d/len} or {@code x::y/len} (a bare address is a host prefix) into a unicast prefix.
     *
     * @throws IllegalArgumentException naming the text when it is not a prefix
     */
    public static IpPrefix parse(String text, int pathId) {
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = IpAddresses.parse(addr);
        int max = bytes.length * 8;
        int len = max;
        if (slash >= 0) {
            String l = text.substring(slash + 1);
            if (l.isEmpty() || l.length() > 3 || !digits(l)) {
                throw new IllegalArgumentException("invalid prefix " + text);
            }
            len = Integer.parseInt(l);
            if (len > max) {
                throw new IllegalArgumentException("invalid prefix length in " + text);
            }
        }
        Family f = bytes.length == 4 ? Family.IPV4_UNICAST : Family.IPV6_UNICAST;
        return new IpPrefix(f, bytes, len, pathId);
    }

    /** Whether every character is a digit ({@link Character#isDigit}); a loop, not a stream: the API's hot path. */
    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same prefix in another family of the same AFI (e.g. multicast) or with another path identifier. */
    public IpPrefix with(Family newFamily, int newPathId) {
        return new IpPrefix(newFamily, address, length, newPathId);
    }

    @Override
    public Family family() {
        return family;
    }

    /** The address (a copy). */
    public byte[] address() {
        return address.clone();
    }

    public int length() {
        return length;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte(length);
        out.write(address, 0, (length + 7) >>> 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.family.equals(family) && p.length == length && p.pathId == pathId
                && Arrays.equals(p.address, address);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(address) * 31 + length) * 31 + pathId;
    }

    @Override
    public String toString() {
        return IpAddresses.format(address) + "/" + length;
    }
}
