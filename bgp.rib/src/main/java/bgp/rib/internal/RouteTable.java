package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.nlri.Nlri;
import bgp.rib.RouteVisitor;
import java.util.Arrays;

/**
 * The routes of one family: an open-addressing hash table (linear probing, tombstones, any capacity: a hash is
 * mapped onto the capacity by multiplication, so the table grows by half when it is three quarters full and its load
 * stays between 1/2 and 3/4, and a rehash moves keys in order). Subclasses hold the keys in primitive arrays; this
 * class holds the values in parallel arrays, so a route costs its key, one or two {@code int}s and one bit:
 * <ul>
 *   <li>{@link #ids}: the route's attribute set as a {@link LocalSets} id (Adj-RIB-In), or for an Adj-RIB-Out the
 *       desired set (0 once withdrawn), the set the peer was sent last and the route's change number (the order
 *       of changes, kept through rehashes), side by side ({@link #set}, {@link #sent}, {@link #seq});
 *   <li>{@link #flags}: one bit per slot, stale (Adj-RIB-In) or forced to be sent again (Adj-RIB-Out); bits of
 *       empty slots mean nothing, and a new key clears its bit;
 *   <li>{@link #pathIds}: RFC 7911 path identifiers, allocated with the first one that is not 0.
 * </ul>
 * Slot numbers stay valid until the table is rehashed ({@link #generation} counts rehashes). Not thread-safe.
 */
abstract class RouteTable {
    static final int MIN_CAPACITY = 16;

    final Family family;
    private final boolean withSent;
    int capacity;
    /** Live keys. */
    int size;
    /** Live keys and tombstones. */
    int used;
    int threshold;
    int generation;
    /** Live slots whose flag is set. */
    int flagged;
    /** Set ids: one per slot, or three (desired, sent, change number) for an Adj-RIB-Out. */
    int[] ids;
    private final int stride;
    long[] flags;
    int[] pathIds;
    /**
     * After a rehash of a table with {@code sent} (an Adj-RIB-Out's): the new slot of each old slot (-1: none), so
     * that lists of slots can be carried over in order; the table's user drops it when done.
     */
    int[] moved;

    RouteTable(Family family, boolean withSent) {
        this.family = family;
        this.withSent = withSent;
        this.stride = withSent ? 3 : 1;
        capacity = MIN_CAPACITY;
        threshold = capacity * 3 / 4;
        ids = new int[capacity * stride];
    }

    /** The set id of a slot (the desired one in an Adj-RIB-Out); 0: none. */
    final int set(int s) {
        return ids[s * stride];
    }

    final void set(int s, int id) {
        ids[s * stride] = id;
    }

    /** The set id the peer was sent last (Adj-RIB-Out); 0: none. */
    final int sent(int s) {
        return ids[3 * s + 1];
    }

    final void sent(int s, int id) {
        ids[3 * s + 1] = id;
    }

    /** The change number of a slot (Adj-RIB-Out): when its desired set last changed, in its RIB's order. */
    final int seq(int s) {
        return ids[3 * s + 2];
    }

    final void seq(int s, int n) {
        ids[3 * s + 2] = n;
    }

    /** The slot of a hash in a table of {@code cap} slots. */
    static int home(int hash, int cap) {
        return (int) (((hash & 0xFFFFFFFFL) * cap) >>> 32);
    }

    /** A 32-bit hash of 64 bits with all bits mixed (the high bits matter: see {@link #home}). */
    static int mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        x ^= x >>> 32;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x >>> 32);
    }

    final boolean flag(int s) {
        return flags != null && (flags[s >>> 6] & 1L << s) != 0;
    }

    final void setFlag(int s) {
        if (flags == null) {
            flags = new long[(capacity + 63) >>> 6];
        }
        flags[s >>> 6] |= 1L << s;
    }

    final void clearFlag(int s) {
        if (flags != null) {
            flags[s >>> 6] &= ~(1L << s);
        }
    }

    /** Set every flag (of live slots: {@link #flagged} becomes {@link #size}). */
    final void flagAll() {
        if (flags == null) {
            flags = new long[(capacity + 63) >>> 6];
        }
        Arrays.fill(flags, -1L);
        flagged = size;
    }

    /** Clear the flag of a live slot, keeping {@link #flagged}. */
    final void unflag(int s) {
        if (flag(s)) {
            clearFlag(s);
            flagged--;
        }
    }

    final int pathId(int s) {
        return pathIds == null ? 0 : pathIds[s];
    }

    /** Make room for path identifiers. */
    final void needPathIds() {
        if (pathIds == null) {
            pathIds = new int[capacity];
        }
    }

    /**
     * Before probing for a new key: rehash when one more would pass the load threshold (tombstones count), or when
     * the table has become eight times too large (its routes were withdrawn): to twice the live keys either way.
     */
    final void ensureRoom() {
        if (used >= threshold || capacity > 4 * MIN_CAPACITY && size < capacity >>> 3) {
            rehash(Math.max(MIN_CAPACITY, (int) Math.min(Integer.MAX_VALUE - 16, (size + 1L) * 2)));
        }
    }

    /** Set up a new key in slot {@code s} (found empty or a tombstone). */
    final void occupy(int s, boolean wasEmpty, int pathId) {
        if (pathIds != null) {
            pathIds[s] = pathId;
        }
        clearFlag(s);
        size++;
        if (wasEmpty) {
            used++;
        }
    }

    /** Remove the route in a live slot: its key becomes a tombstone, its values are cleared. */
    final void remove(int s) {
        tombstone(s);
        ids[s * stride] = 0;
        if (withSent) {
            ids[3 * s + 1] = 0;
            ids[3 * s + 2] = 0;
        }
        unflag(s);
        size--;
    }

    /** Drop every route (the caller has released their sets). */
    final void reset() {
        capacity = MIN_CAPACITY;
        threshold = capacity * 3 / 4;
        size = 0;
        used = 0;
        flagged = 0;
        ids = new int[capacity * stride];
        flags = null;
        pathIds = null;
        newKeys(capacity);
        moved = null;
        generation++;
    }

    private void rehash(int newCapacity) {
        int[] oIds = ids;
        long[] oFlags = flags;
        int[] oPath = pathIds;
        int oCap = capacity;
        Object oldKeys = newKeys(newCapacity);
        capacity = newCapacity;
        threshold = (int) (newCapacity * 3L / 4);
        ids = new int[newCapacity * stride];
        flags = oFlags == null ? null : new long[(newCapacity + 63) >>> 6];
        pathIds = oPath == null ? null : new int[newCapacity];
        int live = size;
        size = 0; // counted again by moveKey
        int[] map = null;
        if (withSent) {
            map = new int[oCap];
            Arrays.fill(map, -1);
        }
        for (int o = 0; o < oCap; o++) {
            int n = moveKey(oldKeys, o, oPath == null ? 0 : oPath[o]);
            if (n < 0) {
                continue;
            }
            if (map != null) {
                map[o] = n;
            }
            if (stride == 1) {
                ids[n] = oIds[o];
            } else {
                ids[3 * n] = oIds[3 * o];
                ids[3 * n + 1] = oIds[3 * o + 1];
                ids[3 * n + 2] = oIds[3 * o + 2];
            }
            if (oFlags != null && (oFlags[o >>> 6] & 1L << o) != 0) {
                flags[n >>> 6] |= 1L << n;
            }
            if (pathIds != null) {
                pathIds[n] = oPath[o];
            }
        }
        if (size != live) {
            throw new IllegalStateException("rehash moved " + size + " of " + live + " routes");
        }
        used = size;
        moved = map;
        generation++;
    }

    /** Replace the key arrays by empty ones of a capacity; return the old ones (for {@link #moveKey}). */
    abstract Object newKeys(int newCapacity);

    /**
     * Put the key of slot {@code o} of the old key arrays into the new ones (which have no tombstones and room);
     * return its new slot, or -1 when old slot {@code o} is not live.
     */
    abstract int moveKey(Object oldKeys, int o, int pathId);

    abstract boolean live(int s);

    /** Make the key of a live slot a tombstone. */
    abstract void tombstone(int s);

    /** Find or add the key of an NLRI object of this family; -1 from {@code find} when absent. */
    abstract int findNlri(Nlri nlri);

    abstract int insertNlri(Nlri nlri);

    /** Bytes the NLRI of slot {@code s} takes in an UPDATE (in a withdrawal when {@code withdrawal}). */
    abstract int nlriLength(int s, boolean addPath, boolean withdrawal);

    /** Write the NLRI of slot {@code s} at {@code buf[p]}; return the position after it. */
    abstract int writeNlri(int s, byte[] buf, int p, boolean addPath, boolean withdrawal);

    /** Give the route of slot {@code s} to a visitor with a set. */
    abstract void visit(int s, RouteVisitor visitor, AttrSet attributes);
}
