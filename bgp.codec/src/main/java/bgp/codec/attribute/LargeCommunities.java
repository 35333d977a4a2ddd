package bgp.codec.attribute;

import java.util.Arrays;

/**
 * LARGE_COMMUNITY (RFC 8092, type 32, optional transitive): large communities {@code global:local1:local2}, three
 * unsigned 32-bit numbers each, held as consecutive triples in one {@code int[]}.
 */
public final class LargeCommunities implements Attribute {
    public static final int TYPE = 32;

    private final int[] values;

    private LargeCommunities(int[] values) {
        if (values.length % 3 != 0) {
            throw new IllegalArgumentException("large communities are triples: " + values.length + " numbers");
        }
        this.values = values;
    }

    /** From triples (copied). */
    public static LargeCommunities of(int... triples) {
        return new LargeCommunities(triples.clone());
    }

    /** The triples taken over without a copy (the caller gives the array up). */
    public static LargeCommunities wrap(int[] triples) {
        return new LargeCommunities(triples);
    }

    /**
     * From texts {@code a:b:c} (each 0..4294967295).
     *
     * @throws IllegalArgumentException {@code invalid large community <text>}
     */
    public static LargeCommunities parse(String... texts) {
        int[] v = new int[texts.length * 3];
        for (int i = 0; i < texts.length; i++) {
            parseInto(texts[i], v, i * 3);
        }
        return new LargeCommunities(v);
    }

    private static void parseInto(String text, int[] out, int at) {
        int part = 0;
        long n = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ':' : text.charAt(i);
            if (c == ':') {
                if (digits == 0 || part == 3) {
                    throw invalid(text);
                }
                out[at + part++] = (int) n;
                n = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 10) {
                n = n * 10 + (c - '0');
                digits++;
                if (n > 0xFFFFFFFFL) {
                    throw invalid(text);
                }
            } else {
                throw invalid(text);
            }
        }
        if (part != 3) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid large community " + text);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    /** Number of large communities. */
    public int size() {
        return values.length / 3;
    }

    public long globalAdministrator(int i) {
        return values[3 * i] & 0xFFFFFFFFL;
    }

    public long localData1(int i) {
        return values[3 * i + 1] & 0xFFFFFFFFL;
    }

    public long localData2(int i) {
        return values[3 * i + 2] & 0xFFFFFFFFL;
    }

    /** Large community {@code i} as {@code a:b:c}. */
    public String format(int i) {
        return globalAdministrator(i) + ":" + localData1(i) + ":" + localData2(i);
    }

    /** A copy of the triples. */
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LargeCommunities c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LargeCommunities[");
        for (int i = 0; i < size(); i++) {
            sb.append(i == 0 ? "" : " ").append(format(i));
        }
        return sb.append(']').toString();
    }
}
