package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.NextHop;
import bgp.codec.nlri.EmptyNlri;
import bgp.rib.AttributeSet;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An attribute set in canonical form, one array: the path attributes sorted by type code and encoded with 4-octet
 * AS numbers, then, for sets that travel in MP_REACH_NLRI, the head of that attribute's value (AFI 2, SAFI 1,
 * next-hop length 1, next hop, reserved 1), {@link #mp} bytes long. Equality and hash are on those bytes and
 * {@link #mp}.
 *
 * <p>Reference counted by the {@link Interner} ({@link #refs}: the number of route references, -1 when the set is
 * not in the interner: built but not used yet, or freed). About 40 bytes plus the array.
 */
final class AttrSet implements AttributeSet {
    static final VarHandle REFS;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    static {
        try {
            REFS = MethodHandles.lookup().findVarHandle(AttrSet.class, "refs", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Canonical attributes, then the MP_REACH_NLRI head ({@link #mp} bytes). */
    final byte[] bytes;
    /** Length of the MP_REACH_NLRI head at the end of {@link #bytes}; 0 for a set of the UPDATE body. */
    final int mp;
    final int hash;
    final SetCodec codec;
    /** Route references; -1 while not interned. Accessed through {@link #REFS} and under the interner's locks. */
    volatile int refs = -1;
    /** The attributes encoded for a 2-octet-AS session, made on first use. */
    private volatile byte[] twoOctet;

    AttrSet(byte[] bytes, int mp, int hash, SetCodec codec) {
        this.bytes = bytes;
        this.mp = mp;
        this.hash = hash;
        this.codec = codec;
    }

    /** The hash of a canonical form held in {@code b[off, off+len)} with an MP head of {@code mp} bytes. */
    static int hash(byte[] b, int off, int len, int mp) {
        long h = 0x9E3779B97F4A7C15L ^ len ^ (long) mp << 32;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (; i < end; i++) {
            tail = tail << 8 | (b[i] & 0xFF);
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (int) h;
    }

    /** Whether this set's canonical form is {@code b[off, off+len)} with an MP head of {@code mp} bytes. */
    boolean sameAs(byte[] b, int off, int len, int mp) {
        return this.mp == mp && Arrays.equals(bytes, 0, bytes.length, b, off, off + len);
    }

    /** Length of the canonical attributes (without the MP head). */
    int attributesLength() {
        return bytes.length - mp;
    }

    /** The attributes encoded for a 2-octet-AS session (AS_TRANS and AS4_PATH where needed). */
    byte[] twoOctet() {
        byte[] t = twoOctet;
        if (t == null) {
            t = codec.twoOctet(bytes, 0, attributesLength());
            twoOctet = t;
        }
        return t;
    }

    @Override
    public Optional<Family> mpFamily() {
        if (mp == 0) {
            return Optional.empty();
        }
        int h = bytes.length - mp;
        return Optional.of(new Family((bytes[h] & 0xFF) << 8 | bytes[h + 1] & 0xFF, bytes[h + 2] & 0xFF));
    }

    /** The MP family's AFI and SAFI as {@code afi << 8 | safi}, or -1 for a body set. */
    int mpKey() {
        if (mp == 0) {
            return -1;
        }
        int h = bytes.length - mp;
        return ((bytes[h] & 0xFF) << 8 | bytes[h + 1] & 0xFF) << 8 | bytes[h + 2] & 0xFF;
    }

    @Override
    public byte[] nextHop() {
        if (mp > 0) {
            int h = bytes.length - mp;
            int n = bytes[h + 3] & 0xFF;
            return Arrays.copyOfRange(bytes, h + 4, h + 4 + n);
        }
        int p = 0;
        int end = attributesLength();
        while (p < end) {
            int flags = bytes[p] & 0xFF;
            int type = bytes[p + 1] & 0xFF;
            boolean ext = (flags & Attribute.FLAG_EXTENDED_LENGTH) != 0;
            int len = ext ? (bytes[p + 2] & 0xFF) << 8 | bytes[p + 3] & 0xFF : bytes[p + 2] & 0xFF;
            int v = p + (ext ? 4 : 3);
            if (type == NextHop.TYPE) {
                return Arrays.copyOfRange(bytes, v, v + len);
            }
            p = v + len;
        }
        return new byte[0];
    }

    @Override
    public List<String> nextHopAddresses() {
        byte[] nh = nextHop();
        Family f = mpFamily().orElse(Family.IPV4_UNICAST);
        return List.of(MpReach.of(f, nh, EmptyNlri.of(f)).nextHopAddresses());
    }

    @Override
    public List<Attribute> attributes() {
        return codec.decode(bytes, 0, attributesLength());
    }

    @Override
    public byte[] encoded() {
        return Arrays.copyOf(bytes, attributesLength());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AttrSet s && s.hash == hash && s.sameAs(bytes, 0, bytes.length, mp);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "AttributeSet[" + mpFamily().map(f -> "mp " + f + " next-hop " + String.join(" ", nextHopAddresses())
                + " ").orElse("") + attributes() + "]";
    }
}
