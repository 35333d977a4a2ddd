package bgp.codec.attribute;

import bgp.codec.Hex;
import java.util.Arrays;

/**
 * AIGP (RFC 7311, type 26, optional non-transitive): TLVs {@code type(1) length(2, header included) value}, of
 * which type 1 is the accumulated IGP metric (8 bytes, unsigned). Held as the TLV bytes as on the wire, so TLVs of
 * other types are kept and re-sent unchanged; {@link #metric()} reads the first AIGP TLV.
 */
public final class Aigp implements Attribute {
    public static final int TYPE = 26;
    /** TLV type of the accumulated IGP metric. */
    public static final int TLV_AIGP = 1;
    /** Length of the AIGP TLV, header included. */
    public static final int TLV_AIGP_LENGTH = 11;

    private final byte[] tlvs;
    private final int metricOffset;

    private Aigp(byte[] tlvs, int metricOffset) {
        this.tlvs = tlvs;
        this.metricOffset = metricOffset;
    }

    /** An attribute with one AIGP TLV carrying {@code metric} (unsigned 64-bit). */
    public static Aigp of(long metric) {
        byte[] b = new byte[TLV_AIGP_LENGTH];
        b[0] = TLV_AIGP;
        b[2] = TLV_AIGP_LENGTH;
        for (int i = 0; i < 8; i++) {
            b[3 + i] = (byte) (metric >>> (56 - 8 * i));
        }
        return new Aigp(b, 3);
    }

    /**
     * The TLV bytes taken over without a copy (the caller gives them up).
     *
     * @throws IllegalArgumentException when they are not well-formed ({@link #malformation})
     */
    public static Aigp wrap(byte[] tlvs) {
        String problem = malformation(tlvs, 0, tlvs.length);
        if (problem != null) {
            throw new IllegalArgumentException("malformed AIGP: " + problem);
        }
        return new Aigp(tlvs, metricOffset(tlvs, 0, tlvs.length));
    }

    /**
     * Why {@code len} bytes from {@code off} are not a well-formed AIGP value, or null when they are: no TLV at all,
     * a truncated TLV header, a TLV length below 3 or beyond the value, an AIGP TLV whose length is not 11.
     */
    public static String malformation(byte[] buf, int off, int len) {
        if (len == 0) {
            return "no TLV";
        }
        int p = off;
        int end = off + len;
        while (p < end) {
            if (end - p < 3) {
                return "truncated TLV header";
            }
            int type = buf[p] & 0xFF;
            int tlvLength = (buf[p + 1] & 0xFF) << 8 | buf[p + 2] & 0xFF;
            if (tlvLength < 3 || tlvLength > end - p) {
                return "TLV length " + tlvLength + " with " + (end - p) + " bytes left";
            }
            if (type == TLV_AIGP && tlvLength != TLV_AIGP_LENGTH) {
                return "AIGP TLV length " + tlvLength + " (expected 11)";
            }
            p += tlvLength;
        }
        return null;
    }

    /** Offset of the first AIGP TLV's 8-byte value in well-formed TLVs, or -1. */
    private static int metricOffset(byte[] buf, int off, int len) {
        int p = off;
        int end = off + len;
        while (p < end) {
            if ((buf[p] & 0xFF) == TLV_AIGP) {
                return p + 3 - off;
            }
            p += (buf[p + 1] & 0xFF) << 8 | buf[p + 2] & 0xFF;
        }
        return -1;
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }

    /** Whether an AIGP TLV is present. */
    public boolean hasMetric() {
        return metricOffset >= 0;
    }

    /**
     * The accumulated IGP metric of the first AIGP TLV, unsigned 64-bit ({@link Long#toUnsignedString(long)}).
     *
     * @throws IllegalStateException when there is none
     */
    public long metric() {
        if (metricOffset < 0) {
            throw new IllegalStateException("no AIGP TLV");
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | tlvs[metricOffset + i] & 0xFF;
        }
        return v;
    }

    /** The TLVs as on the wire (a copy). */
    public byte[] tlvs() {
        return tlvs.clone();
    }

    /** Length of the TLVs on the wire. */
    public int length() {
        return tlvs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aigp a && Arrays.equals(a.tlvs, tlvs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tlvs);
    }

    @Override
    public String toString() {
        return hasMetric() && tlvs.length == TLV_AIGP_LENGTH ? "Aigp[" + Long.toUnsignedString(metric()) + "]"
                : "Aigp[0x" + Hex.encode(tlvs) + "]";
    }
}
