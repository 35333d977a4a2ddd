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
        this(family, address.clone(), length, pathId, true);
    }

    /** With {@code address} as it is: the caller's copy, or an array nobody else holds ({@code owned}). */
    private IpPrefix(Family family, byte[] address, int length, int pathId, boolean owned) {
        int bytes = family.afi() == Family.AFI_IPV6 ? 16 : 4;
        if (address.length != bytes) {
            throw new IllegalArgumentException("address of " + family + " must be " + bytes + " bytes");
        }
        if (length < 0 || length > bytes * 8) {
            throw new IllegalArgumentException("invalid prefix length " + length + " for " + family);
        }
        this.family = family;
        this.address = address;
        this.length = length;
        this.pathId = pathId;
    }

    /**
     * Parse {@code a.b.c.d/len} or {@code x::y/len} (a bare address is a host prefix) into a unicast prefix.
     *
     * @throws IllegalArgumentException naming the text when it is not a prefix
     */
    public static IpPrefix parse(String text, int pathId) {
        IpPrefix v4 = ipv4(text, pathId);
        return v4 != null ? v4 : parseAnyway(text, pathId);
    }

    /** {@link #parse} without its IPv4 shortcut (the tests compare the two). */
    static IpPrefix parseAnyway(String text, int pathId) {
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
        return new IpPrefix(f, bytes, len, pathId, true);
    }

    /**
     * {@code a.b.c.d[/len]} in ASCII digits (at most 3 an octet, as {@link IpAddresses#parseIpv4} reads them), read
     * in one pass without substrings: an API program's routes are mostly such prefixes. Null for anything else,
     * which {@link #parse} reads the general way (and names what is wrong).
     */
    private static IpPrefix ipv4(String text, int pathId) {
        int n = text.length();
        int value = 0;
        int i = 0;
        for (int part = 0; part < 4; part++) {
            int start = i;
            int octet = 0;
            for (char c; i < n && (c = text.charAt(i)) >= '0' && c <= '9' && i - start < 3; i++) {
                octet = octet * 10 + (c - '0');
            }
            if (i == start || octet > 255 || i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return null;
            }
            value = value << 8 | octet;
            if (part < 3) {
                if (i == n || text.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        int length = 32;
        if (i < n) {
            if (text.charAt(i) != '/' || n - i < 2 || n - i > 4) {
                return null;
            }
            length = 0;
            for (i++; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                length = length * 10 + (c - '0');
            }
            if (length > 32) {
                return null;
            }
        }
        return new IpPrefix(Family.IPV4_UNICAST, IpAddresses.intToBytes(value), length, pathId, true);
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
        return new IpPrefix(newFamily, address, length, newPathId, true); // the array is never changed: shared
    }

    @Override
    public Family family() {
        return family;
    }

    /** The address (a copy). */
    public byte[] address() {
        return address.clone();
    }

    /**
     * The address of an IPv4 prefix as a 32-bit int, without copying it.
     *
     * @throws IllegalStateException for an IPv6 prefix
     */
    public int ipv4Address() {
        if (address.length != 4) {
            throw new IllegalStateException("not an IPv4 prefix: " + this);
        }
        return (address[0] & 0xFF) << 24 | (address[1] & 0xFF) << 16 | (address[2] & 0xFF) << 8 | address[3] & 0xFF;
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
