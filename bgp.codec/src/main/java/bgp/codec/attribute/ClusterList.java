package bgp.codec.attribute;

import bgp.codec.IpAddresses;
import java.util.Arrays;

/** CLUSTER_LIST (RFC 4456 §8, type 10, optional non-transitive): the cluster ids the route went through. */
public final class ClusterList implements Attribute {
    public static final int TYPE = 10;

    private final int[] ids;

    private ClusterList(int[] ids) {
        this.ids = ids;
    }

    /** From cluster ids (copied). */
    public static ClusterList of(int... ids) {
        return new ClusterList(ids.clone());
    }

    /** The array taken over without a copy (the caller gives it up). */
    public static ClusterList wrap(int[] ids) {
        return new ClusterList(ids);
    }

    /** From dotted quads. */
    public static ClusterList parse(String... texts) {
        int[] v = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            v[i] = IpAddresses.parseIpv4(texts[i]);
        }
        return new ClusterList(v);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }

    public int size() {
        return ids.length;
    }

    public int get(int i) {
        return ids[i];
    }

    public int[] toArray() {
        return ids.clone();
    }

    public boolean contains(int id) {
        for (int v : ids) {
            if (v == id) {
                return true;
            }
        }
        return false;
    }

    /** The list with {@code id} prepended, as a route reflector does (RFC 4456 §8). */
    public ClusterList prepend(int id) {
        int[] out = new int[ids.length + 1];
        out[0] = id;
        System.arraycopy(ids, 0, out, 1, ids.length);
        return new ClusterList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterList c && Arrays.equals(c.ids, ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClusterList[");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i == 0 ? "" : " ").append(IpAddresses.ipv4(ids[i]));
        }
        return sb.append(']').toString();
    }
}
