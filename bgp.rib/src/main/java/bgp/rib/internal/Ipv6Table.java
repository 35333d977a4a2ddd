package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.Nlri;
import bgp.rib.RouteVisitor;

/**
 * IPv6 routes (unicast, multicast): the key is the address as two longs side by side in one array (high, low; bytes
 * past the prefix's {@code ceil(length/8)} cleared, as {@link Ipv6Prefixes} keeps them) and the length, stored plus
 * one in a byte (0: an empty slot, 0xFF: a tombstone). 17 bytes of key per slot.
 */
final class Ipv6Table extends RouteTable {
    private static final byte EMPTY = 0;
    private static final byte TOMBSTONE = (byte) 0xFF;

    private long[] words;
    private byte[] lengths;

    Ipv6Table(Family family, boolean withSent) {
        super(family, withSent);
        newKeys(capacity);
    }

    static int hash(long high, long low, int length, int pathId) {
        return mix(high * 31 + Long.rotateLeft(low, 17) + ((long) pathId << 8 | length));
    }

    /** Check a length and clear the address bytes the wire form does not carry. */
    static void check(int length) {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("invalid IPv6 prefix length " + length);
        }
    }

    int find(long hi, long lo, int length, int pathId) {
        int bytes = (length + 7) >>> 3;
        hi &= Ipv6Prefixes.highMask(bytes);
        lo &= Ipv6Prefixes.lowMask(bytes);
        byte l = (byte) (length + 1);
        int[] p = pathIds;
        int cap = capacity;
        int s = home(hash(hi, lo, length, pathId), cap);
        while (true) {
            byte v = lengths[s];
            if (v == l && words[2 * s] == hi && words[2 * s + 1] == lo && (p == null ? pathId == 0 : p[s] == pathId)) {
                return s;
            }
            if (v == EMPTY) {
                return -1;
            }
            if (++s == cap) {
                s = 0;
            }
        }
    }

    int insert(long hi, long lo, int length, int pathId) {
        check(length);
        if (pathId != 0) {
            needPathIds();
        }
        ensureRoom();
        int bytes = (length + 7) >>> 3;
        hi &= Ipv6Prefixes.highMask(bytes);
        lo &= Ipv6Prefixes.lowMask(bytes);
        byte l = (byte) (length + 1);
        int[] p = pathIds;
        int cap = capacity;
        int s = home(hash(hi, lo, length, pathId), cap);
        int tomb = -1;
        while (true) {
            byte v = lengths[s];
            if (v == l && words[2 * s] == hi && words[2 * s + 1] == lo && (p == null ? pathId == 0 : p[s] == pathId)) {
                return s;
            }
            if (v == EMPTY) {
                break;
            }
            if (v == TOMBSTONE && tomb < 0) {
                tomb = s;
            }
            if (++s == cap) {
                s = 0;
            }
        }
        int at = tomb >= 0 ? tomb : s;
        words[2 * at] = hi;
        words[2 * at + 1] = lo;
        lengths[at] = l;
        occupy(at, tomb < 0, pathId);
        return at;
    }

    long high(int s) {
        return words[2 * s];
    }

    long low(int s) {
        return words[2 * s + 1];
    }

    int length(int s) {
        return (lengths[s] & 0xFF) - 1;
    }

    @Override
    boolean live(int s) {
        byte v = lengths[s];
        return v != EMPTY && v != TOMBSTONE;
    }

    @Override
    void tombstone(int s) {
        lengths[s] = TOMBSTONE;
    }

    @Override
    Object newKeys(int newCapacity) {
        Object[] old = {words, lengths};
        words = new long[2 * newCapacity];
        lengths = new byte[newCapacity];
        return old;
    }

    @Override
    int moveKey(Object oldKeys, int o, int pathId) {
        Object[] old = (Object[]) oldKeys;
        byte l = ((byte[]) old[1])[o];
        if (l == EMPTY || l == TOMBSTONE) {
            return -1;
        }
        long hi = ((long[]) old[0])[2 * o];
        long lo = ((long[]) old[0])[2 * o + 1];
        int cap = capacity;
        int s = home(hash(hi, lo, (l & 0xFF) - 1, pathId), cap);
        while (lengths[s] != EMPTY) {
            if (++s == cap) {
                s = 0;
            }
        }
        words[2 * s] = hi;
        words[2 * s + 1] = lo;
        lengths[s] = l;
        size++;
        return s;
    }

    private static IpPrefix prefixOf(Nlri nlri) {
        if (!(nlri instanceof IpPrefix p) || p.family().afi() != Family.AFI_IPV6) {
            throw new IllegalArgumentException("not an IPv6 prefix: " + nlri + " (" + nlri.family() + ")");
        }
        return p;
    }

    private static long word(byte[] a, int from) {
        long w = 0;
        for (int k = 0; k < 8; k++) {
            w = w << 8 | (a[from + k] & 0xFF);
        }
        return w;
    }

    @Override
    int findNlri(Nlri nlri) {
        IpPrefix p = prefixOf(nlri);
        byte[] a = p.address();
        return find(word(a, 0), word(a, 8), p.length(), p.pathId());
    }

    @Override
    int insertNlri(Nlri nlri) {
        IpPrefix p = prefixOf(nlri);
        byte[] a = p.address();
        return insert(word(a, 0), word(a, 8), p.length(), p.pathId());
    }

    @Override
    int nlriLength(int s, boolean addPath, boolean withdrawal) {
        return (addPath ? 5 : 1) + ((lengths[s] & 0xFF) + 6 >>> 3);
    }

    @Override
    int writeNlri(int s, byte[] buf, int p, boolean addPath, boolean withdrawal) {
        if (addPath) {
            int id = pathId(s);
            buf[p] = (byte) (id >>> 24);
            buf[p + 1] = (byte) (id >>> 16);
            buf[p + 2] = (byte) (id >>> 8);
            buf[p + 3] = (byte) id;
            p += 4;
        }
        int len = (lengths[s] & 0xFF) - 1;
        buf[p++] = (byte) len;
        int bytes = (len + 7) >>> 3;
        long w = words[2 * s];
        for (int k = 0; k < bytes; k++) {
            if (k == 8) {
                w = words[2 * s + 1];
            }
            buf[p++] = (byte) (w >>> (56 - 8 * (k & 7)));
        }
        return p;
    }

    @Override
    void visit(int s, RouteVisitor visitor, AttrSet attributes) {
        visitor.ipv6(family, words[2 * s], words[2 * s + 1], length(s), pathId(s), attributes);
    }
}
