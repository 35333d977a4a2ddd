package bgp.codec.attribute;

import java.util.Arrays;

/**
 * EXTENDED_COMMUNITIES (RFC 4360, type 16, optional transitive): 8-byte extended communities in the order
 * received, each a {@code long} (the 8 bytes big-endian). Typed views and ExaBGP's text: {@link ExtendedCommunity}.
 */
public final class ExtendedCommunities implements Attribute {
    public static final int TYPE = 16;

    private final long[] values;

    private ExtendedCommunities(long[] values) {
        this.values = values;
    }

    /** From values (copied). */
    public static ExtendedCommunities of(long... values) {
        return new ExtendedCommunities(values.clone());
    }

    /** The array taken over without a copy (the caller gives it up). */
    public static ExtendedCommunities wrap(long[] values) {
        return new ExtendedCommunities(values);
    }

    /** From ExaBGP's configuration texts, see {@link ExtendedCommunity#parse(String)}. */
    public static ExtendedCommunities parse(String... texts) {
        long[] v = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            v[i] = ExtendedCommunity.parse(texts[i]);
        }
        return new ExtendedCommunities(v);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    public int size() {
        return values.length;
    }

    public long get(int i) {
        return values[i];
    }

    public long[] toArray() {
        return values.clone();
    }

    public boolean contains(long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedCommunities c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** E.g. {@code ExtendedCommunities[target:65000:1 rate-limit:0]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ExtendedCommunities[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : " ").append(ExtendedCommunity.format(values[i]));
        }
        return sb.append(']').toString();
    }
}
