package bgp.codec.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * AS_PATH (RFC 4271 §5.1.2, type 2, well-known mandatory): segments of AS numbers, held in one {@code int[]}
 * (the <em>compact form</em>: for each segment a header {@code type << 16 | count} followed by its {@code count}
 * ASNs, each a 32-bit unsigned number in an {@code int}). The same model serves {@link As4Path}.
 *
 * <p>A segment may hold more than 255 ASNs here; the encoder splits it into several segments of the same type.
 */
public final class AsPath implements Attribute {
    public static final int TYPE = 2;

    /** Unordered set of ASes (RFC 4271). */
    public static final int AS_SET = 1;
    /** Ordered sequence of ASes (RFC 4271). */
    public static final int AS_SEQUENCE = 2;
    /** Ordered sequence of member ASes of a confederation (RFC 5065). */
    public static final int AS_CONFED_SEQUENCE = 3;
    /** Unordered set of member ASes of a confederation (RFC 5065). */
    public static final int AS_CONFED_SET = 4;

    /** The 2-octet AS that stands for a 4-octet one towards an OLD speaker (RFC 6793). */
    public static final long AS_TRANS = 23456;
    /** Most ASNs one segment carries on the wire. */
    public static final int MAX_SEGMENT_LENGTH = 255;

    public static final AsPath EMPTY = new AsPath(new int[0], 0);

    private final int[] data;
    private final int segmentCount;

    private AsPath(int[] data, int segmentCount) {
        this.data = data;
        this.segmentCount = segmentCount;
    }

    /** One segment: its type and ASNs (32-bit unsigned in {@code int}s); the array is copied in and out. */
    public record Segment(int type, int[] asns) {
        public Segment {
            checkType(type);
            if (asns.length == 0) {
                throw new IllegalArgumentException("empty AS path segment");
            }
            asns = asns.clone();
        }

        /** A segment of ASNs given as numbers 0..4294967295. */
        public static Segment of(int type, long... asns) {
            int[] a = new int[asns.length];
            for (int i = 0; i < asns.length; i++) {
                a[i] = checkAsn(asns[i]);
            }
            return new Segment(type, a);
        }

        @Override
        public int[] asns() {
            return asns.clone();
        }

        /** ASN {@code i} as an unsigned number. */
        public long asn(int i) {
            return asns[i] & 0xFFFFFFFFL;
        }

        public int size() {
            return asns.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && s.type == type && Arrays.equals(s.asns, asns);
        }

        @Override
        public int hashCode() {
            return type * 31 + Arrays.hashCode(asns);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            appendSegment(sb, type, asns, 0, asns.length);
            return sb.toString();
        }
    }

    /**
     * A path from its compact form, taken over without a copy (the caller gives the array up).
     *
     * @throws IllegalArgumentException when the array is not a valid compact form
     */
    public static AsPath wrap(int[] compact) {
        int segments = 0;
        int i = 0;
        while (i < compact.length) {
            int header = compact[i];
            checkType(header >>> 16);
            int count = header & 0xFFFF;
            if (count == 0 || count > compact.length - i - 1) {
                throw new IllegalArgumentException("invalid compact AS path at " + i);
            }
            i += count + 1;
            segments++;
        }
        return segments == 0 ? EMPTY : new AsPath(compact, segments);
    }

    /** A path of segments. */
    public static AsPath of(List<Segment> segments) {
        int n = 0;
        for (Segment s : segments) {
            n += (s.asns.length + 0xFFFE) / 0xFFFF + s.asns.length;
        }
        if (n == 0) {
            return EMPTY;
        }
        int[] out = new int[n];
        int p = 0;
        int count = 0;
        for (Segment s : segments) {
            // a segment longer than the header's count field allows is held as several (never in practice)
            for (int from = 0; from < s.asns.length; from += 0xFFFF) {
                int k = Math.min(0xFFFF, s.asns.length - from);
                out[p++] = s.type << 16 | k;
                System.arraycopy(s.asns, from, out, p, k);
                p += k;
                count++;
            }
        }
        return new AsPath(out, count);
    }

    public static AsPath of(Segment... segments) {
        return of(Arrays.asList(segments));
    }

    /** One AS_SEQUENCE (or the empty path when no ASN is given). */
    public static AsPath sequence(long... asns) {
        return asns.length == 0 ? EMPTY : of(Segment.of(AS_SEQUENCE, asns));
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_TRANSITIVE;
    }

    public boolean isEmpty() {
        return segmentCount == 0;
    }

    public int segmentCount() {
        return segmentCount;
    }

    private int headerIndex(int segment) {
        if (segment < 0 || segment >= segmentCount) {
            throw new IndexOutOfBoundsException(segment);
        }
        int i = 0;
        for (int s = 0; s < segment; s++) {
            i += (data[i] & 0xFFFF) + 1;
        }
        return i;
    }

    /** Type of segment {@code segment}. */
    public int segmentType(int segment) {
        return data[headerIndex(segment)] >>> 16;
    }

    /** Number of ASNs in segment {@code segment}. */
    public int segmentSize(int segment) {
        return data[headerIndex(segment)] & 0xFFFF;
    }

    /** ASN {@code index} of segment {@code segment}, unsigned. */
    public long asn(int segment, int index) {
        int h = headerIndex(segment);
        if (index < 0 || index >= (data[h] & 0xFFFF)) {
            throw new IndexOutOfBoundsException(index);
        }
        return data[h + 1 + index] & 0xFFFFFFFFL;
    }

    /** The segments (new objects). */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>(segmentCount);
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            out.add(new Segment(data[i] >>> 16, Arrays.copyOfRange(data, i + 1, i + 1 + count)));
            i += count + 1;
        }
        return out;
    }

    /** A copy of the compact form. */
    public int[] toCompactArray() {
        return data.clone();
    }

    /** Number of ASNs in all segments. */
    public int asnCount() {
        return data.length - segmentCount;
    }

    /**
     * The path length for route selection (RFC 4271 §9.1.2.2, RFC 5065 §5.3): an AS_SET counts 1, an AS_SEQUENCE
     * its ASNs, confederation segments nothing. RFC 6793 §4.2.3 counts the same way.
     */
    public int length() {
        int n = 0;
        for (int i = 0; i < data.length; ) {
            int type = data[i] >>> 16;
            int count = data[i] & 0xFFFF;
            if (type == AS_SEQUENCE) {
                n += count;
            } else if (type == AS_SET) {
                n++;
            }
            i += count + 1;
        }
        return n;
    }

    /** Whether an ASN appears in any segment (loop detection). */
    public boolean contains(long asn) {
        int a = (int) asn;
        if (asn != (a & 0xFFFFFFFFL)) {
            return false;
        }
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            for (int k = i + 1; k <= i + count; k++) {
                if (data[k] == a) {
                    return true;
                }
            }
            i += count + 1;
        }
        return false;
    }

    /** The leftmost ASN when the path starts with an AS_SEQUENCE (the neighbor's AS), else -1. */
    public long firstAsn() {
        return segmentCount > 0 && data[0] >>> 16 == AS_SEQUENCE ? data[1] & 0xFFFFFFFFL : -1;
    }

    /** Whether every ASN fits in 2 octets. */
    public boolean isTwoOctet() {
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            for (int k = i + 1; k <= i + count; k++) {
                if ((data[k] & 0xFFFF0000) != 0) {
                    return false;
                }
            }
            i += count + 1;
        }
        return true;
    }

    /**
     * The path with {@code asn} prepended as a speaker does towards an external peer (RFC 4271 §5.1.2): into the
     * leading AS_SEQUENCE while it holds fewer than 255 ASNs, else in a new AS_SEQUENCE in front.
     */
    public AsPath prepend(long asn) {
        int a = checkAsn(asn);
        if (segmentCount > 0 && data[0] >>> 16 == AS_SEQUENCE && (data[0] & 0xFFFF) < MAX_SEGMENT_LENGTH) {
            int[] out = new int[data.length + 1];
            out[0] = data[0] + 1;
            out[1] = a;
            System.arraycopy(data, 1, out, 2, data.length - 1);
            return new AsPath(out, segmentCount);
        }
        int[] out = new int[data.length + 2];
        out[0] = AS_SEQUENCE << 16 | 1;
        out[1] = a;
        System.arraycopy(data, 0, out, 2, data.length);
        return new AsPath(out, segmentCount + 1);
    }

    /** The path without its confederation segments (RFC 5065 §4.1, before sending outside the confederation). */
    public AsPath withoutConfederations() {
        int keep = 0;
        int segments = 0;
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            if (data[i] >>> 16 <= AS_SEQUENCE) {
                keep += count + 1;
                segments++;
            }
            i += count + 1;
        }
        if (keep == data.length) {
            return this;
        }
        if (keep == 0) {
            return EMPTY;
        }
        int[] out = new int[keep];
        int p = 0;
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            if (data[i] >>> 16 <= AS_SEQUENCE) {
                System.arraycopy(data, i, out, p, count + 1);
                p += count + 1;
            }
            i += count + 1;
        }
        return new AsPath(out, segments);
    }

    private static void checkType(int type) {
        if (type < AS_SET || type > AS_CONFED_SET) {
            throw new IllegalArgumentException("invalid AS path segment type " + type);
        }
    }

    private static int checkAsn(long asn) {
        return Unsigned.checkAsn(asn);
    }

    private static void appendSegment(StringBuilder sb, int type, int[] a, int from, int count) {
        String open = switch (type) {
            case AS_SET -> "{";
            case AS_CONFED_SEQUENCE -> "(";
            case AS_CONFED_SET -> "[";
            default -> "";
        };
        sb.append(open);
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(a[from + k] & 0xFFFFFFFFL);
        }
        sb.append(switch (type) {
            case AS_SET -> "}";
            case AS_CONFED_SEQUENCE -> ")";
            case AS_CONFED_SET -> "]";
            default -> "";
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsPath p && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** E.g. {@code AsPath[65000 65001 {1 2} (64512)]}: sets in braces, confederation sequences in parentheses. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AsPath[");
        for (int i = 0; i < data.length; ) {
            int count = data[i] & 0xFFFF;
            if (i > 0) {
                sb.append(' ');
            }
            appendSegment(sb, data[i] >>> 16, data, i + 1, count);
            i += count + 1;
        }
        return sb.append(']').toString();
    }
}
