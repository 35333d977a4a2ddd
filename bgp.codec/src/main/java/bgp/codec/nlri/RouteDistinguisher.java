package bgp.codec.nlri;

import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;

/**
 * A route distinguisher (RFC 4364 §4.2): 8 bytes, a 2-byte type then a value, held as one {@code long} as on the
 * wire (big-endian). Text as ExaBGP writes it: type 0 {@code <2-byte ASN>:<4-byte number>} ({@code 65000:1}), type 1
 * {@code <IPv4>:<2-byte number>} ({@code 192.168.201.1:123}), type 2 {@code <4-byte ASN>:<2-byte number>}
 * ({@code 4200000000:1}); any other type as {@code 0x} and 16 hex digits.
 */
public record RouteDistinguisher(long value) {
    public static final int TYPE_AS2 = 0;
    public static final int TYPE_IPV4 = 1;
    public static final int TYPE_AS4 = 2;

    /** Type 0: a 2-byte AS number and a 4-byte assigned number. */
    public static RouteDistinguisher as2(int asn, long number) {
        if (asn < 0 || asn > 0xFFFF || number < 0 || number > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid route-distinguisher " + asn + ":" + number);
        }
        return new RouteDistinguisher((long) asn << 32 | number);
    }

    /** Type 1: an IPv4 address and a 2-byte assigned number. */
    public static RouteDistinguisher ipv4(int address, int number) {
        if (number < 0 || number > 0xFFFF) {
            throw new IllegalArgumentException("invalid route-distinguisher " + IpAddresses.ipv4(address) + ":" + number);
        }
        return new RouteDistinguisher(1L << 48 | (address & 0xFFFFFFFFL) << 16 | number);
    }

    /** Type 2: a 4-byte AS number and a 2-byte assigned number. */
    public static RouteDistinguisher as4(long asn, int number) {
        if (asn < 0 || asn > 0xFFFFFFFFL || number < 0 || number > 0xFFFF) {
            throw new IllegalArgumentException("invalid route-distinguisher " + asn + ":" + number);
        }
        return new RouteDistinguisher(2L << 48 | asn << 16 | number);
    }

    /** The 8 bytes at {@code off} (the caller checked the bounds). */
    public static long read(byte[] b, int off) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = v << 8 | (b[off + k] & 0xFF);
        }
        return v;
    }

    /**
     * Parse ExaBGP's text: {@code a.b.c.d:n} is type 1; {@code x:y} is type 0 when {@code x} fits 2 bytes and
     * {@code y} 4 bytes, else type 2 when {@code x} fits 4 bytes and {@code y} 2 bytes (as ExaBGP decides).
     *
     * @throws IllegalArgumentException {@code invalid route-distinguisher <text>}
     */
    public static RouteDistinguisher parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw invalid(text);
        }
        String admin = text.substring(0, colon);
        long number = digits(text.substring(colon + 1), text);
        if (admin.indexOf('.') >= 0) {
            int address;
            try {
                address = IpAddresses.parseIpv4(admin);
            } catch (IllegalArgumentException e) {
                throw invalid(text);
            }
            if (number > 0xFFFF) {
                throw invalid(text);
            }
            return ipv4(address, (int) number);
        }
        long asn = digits(admin, text);
        if (asn <= 0xFFFF && number <= 0xFFFFFFFFL) {
            return as2((int) asn, number);
        }
        if (asn <= 0xFFFFFFFFL && number <= 0xFFFF) {
            return as4(asn, (int) number);
        }
        throw invalid(text);
    }

    private static long digits(String s, String text) {
        if (s.isEmpty() || s.length() > 10) {
            throw invalid(text);
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid route-distinguisher " + text);
    }

    /** ExaBGP's text of an 8-byte route distinguisher value. */
    public static String format(long value) {
        int type = (int) (value >>> 48);
        return switch (type) {
            case TYPE_AS2 -> ((value >>> 32) & 0xFFFF) + ":" + (value & 0xFFFFFFFFL);
            case TYPE_IPV4 -> IpAddresses.ipv4((int) (value >>> 16)) + ":" + (value & 0xFFFF);
            case TYPE_AS4 -> ((value >>> 16) & 0xFFFFFFFFL) + ":" + (value & 0xFFFF);
            default -> "0x" + String.format("%016X", value);
        };
    }

    /** The type (first 2 bytes). */
    public int type() {
        return (int) (value >>> 48);
    }

    /** The 8 bytes as on the wire. */
    public byte[] toBytes() {
        byte[] b = new byte[8];
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (value >>> (56 - 8 * k));
        }
        return b;
    }

    /** Write the 8 bytes. */
    public void encode(WireWriter out) {
        out.writeLong(value);
    }

    /** ExaBGP's text, e.g. {@code 100:100}. */
    @Override
    public String toString() {
        return format(value);
    }
}
