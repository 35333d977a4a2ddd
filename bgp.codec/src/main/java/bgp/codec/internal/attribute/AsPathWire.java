package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;

/**
 * The AS path segment format shared by AS_PATH and AS4_PATH (RFC 4271 §4.3, RFC 6793): segments
 * {@code type(1) count(1) asn(2 or 4)*count}, decoded straight into {@link AsPath}'s compact form.
 */
final class AsPathWire {
    private AsPathWire() {
    }

    /**
     * Decode; a malformation (truncated header, segment type not 1..4, empty segment, segment beyond the value, AS
     * number 0 per RFC 7607) is reported by {@code codec} with {@code subcode}.
     */
    static AsPath decode(byte[] buf, int off, int len, boolean fourOctet, BaseAttributeCodec codec, int subcode)
            throws BgpDecodeException {
        if (len == 0) {
            return AsPath.EMPTY;
        }
        int shift = fourOctet ? 2 : 1;
        int end = off + len;
        int ints = 0;
        int p = off;
        while (p < end) {
            if (end - p < 2) {
                throw codec.malformed(subcode, "truncated segment header");
            }
            int type = buf[p];
            int count = buf[p + 1] & 0xFF;
            if (type < AsPath.AS_SET || type > AsPath.AS_CONFED_SET) {
                throw codec.malformed(subcode, "segment type " + (type & 0xFF));
            }
            if (count == 0) {
                throw codec.malformed(subcode, "empty segment");
            }
            p += 2;
            if (end - p < count << shift) {
                throw codec.malformed(subcode, "segment of " + count + " ASNs overruns the attribute");
            }
            p += count << shift;
            ints += count + 1;
        }
        int[] data = new int[ints];
        int zero = 0;
        int i = 0;
        p = off;
        while (p < end) {
            int count = buf[p + 1] & 0xFF;
            data[i++] = buf[p] << 16 | count;
            p += 2;
            if (fourOctet) {
                for (int k = 0; k < count; k++, p += 4) {
                    int asn = BaseAttributeCodec.getInt(buf, p);
                    data[i++] = asn;
                    zero |= asn == 0 ? 1 : 0;
                }
            } else {
                for (int k = 0; k < count; k++, p += 2) {
                    int asn = BaseAttributeCodec.getShort(buf, p);
                    data[i++] = asn;
                    zero |= asn == 0 ? 1 : 0;
                }
            }
        }
        if (zero != 0) {
            throw codec.malformed(subcode, "AS number 0 (RFC 7607)");
        }
        return AsPath.wrap(data);
    }

    /** Encode; ASNs above 65535 become AS_TRANS in 2-octet form; segments longer than 255 ASNs are split. */
    static void encode(AsPath path, boolean fourOctet, WireWriter out) {
        int[] data = path.toCompactArray();
        for (int i = 0; i < data.length; ) {
            int type = data[i] >>> 16;
            int count = data[i] & 0xFFFF;
            int from = i + 1;
            i = from + count;
            while (from < i) {
                int n = Math.min(AsPath.MAX_SEGMENT_LENGTH, i - from);
                out.writeByte(type).writeByte(n);
                for (int k = from; k < from + n; k++) {
                    int asn = data[k];
                    if (fourOctet) {
                        out.writeInt(asn);
                    } else {
                        out.writeShort((asn & 0xFFFF0000) != 0 ? (int) AsPath.AS_TRANS : asn);
                    }
                }
                from += n;
            }
        }
    }
}
