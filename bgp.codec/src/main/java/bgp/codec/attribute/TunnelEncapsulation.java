package bgp.codec.attribute;

import bgp.codec.Hex;
import bgp.codec.srpolicy.SrPolicy;
import java.util.Arrays;

/**
 * Tunnel Encapsulation (RFC 9012, type 23, optional transitive): TLVs {@code tunnel type(2) length(2) sub-TLVs},
 * a sub-TLV being {@code type(1) length value} with a 1-byte length below type 128 and a 2-byte one from 128. Held
 * as the TLV bytes as on the wire, so tunnels and sub-TLVs of any type are kept and re-sent unchanged. The SR Policy
 * tunnel (type 15) is read by {@link SrPolicy}.
 */
public final class TunnelEncapsulation implements Attribute {
    public static final int TYPE = 23;

    private final byte[] tlvs;
    /** The start of each tunnel TLV. */
    private final int[] starts;

    private TunnelEncapsulation(byte[] tlvs) {
        this.tlvs = tlvs;
        int n = 0;
        for (int p = 0; p < tlvs.length; p += 4 + u16(tlvs, p + 2)) {
            n++;
        }
        starts = new int[n];
        n = 0;
        for (int p = 0; p < tlvs.length; p += 4 + u16(tlvs, p + 2)) {
            starts[n++] = p;
        }
    }

    /**
     * The TLV bytes taken over without a copy (the caller gives them up).
     *
     * @throws IllegalArgumentException when they are not well-formed ({@link #malformation})
     */
    public static TunnelEncapsulation wrap(byte[] tlvs) {
        String problem = malformation(tlvs, 0, tlvs.length);
        if (problem != null) {
            throw new IllegalArgumentException("malformed TUNNEL_ENCAPSULATION: " + problem);
        }
        return new TunnelEncapsulation(tlvs);
    }

    /**
     * One tunnel TLV.
     *
     * @param tunnelType 0 to 65535
     * @param subTlvs the sub-TLVs as on the wire
     * @throws IllegalArgumentException when the type is out of range or the result is not well-formed
     */
    public static TunnelEncapsulation of(int tunnelType, byte[] subTlvs) {
        if (tunnelType < 0 || tunnelType > 0xFFFF) {
            throw new IllegalArgumentException("tunnel type " + tunnelType + " is not within 0..65535");
        }
        if (subTlvs.length > 0xFFFF - 4) {
            throw new IllegalArgumentException("a tunnel of " + subTlvs.length + " bytes of sub-TLVs");
        }
        byte[] b = new byte[4 + subTlvs.length];
        b[0] = (byte) (tunnelType >>> 8);
        b[1] = (byte) tunnelType;
        b[2] = (byte) (subTlvs.length >>> 8);
        b[3] = (byte) subTlvs.length;
        System.arraycopy(subTlvs, 0, b, 4, subTlvs.length);
        return wrap(b);
    }

    /** An SR Policy tunnel (type 15) alone. */
    public static TunnelEncapsulation srPolicy(SrPolicy policy) {
        return of(SrPolicy.TUNNEL_TYPE, policy.encode());
    }

    /**
     * Why {@code len} bytes from {@code off} are not a well-formed Tunnel Encapsulation value, or null when they
     * are: no TLV, a truncated TLV header, a TLV beyond the value, a truncated or overrunning sub-TLV, and for an SR
     * Policy tunnel what {@link SrPolicy#malformation} finds.
     */
    public static String malformation(byte[] buf, int off, int len) {
        if (len == 0) {
            return "no tunnel TLV";
        }
        int end = off + len;
        for (int p = off; p < end; ) {
            if (end - p < 4) {
                return "truncated tunnel TLV header";
            }
            int type = u16(buf, p);
            int length = u16(buf, p + 2);
            int at = p + 4;
            if (length > end - at) {
                return "tunnel type " + type + " length " + length + " with " + (end - at) + " bytes left";
            }
            String why = type == SrPolicy.TUNNEL_TYPE ? SrPolicy.malformation(buf, at, length)
                    : subTlvFraming(buf, at, length);
            if (why != null) {
                return "tunnel type " + type + ": " + why;
            }
            p = at + length;
        }
        return null;
    }

    private static String subTlvFraming(byte[] buf, int off, int len) {
        int end = off + len;
        for (int p = off; p < end; ) {
            int type = buf[p] & 0xFF;
            int h = SrPolicy.headerLength(type);
            if (end - p < h) {
                return "truncated sub-TLV header";
            }
            int length = h == 2 ? buf[p + 1] & 0xFF : u16(buf, p + 1);
            if (length > end - p - h) {
                return "sub-TLV " + type + " length " + length + " with " + (end - p - h) + " bytes left";
            }
            p += h + length;
        }
        return null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    /** The TLVs as on the wire (a copy). */
    public byte[] tlvs() {
        return tlvs.clone();
    }

    /** Length of the TLVs on the wire. */
    public int length() {
        return tlvs.length;
    }

    /** The number of tunnel TLVs. */
    public int tunnelCount() {
        return starts.length;
    }

    /** The tunnel type of TLV {@code i}. */
    public int tunnelType(int i) {
        return u16(tlvs, starts[i]);
    }

    /** The sub-TLVs of tunnel TLV {@code i} as on the wire (a copy). */
    public byte[] subTlvs(int i) {
        int p = starts[i];
        return Arrays.copyOfRange(tlvs, p + 4, p + 4 + u16(tlvs, p + 2));
    }

    /**
     * The SR Policy of tunnel TLV {@code i}.
     *
     * @throws IllegalArgumentException when the tunnel is not of type 15
     */
    public SrPolicy srPolicy(int i) {
        if (tunnelType(i) != SrPolicy.TUNNEL_TYPE) {
            throw new IllegalArgumentException("tunnel " + i + " is of type " + tunnelType(i) + ", not SR Policy");
        }
        int p = starts[i];
        return SrPolicy.parse(tlvs, p + 4, u16(tlvs, p + 2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TunnelEncapsulation t && Arrays.equals(t.tlvs, tlvs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tlvs);
    }

    @Override
    public String toString() {
        return "TunnelEncapsulation[0x" + Hex.encode(tlvs) + "]";
    }
}
