package bgp.codec.attribute;

import java.util.Arrays;

/**
 * COMMUNITIES (RFC 1997, type 8, optional transitive): 32-bit communities in the order received, held in one
 * {@code int[]}. Text forms and well-known values: {@link Community}.
 */
public final class Communities implements Attribute {
    public static final int TYPE = 8;

    private final int[] values;

    private Communities(int[] values) {
        this.values = values;
    }

    /** From communities (copied). */
    public static Communities of(int... communities) {
        return new Communities(communities.clone());
    }

    /** The array taken over without a copy (the caller gives it up). */
    public static Communities wrap(int[] communities) {
        return new Communities(communities);
    }

    /** From texts, see {@link Community#parse(String)}. */
    public static Communities parse(String... texts) {
        int[] v = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            v[i] = Community.parse(texts[i]);
        }
        return new Communities(v);
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

    /** Community {@code i}. */
    public int get(int i) {
        return values[i];
    }

    /** A copy of the communities. */
    public int[] toArray() {
        return values.clone();
    }

    public boolean contains(int community) {
        for (int v : values) {
            if (v == community) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Communities c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** E.g. {@code Communities[65000:1 no-export]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Communities[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : " ").append(Community.format(values[i]));
        }
        return sb.append(']').toString();
    }
}
