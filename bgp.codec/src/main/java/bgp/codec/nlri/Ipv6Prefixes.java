package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import java.util.Arrays;

/**
 * IPv6 prefixes (unicast or multicast) held as primitives: the 128 address bits of entry {@code i} are two longs,
 * {@code words[2i]} (high 64 bits, {@link #high}) and {@code words[2i+1]} (low 64 bits, {@link #low}), interleaved in
 * one array so that an entry is one cache line away; lengths in a {@code byte[]}; path identifiers, when present, in a
 * parallel {@code int[]}. Address bytes that the wire form does not carry (past {@code ceil(length/8)}) are always
 * zero, so two lists are equal exactly when their wire forms are; bits inside the last carried byte ("host bits")
 * are kept as received.
 */
public final class Ipv6Prefixes implements NlriList {
    private static final long[] NO_WORDS = new long[0];
    private static final byte[] NO_LENGTHS = new byte[0];

    private final Family family;
    private final long[] words;
    private final byte[] lengths;
    private final int[] pathIds;
    private final int size;

    private Ipv6Prefixes(Family family, long[] words, byte[] lengths, int[] pathIds, int size) {
        this.family = family;
        this.words = words;
        this.lengths = lengths;
        this.pathIds = pathIds;
        this.size = size;
    }

    /** No prefixes of an IPv6 family. */
    public static Ipv6Prefixes empty(Family family) {
        checkFamily(family);
        return new Ipv6Prefixes(family, NO_WORDS, NO_LENGTHS, null, 0);
    }

    /**
     * The first {@code size} entries of the arrays, taken over without a copy (the caller gives them up):
     * {@code words} holds {@code 2*size} longs (high, low, high, low, ...), {@code lengths} the prefix lengths
     * (0..128, as unsigned bytes), {@code pathIds} (may be null) the path identifiers. Address bits in bytes that the
     * wire form does not carry are cleared in place.
     *
     * @throws IllegalArgumentException on a family that is not IPv6, a length over 128, arrays too short
     */
    public static Ipv6Prefixes wrap(Family family, long[] words, byte[] lengths, int[] pathIds, int size) {
        checkFamily(family);
        if (size < 0 || size > lengths.length || 2L * size > words.length
                || (pathIds != null && size > pathIds.length)) {
            throw new IllegalArgumentException("size " + size + " exceeds the arrays");
        }
        for (int i = 0; i < size; i++) {
            int len = lengths[i] & 0xFF;
            if (len > 128) {
                throw new IllegalArgumentException("invalid IPv6 prefix length " + len);
            }
            int bytes = (len + 7) >>> 3;
            words[2 * i] &= highMask(bytes);
            words[2 * i + 1] &= lowMask(bytes);
        }
        return new Ipv6Prefixes(family, words, lengths, pathIds, size);
    }

    /** Copies of the arrays ({@code pathIds} may be null); see {@link #wrap}. */
    public static Ipv6Prefixes of(Family family, long[] words, byte[] lengths, int[] pathIds) {
        return wrap(family, words.clone(), lengths.clone(), pathIds == null ? null : pathIds.clone(), lengths.length);
    }

    /** IPv6 unicast prefixes parsed from text ({@code 2001:db8::/32}), without path identifiers. */
    public static Ipv6Prefixes unicast(String... prefixes) {
        Builder b = builder(Family.IPV6_UNICAST);
        for (String p : prefixes) {
            b.add(IpPrefix.parse(p, 0));
        }
        return b.build();
    }

    /** A builder of a list of the family. */
    public static Builder builder(Family family) {
        return new Builder(family);
    }

    /** Mask of the high word that keeps the first {@code bytes} (0..16) bytes of an address. */
    public static long highMask(int bytes) {
        int n = Math.min(bytes, 8);
        return ~((-1L >>> (4 * n)) >>> (4 * n));
    }

    /** Mask of the low word that keeps the first {@code bytes} (0..16) bytes of an address. */
    public static long lowMask(int bytes) {
        int n = Math.max(bytes - 8, 0);
        return ~((-1L >>> (4 * n)) >>> (4 * n));
    }

    private static void checkFamily(Family family) {
        if (family.afi() != Family.AFI_IPV6) {
            throw new IllegalArgumentException("not an IPv6 family: " + family);
        }
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /** The high 64 bits of the address of entry {@code i}. */
    public long high(int i) {
        check(i);
        return words[2 * i];
    }

    /** The low 64 bits of the address of entry {@code i}. */
    public long low(int i) {
        check(i);
        return words[2 * i + 1];
    }

    /** The prefix length of entry {@code i} (0..128). */
    public int length(int i) {
        check(i);
        return lengths[i] & 0xFF;
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
        check(i);
        return pathIds == null ? 0 : pathIds[i];
    }

    @Override
    public boolean hasPathIds() {
        return pathIds != null;
    }

    /** The 16 address bytes of entry {@code i}. */
    public byte[] address(int i) {
        check(i);
        byte[] a = new byte[16];
        long hi = words[2 * i];
        long lo = words[2 * i + 1];
        for (int k = 0; k < 8; k++) {
            a[k] = (byte) (hi >>> (56 - 8 * k));
            a[k + 8] = (byte) (lo >>> (56 - 8 * k));
        }
        return a;
    }

    @Override
    public IpPrefix get(int i) {
        return new IpPrefix(family, address(i), length(i), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        return (addPath ? 5 : 1) + ((length(i) + 7) >>> 3);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        check(i);
        if (addPath) {
            out.writeInt(pathIds == null ? 0 : pathIds[i]);
        }
        int len = lengths[i] & 0xFF;
        out.writeByte(len);
        int bytes = (len + 7) >>> 3;
        long hi = words[2 * i];
        long lo = words[2 * i + 1];
        if (bytes >= 8) {
            out.writeLong(hi);
            for (int k = 0; k < bytes - 8; k++) {
                out.writeByte((int) (lo >>> (56 - 8 * k)));
            }
        } else {
            for (int k = 0; k < bytes; k++) {
                out.writeByte((int) (hi >>> (56 - 8 * k)));
            }
        }
    }

    /** Equal to another list of the same family with the same entries and path identifiers (any empty list of the family when empty). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (size == 0) {
            return o instanceof NlriList l && l.isEmpty() && l.family().equals(family);
        }
        if (!(o instanceof Ipv6Prefixes p) || !p.family.equals(family) || p.size != size
                || p.hasPathIds() != hasPathIds()) {
            return false;
        }
        return Arrays.equals(words, 0, 2 * size, p.words, 0, 2 * size)
                && Arrays.equals(lengths, 0, size, p.lengths, 0, size)
                && (pathIds == null || Arrays.equals(pathIds, 0, size, p.pathIds, 0, size));
    }

    @Override
    public int hashCode() {
        int h = family.hashCode();
        for (int i = 0; i < size; i++) {
            h = h * 31 + Long.hashCode(words[2 * i] * 31 + words[2 * i + 1]) + lengths[i]
                    + (pathIds == null ? 0 : pathIds[i] * 17);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(family.toString()).append(" [");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : " ").append(IpAddresses.ipv6(address(i), 0)).append('/').append(length(i));
            if (pathIds != null) {
                sb.append(" path ").append(Integer.toUnsignedString(pathIds[i]));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Collects prefixes for encoding. The list carries path identifiers when {@link #withPathIds()} was called or any
     * entry was added with a non-zero one (entries added without one then have 0).
     */
    public static final class Builder {
        private final Family family;
        private long[] words = new long[16];
        private byte[] lengths = new byte[8];
        private int[] pathIds;
        private boolean withPathIds;
        private int size;

        private Builder(Family family) {
            checkFamily(family);
            this.family = family;
        }

        /** Make the list carry path identifiers even when they are all 0. */
        public Builder withPathIds() {
            withPathIds = true;
            return this;
        }

        /** Add a prefix from its high and low 64 bits and its length (0..128). */
        public Builder add(long high, long low, int length) {
            return add(high, low, length, 0);
        }

        /** Add a prefix with its path identifier. */
        public Builder add(long high, long low, int length, int pathId) {
            if (length < 0 || length > 128) {
                throw new IllegalArgumentException("invalid IPv6 prefix length " + length);
            }
            if (size == lengths.length) {
                lengths = Arrays.copyOf(lengths, size * 2);
                words = Arrays.copyOf(words, size * 4);
                if (pathIds != null) {
                    pathIds = Arrays.copyOf(pathIds, size * 2);
                }
            }
            if (pathId != 0 && pathIds == null) {
                pathIds = new int[lengths.length];
            }
            int bytes = (length + 7) >>> 3;
            words[2 * size] = high & highMask(bytes);
            words[2 * size + 1] = low & lowMask(bytes);
            lengths[size] = (byte) length;
            if (pathIds != null) {
                pathIds[size] = pathId;
            }
            size++;
            return this;
        }

        /** Add a prefix with its path identifier (any IPv6 family: only the address, length and path id count). */
        public Builder add(IpPrefix prefix) {
            if (prefix.family().afi() != Family.AFI_IPV6) {
                throw new IllegalArgumentException("not an IPv6 prefix: " + prefix);
            }
            byte[] a = prefix.address();
            long hi = 0;
            long lo = 0;
            for (int k = 0; k < 8; k++) {
                hi = hi << 8 | (a[k] & 0xFF);
                lo = lo << 8 | (a[k + 8] & 0xFF);
            }
            return add(hi, lo, prefix.length(), prefix.pathId());
        }

        /** The list; the builder may go on being used (later entries do not change it). */
        public Ipv6Prefixes build() {
            int[] ids = pathIds != null ? Arrays.copyOf(pathIds, size) : withPathIds ? new int[size] : null;
            return new Ipv6Prefixes(family, Arrays.copyOf(words, 2 * size), Arrays.copyOf(lengths, size), ids, size);
        }
    }
}
