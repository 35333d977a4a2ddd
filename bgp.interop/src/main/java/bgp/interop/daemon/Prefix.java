package bgp.interop.daemon;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * An IP prefix with its host bits cleared; {@link #toString()} gives the canonical text (IPv6 per RFC 5952), the
 * form every daemon's output is compared in.
 */
public record Prefix(InetAddress address, int length) implements Comparable<Prefix> {

    public Prefix {
        int max = address instanceof Inet4Address ? 32 : 128;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length " + length + " for " + address);
        }
        byte[] bytes = address.getAddress();
        for (int bit = length; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("host bits set in " + Addresses.text(address) + "/" + length);
            }
        }
    }

    /** Parses "10.0.0.0/24" or "2001:db8::/32" (a numeric address, never a name). */
    public static Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a prefix: " + text);
        }
        return new Prefix(Addresses.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1).trim()));
    }

    public Family family() {
        return address instanceof Inet4Address ? Family.IPV4_UNICAST : Family.IPV6_UNICAST;
    }

    /** The prefix bytes as they go on the wire (ceil(length / 8) bytes). */
    public byte[] wireBytes() {
        return Arrays.copyOf(address.getAddress(), (length + 7) / 8);
    }

    @Override
    public int compareTo(Prefix other) {
        if (family() != other.family()) {
            return family().compareTo(other.family());
        }
        int c = Arrays.compareUnsigned(address.getAddress(), other.address.getAddress());
        return c != 0 ? c : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return Addresses.text(address) + "/" + length;
    }
}
