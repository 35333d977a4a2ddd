package bgp.codec.srpolicy;

import bgp.codec.WireWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segment list of an SR Policy (RFC 9830 §2.4.4, sub-TLV 128: {@code reserved(1)} then sub-TLVs
 * {@code type(1) length(1) value}): an optional weight (sub-TLV 9: {@code flags(1) reserved(1) weight(4)}) and the
 * segments in order ({@link Segment}). Sub-TLVs of other types than the weight and the segments do not exist in
 * RFC 9830; whatever type is not the weight is read as a segment. Immutable.
 *
 * @param weight 0 to 2^32-1, or -1 for none
 * @param segments the segments in order
 */
public record SegmentList(long weight, List<Segment> segments) {
    public static final int SUB_TLV_WEIGHT = 9;

    public SegmentList {
        if (weight < -1 || weight > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("weight " + weight + " is not within 0..4294967295");
        }
        segments = List.copyOf(segments);
    }

    /**
     * Why the value of a segment list sub-TLV is malformed, or null when it is not: no reserved byte, a truncated or
     * overrunning sub-TLV, a weight whose length is not 6, a segment whose length is not one of its type's.
     */
    public static String malformation(byte[] buf, int off, int len) {
        if (len < 1) {
            return "segment list without its reserved byte";
        }
        int end = off + len;
        for (int p = off + 1; p < end; ) {
            if (end - p < 2) {
                return "truncated segment list sub-TLV header";
            }
            int type = buf[p] & 0xFF;
            int length = buf[p + 1] & 0xFF;
            if (length > end - p - 2) {
                return "segment list sub-TLV " + type + " length " + length + " with " + (end - p - 2)
                        + " bytes left";
            }
            if (type == SUB_TLV_WEIGHT ? length != 6 : !Segment.validLength(type, length)) {
                return (type == SUB_TLV_WEIGHT ? "weight" : "segment type " + type) + " length " + length;
            }
            p += 2 + length;
        }
        return null;
    }

    /** The segment list of a well-formed value ({@link #malformation} null); the last weight wins. */
    public static SegmentList parse(byte[] buf, int off, int len) {
        long weight = -1;
        List<Segment> segments = new ArrayList<>();
        int end = off + len;
        for (int p = off + 1; p + 2 <= end; ) {
            int type = buf[p] & 0xFF;
            int length = Math.min(buf[p + 1] & 0xFF, end - p - 2);
            if (type == SUB_TLV_WEIGHT && length == 6) {
                weight = (long) (buf[p + 4] & 0xFF) << 24 | (buf[p + 5] & 0xFF) << 16 | (buf[p + 6] & 0xFF) << 8
                        | buf[p + 7] & 0xFF;
            } else if (type != SUB_TLV_WEIGHT && Segment.validLength(type, length)) {
                segments.add(Segment.of(type, Arrays.copyOfRange(buf, p + 2, p + 2 + length)));
            }
            p += 2 + length;
        }
        return new SegmentList(weight, segments);
    }

    /** The sub-TLV 128 as ExaBGP writes it: reserved, the weight (flags 0) if any, the segments. */
    public void encode(WireWriter out) {
        int length = 1 + (weight >= 0 ? 8 : 0);
        for (Segment s : segments) {
            length += 2 + s.value().length;
        }
        out.writeByte(SrPolicy.SUB_TLV_SEGMENT_LIST).writeShort(length).writeByte(0);
        if (weight >= 0) {
            out.writeByte(SUB_TLV_WEIGHT).writeByte(6).writeShort(0).writeInt((int) weight);
        }
        for (Segment s : segments) {
            byte[] v = s.value();
            out.writeByte(s.type()).writeByte(v.length).write(v);
        }
    }
}
