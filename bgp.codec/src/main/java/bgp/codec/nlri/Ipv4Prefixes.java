package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import java.util.Arrays;

/**
 * IPv4 prefixes (unicast or multicast) held as primitives: each prefix is one {@code long},
 * {@code (address & 0xFFFFFFFFL) << 8 | length} ({@link #pack}, {@link #address}, {@link #length}), so that
 * prefixes sort by address then length; path identifiers, when present, in a parallel {@code int[]}.
 */
public final class Ipv4Prefixes implements NlriList {
    public static final Ipv4Prefixes EMPTY = new Ipv4Prefixes(Family.IPV4_UNICAST, new long[0], null, 0);

    private final Family family;
    private final long[] prefixes;
    private final int[] pathIds;
    private final int size;

    private Ipv4Prefixes(Family family, long[] prefixes, int[] pathIds, int size) {
        this.family = family;
        this.prefixes = prefixes;
        this.pathIds = pathIds;
        this.size = size;
    }

    /**
     * The first {@code size} entries of the arrays, taken over without a copy (the caller gives them up).
     * {@code pathIds} may be null.
     */
    public static Ipv4Prefixes wrap(Family family, long[] prefixes, int[] pathIds, int size) {
        if (family.afi() != Family.AFI_IPV4) {
            throw new IllegalArgumentException("not an IPv4 family: " + family);
        }
        if (size < 0 || size > prefixes.length || (pathIds != null && size > pathIds.length)) {
            throw new IllegalArgumentException("size " + size + " exceeds the arrays");
        }
        for (int i = 0; i < size; i++) {
            if (length(prefixes[i]) > 32 || prefixes[i] >>> 40 != 0) {
                throw new IllegalArgumentException("invalid packed IPv4 prefix " + Long.toHexString(prefixes[i]));
            }
        }
        return new Ipv4Prefixes(family, prefixes, pathIds, size);
    }

    /** Copies of the arrays ({@code pathIds} may be null). */
    public static Ipv4Prefixes of(Family family, long[] prefixes, int[] pathIds) {
        return wrap(family, prefixes.clone(), pathIds == null ? null : pathIds.clone(), prefixes.length);
    }

    /** IPv4 unicast prefixes without path identifiers. */
    public static Ipv4Prefixes unicast(long... prefixes) {
        return of(Family.IPV4_UNICAST, prefixes, null);
    }

    /** Pack an address and length into one long. */
    public static long pack(int address, int length) {
        return (address & 0xFFFFFFFFL) << 8 | length;
    }

    /** The address of a packed prefix. */
    public static int address(long prefix) {
        return (int) (prefix >>> 8);
    }

    /** The length of a packed prefix. */
    public static int length(long prefix) {
        return (int) (prefix & 0xFF);
    }

    /** The packed prefix of entry {@code i}. */
    public long prefix(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return prefixes[i];
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int pathId(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return pathIds == null ? 0 : pathIds[i];
    }

    @Override
    public boolean hasPathIds() {
        return pathIds != null;
    }

    @Override
    public Nlri get(int i) {
        long p = prefix(i);
        int a = address(p);
        return new IpPrefix(family, new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a},
                length(p), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        return (addPath ? 5 : 1) + ((length(prefix(i)) + 7) >>> 3);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        long p = prefix(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        int len = length(p);
        int a = address(p);
        out.writeByte(len);
        int bytes = (len + 7) >>> 3;
        for (int k = 0; k < bytes; k++) {
            out.writeByte(a >>> (24 - 8 * k));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (size == 0 && o instanceof NlriList l && l.isEmpty() && l.family().equals(family)) {
            return true; // every empty list of a family is equal (as EmptyNlri)
        }
        if (!(o instanceof Ipv4Prefixes p) || !p.family.equals(family) || p.size != size
                || p.hasPathIds() != hasPathIds()) {
            return false;
        }
        return Arrays.equals(prefixes, 0, size, p.prefixes, 0, size)
                && (pathIds == null || Arrays.equals(pathIds, 0, size, p.pathIds, 0, size));
    }

    @Override
    public int hashCode() {
        int h = family.hashCode();
        for (int i = 0; i < size; i++) {
            h = h * 31 + Long.hashCode(prefixes[i]) + (pathIds == null ? 0 : pathIds[i] * 17);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(family.toString()).append(" [");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : " ").append(get(i));
            if (pathIds != null) {
                sb.append(" path ").append(Integer.toUnsignedString(pathIds[i]));
            }
        }
        return sb.append(']').toString();
    }
}
