package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Nlri;
import bgp.rib.RouteVisitor;

/**
 * IPv4 routes (unicast, multicast): the key is the packed prefix ({@link Ipv4Prefixes#pack}, 40 bits) in a
 * {@code long[]} with bit 40 set for a live slot; 0 is an empty slot, bit 41 a tombstone. With the path identifier
 * (0 without add-path) it is hashed. 8 bytes of key per slot.
 */
final class Ipv4Table extends RouteTable {
    private static final long PRESENT = 1L << 40;
    private static final long TOMBSTONE = 1L << 41;

    private long[] keys;

    Ipv4Table(Family family, boolean withSent) {
        super(family, withSent);
        keys = new long[capacity];
    }

    static int hash(long prefix, int pathId) {
        return mix(prefix ^ (pathId & 0xFFFFFFFFL) << 40 ^ (long) pathId >>> 24);
    }

    /** The packed prefix of a slot whose address bits past the prefix's bytes are cleared (the wire form). */
    static long canonical(long prefix) {
        int len = Ipv4Prefixes.length(prefix);
        if (len > 32 || prefix >>> 40 != 0) {
            throw new IllegalArgumentException("invalid IPv4 prefix: " + Long.toHexString(prefix));
        }
        return prefix & WIRE[(len + 7) >>> 3];
    }

    /** Address bits kept by a prefix of 0..4 bytes on the wire, and the length. */
    private static final long[] WIRE = {0xFFL, 0xFF000000FFL, 0xFFFF0000FFL, 0xFFFFFF00FFL, 0xFFFFFFFFFFL};

    /** The slot of a route, or -1. */
    int find(long prefix, int pathId) {
        long k = prefix & WIRE[((int) prefix & 0xFF) + 7 >>> 3] | PRESENT;
        long[] ks = keys;
        int[] p = pathIds;
        int cap = capacity;
        int s = home(hash(k & (PRESENT - 1), pathId), cap);
        while (true) {
            long v = ks[s];
            if (v == k && (p == null ? pathId == 0 : p[s] == pathId)) {
                return s;
            }
            if (v == 0) {
                return -1;
            }
            if (++s == cap) {
                s = 0;
            }
        }
    }

    /** The slot of a route, added (without values) when absent. */
    int insert(long prefix, int pathId) {
        if (pathId != 0) {
            needPathIds();
        }
        ensureRoom();
        prefix &= WIRE[((int) prefix & 0xFF) + 7 >>> 3];
        long k = prefix | PRESENT;
        long[] ks = keys;
        int[] p = pathIds;
        int cap = capacity;
        int s = home(hash(prefix, pathId), cap);
        int tomb = -1;
        while (true) {
            long v = ks[s];
            if (v == k && (p == null ? pathId == 0 : p[s] == pathId)) {
                return s;
            }
            if (v == 0) {
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
        ks[at] = k;
        occupy(at, tomb < 0, pathId);
        return at;
    }

    long prefix(int s) {
        return keys[s] & (PRESENT - 1);
    }

    @Override
    boolean live(int s) {
        return (keys[s] & PRESENT) != 0;
    }

    @Override
    void tombstone(int s) {
        keys[s] = TOMBSTONE;
    }

    @Override
    Object newKeys(int newCapacity) {
        long[] old = keys;
        keys = new long[newCapacity];
        return old;
    }

    @Override
    int moveKey(Object oldKeys, int o, int pathId) {
        long k = ((long[]) oldKeys)[o];
        if ((k & PRESENT) == 0) {
            return -1;
        }
        int cap = capacity;
        int s = home(hash(k & (PRESENT - 1), pathId), cap);
        while (keys[s] != 0) {
            if (++s == cap) {
                s = 0;
            }
        }
        keys[s] = k;
        size++;
        return s;
    }

    /** The packed prefix of an IPv4 {@link IpPrefix}. */
    static long prefixOf(Nlri nlri) {
        if (!(nlri instanceof IpPrefix p) || p.family().afi() != Family.AFI_IPV4) {
            throw new IllegalArgumentException("not an IPv4 prefix: " + nlri + " (" + nlri.family() + ")");
        }
        return canonical(Ipv4Prefixes.pack(p.ipv4Address(), p.length()));
    }

    @Override
    int findNlri(Nlri nlri) {
        return find(prefixOf(nlri), nlri.pathId());
    }

    @Override
    int insertNlri(Nlri nlri) {
        return insert(prefixOf(nlri), nlri.pathId());
    }

    @Override
    int nlriLength(int s, boolean addPath, boolean withdrawal) {
        return (addPath ? 5 : 1) + (((int) keys[s] & 0xFF) + 7 >>> 3);
    }

    @Override
    int writeNlri(int s, byte[] buf, int p, boolean addPath, boolean withdrawal) {
        long k = keys[s];
        if (addPath) {
            int id = pathId(s);
            buf[p] = (byte) (id >>> 24);
            buf[p + 1] = (byte) (id >>> 16);
            buf[p + 2] = (byte) (id >>> 8);
            buf[p + 3] = (byte) id;
            p += 4;
        }
        int len = (int) k & 0xFF;
        buf[p++] = (byte) len;
        int a = (int) (k >>> 8);
        switch ((len + 7) >>> 3) {
            case 4:
                buf[p + 3] = (byte) a;
                // fall through
            case 3:
                buf[p + 2] = (byte) (a >>> 8);
                // fall through
            case 2:
                buf[p + 1] = (byte) (a >>> 16);
                // fall through
            case 1:
                buf[p] = (byte) (a >>> 24);
                // fall through
            default:
                break;
        }
        return p + ((len + 7) >>> 3);
    }

    @Override
    void visit(int s, RouteVisitor visitor, AttrSet attributes) {
        visitor.ipv4(family, prefix(s), pathId(s), attributes);
    }
}
