package bgp.codec.bgpls;

import bgp.codec.Hex;
import bgp.codec.attribute.Attribute;
import java.util.Arrays;

/**
 * The BGP-LS attribute (RFC 9552 §5.3, type 29, optional non-transitive): TLVs {@code type(2) length(2) value}
 * describing a node, link or prefix, kept as on the wire.
 */
public final class LinkState implements Attribute {
    public static final int TYPE = 29;

    private final byte[] tlvs;

    private LinkState(byte[] tlvs) {
        this.tlvs = tlvs;
    }

    /**
     * The TLV bytes taken over without a copy (the caller gives them up).
     *
     * @throws IllegalArgumentException when they are not whole TLVs ({@link #malformation})
     */
    public static LinkState wrap(byte[] tlvs) {
        String problem = malformation(tlvs, 0, tlvs.length);
        if (problem != null) {
            throw new IllegalArgumentException("malformed BGP-LS attribute: " + problem);
        }
        return new LinkState(tlvs);
    }

    /** Why {@code len} bytes from {@code off} are not whole TLVs, or null when they are. */
    public static String malformation(byte[] buf, int off, int len) {
        int end = off + len;
        for (int p = off; p < end; ) {
            if (end - p < 4) {
                return "truncated TLV header";
            }
            int t = (buf[p] & 0xFF) << 8 | buf[p + 1] & 0xFF;
            int l = (buf[p + 2] & 0xFF) << 8 | buf[p + 3] & 0xFF;
            if (l > end - p - 4) {
                return "TLV " + t + " of " + l + " bytes with " + (end - p - 4) + " left";
            }
            p += 4 + l;
        }
        return null;
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }

    /** The TLVs as on the wire (a copy). */
    public byte[] tlvs() {
        return tlvs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkState s && Arrays.equals(s.tlvs, tlvs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tlvs);
    }

    @Override
    public String toString() {
        return "LinkState[0x" + Hex.encode(tlvs) + "]";
    }
}
