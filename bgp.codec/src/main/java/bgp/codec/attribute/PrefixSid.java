package bgp.codec.attribute;

import bgp.codec.Hex;
import java.util.Arrays;

/**
 * BGP Prefix-SID (RFC 8669, type 40, optional transitive): TLVs {@code type(1) length(2, header excluded) value}.
 * Held as the TLV bytes as on the wire, so TLVs of other types are kept and re-sent unchanged. Known TLVs:
 * <ul>
 * <li>1, Label-Index (RFC 8669 §3.1): reserved(1) flags(2) label index(4), length 7;</li>
 * <li>3, Originator SRGB (RFC 8669 §3.2): flags(2) then SRGBs of base(3) range(3);</li>
 * <li>5 and 6, SRv6 L3 and L2 Service (RFC 9252 §2): reserved(1) then sub-TLVs {@code type(1) length(2) value};
 * sub-TLV 1 is the SRv6 SID Information: reserved(1) SID(16) flags(1) endpoint behavior(2) reserved(1) then
 * sub-sub-TLVs, of which 1 is the SID Structure (6 one-byte lengths: locator block, locator node, function,
 * argument, transposition length, transposition offset).</li>
 * </ul>
 */
public final class PrefixSid implements Attribute {
    public static final int TYPE = 40;
    public static final int TLV_LABEL_INDEX = 1;
    public static final int TLV_ORIGINATOR_SRGB = 3;
    public static final int TLV_SRV6_L3_SERVICE = 5;
    public static final int TLV_SRV6_L2_SERVICE = 6;
    /** Sub-TLV of the SRv6 service TLVs, and sub-sub-TLV of it. */
    public static final int SUB_TLV_SID_INFORMATION = 1;
    public static final int SUB_SUB_TLV_SID_STRUCTURE = 1;

    private final byte[] tlvs;

    private PrefixSid(byte[] tlvs) {
        this.tlvs = tlvs;
    }

    /**
     * A Label-Index TLV, followed by an Originator SRGB TLV when {@code srgbs} is not empty.
     *
     * @param labelIndex 0 to 2^32-1
     * @param srgbs pairs base, range (each 0 to 2^24-1), flattened
     * @throws IllegalArgumentException when a value is out of range or {@code srgbs} has an odd length
     */
    public static PrefixSid labelIndex(long labelIndex, int... srgbs) {
        if (labelIndex < 0 || labelIndex > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("label index " + labelIndex + " is not within 0..4294967295");
        }
        if (srgbs.length % 2 != 0) {
            throw new IllegalArgumentException("SRGBs come as base, range pairs");
        }
        int srgbLength = srgbs.length == 0 ? 0 : 3 + 2 + 3 * srgbs.length;
        byte[] b = new byte[10 + srgbLength];
        b[0] = TLV_LABEL_INDEX;
        b[2] = 7;
        putInt(b, 6, (int) labelIndex);
        if (srgbs.length > 0) {
            int length = 2 + 3 * srgbs.length;
            b[10] = TLV_ORIGINATOR_SRGB;
            b[11] = (byte) (length >>> 8);
            b[12] = (byte) length;
            for (int i = 0; i < srgbs.length; i++) {
                if (srgbs[i] < 0 || srgbs[i] > 0xFFFFFF) {
                    throw new IllegalArgumentException("SRGB " + (i % 2 == 0 ? "base " : "range ") + srgbs[i]
                            + " is not within 0..16777215");
                }
                int at = 15 + 3 * i;
                b[at] = (byte) (srgbs[i] >>> 16);
                b[at + 1] = (byte) (srgbs[i] >>> 8);
                b[at + 2] = (byte) srgbs[i];
            }
        }
        return new PrefixSid(b);
    }

    /**
     * One SRv6 service TLV with one SID Information sub-TLV, flags 0.
     *
     * @param tlvType {@link #TLV_SRV6_L3_SERVICE} or {@link #TLV_SRV6_L2_SERVICE}
     * @param sid the 16-byte SID
     * @param behavior the endpoint behavior, 0 to 65535
     * @param structure null, or the six SID structure lengths (0 to 255 each)
     * @throws IllegalArgumentException when a value is out of range
     */
    public static PrefixSid srv6Service(int tlvType, byte[] sid, int behavior, int[] structure) {
        if (tlvType != TLV_SRV6_L3_SERVICE && tlvType != TLV_SRV6_L2_SERVICE) {
            throw new IllegalArgumentException("SRv6 service TLV type " + tlvType + " is not 5 or 6");
        }
        if (sid.length != 16) {
            throw new IllegalArgumentException("an SRv6 SID is 16 bytes, not " + sid.length);
        }
        if (behavior < 0 || behavior > 0xFFFF) {
            throw new IllegalArgumentException("endpoint behavior " + behavior + " is not within 0..65535");
        }
        if (structure != null && structure.length != 6) {
            throw new IllegalArgumentException("an SID structure has 6 lengths, not " + structure.length);
        }
        int infoLength = 21 + (structure == null ? 0 : 9);
        int tlvLength = 1 + 3 + infoLength;
        byte[] b = new byte[3 + tlvLength];
        b[0] = (byte) tlvType;
        b[1] = (byte) (tlvLength >>> 8);
        b[2] = (byte) tlvLength;
        b[4] = SUB_TLV_SID_INFORMATION;
        b[5] = (byte) (infoLength >>> 8);
        b[6] = (byte) infoLength;
        System.arraycopy(sid, 0, b, 8, 16);
        b[25] = (byte) (behavior >>> 8);
        b[26] = (byte) behavior;
        if (structure != null) {
            b[28] = SUB_SUB_TLV_SID_STRUCTURE;
            b[30] = 6;
            for (int i = 0; i < 6; i++) {
                if (structure[i] < 0 || structure[i] > 0xFF) {
                    throw new IllegalArgumentException("SID structure length " + structure[i]
                            + " is not within 0..255");
                }
                b[31 + i] = (byte) structure[i];
            }
        }
        return new PrefixSid(b);
    }

    /**
     * The TLV bytes taken over without a copy (the caller gives them up).
     *
     * @throws IllegalArgumentException when they are not well-formed ({@link #malformation})
     */
    public static PrefixSid wrap(byte[] tlvs) {
        String problem = malformation(tlvs, 0, tlvs.length);
        if (problem != null) {
            throw new IllegalArgumentException("malformed BGP Prefix-SID: " + problem);
        }
        return new PrefixSid(tlvs);
    }

    /**
     * Why {@code len} bytes from {@code off} are not a well-formed Prefix-SID value, or null when they are: no TLV,
     * a truncated TLV header, a TLV beyond the value, a Label-Index TLV whose length is not 7, an Originator SRGB
     * TLV whose length is not 2 plus a non-zero multiple of 6, an SRv6 service TLV without its reserved byte or
     * whose sub-TLVs (or the sub-sub-TLVs of an SID Information) overrun it, an SID Information shorter than 21,
     * an SID Structure whose length is not 6.
     */
    public static String malformation(byte[] buf, int off, int len) {
        if (len == 0) {
            return "no TLV";
        }
        int end = off + len;
        for (int p = off; p < end; ) {
            if (end - p < 3) {
                return "truncated TLV header";
            }
            int type = buf[p] & 0xFF;
            int length = u16(buf, p + 1);
            int at = p + 3;
            if (length > end - at) {
                return "TLV " + type + " length " + length + " with " + (end - at) + " bytes left";
            }
            switch (type) {
                case TLV_LABEL_INDEX -> {
                    if (length != 7) {
                        return "Label-Index TLV length " + length + " (expected 7)";
                    }
                }
                case TLV_ORIGINATOR_SRGB -> {
                    if (length < 8 || (length - 2) % 6 != 0) {
                        return "Originator SRGB TLV length " + length + " (expected 2 + a multiple of 6)";
                    }
                }
                case TLV_SRV6_L3_SERVICE, TLV_SRV6_L2_SERVICE -> {
                    String problem = service(buf, at, length);
                    if (problem != null) {
                        return "SRv6 service TLV " + type + ": " + problem;
                    }
                }
                default -> {
                }
            }
            p = at + length;
        }
        return null;
    }

    private static String service(byte[] buf, int off, int len) {
        if (len < 1) {
            return "no reserved byte";
        }
        int end = off + len;
        for (int p = off + 1; p < end; ) {
            if (end - p < 3) {
                return "truncated sub-TLV header";
            }
            int type = buf[p] & 0xFF;
            int length = u16(buf, p + 1);
            int at = p + 3;
            if (length > end - at) {
                return "sub-TLV " + type + " length " + length + " with " + (end - at) + " bytes left";
            }
            if (type == SUB_TLV_SID_INFORMATION) {
                if (length < 21) {
                    return "SID Information length " + length + " (expected at least 21)";
                }
                int subEnd = at + length;
                for (int q = at + 21; q < subEnd; ) {
                    if (subEnd - q < 3) {
                        return "truncated sub-sub-TLV header";
                    }
                    int t = buf[q] & 0xFF;
                    int l = u16(buf, q + 1);
                    if (l > subEnd - q - 3) {
                        return "sub-sub-TLV " + t + " length " + l + " with " + (subEnd - q - 3) + " bytes left";
                    }
                    if (t == SUB_SUB_TLV_SID_STRUCTURE && l != 6) {
                        return "SID Structure length " + l + " (expected 6)";
                    }
                    q += 3 + l;
                }
            }
            p = at + length;
        }
        return null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof PrefixSid s && Arrays.equals(s.tlvs, tlvs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tlvs);
    }

    @Override
    public String toString() {
        return "PrefixSid[0x" + Hex.encode(tlvs) + "]";
    }
}
