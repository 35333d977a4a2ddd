package bgp.rib.internal;

import java.util.Arrays;

/**
 * The attribute sets one RIB uses, by local id (1, 2, ...; 0 means none), with a plain count of the references its
 * routes hold. Route tables store these ids in {@code int} arrays: no object reference per route (which would cost
 * a GC write barrier per store and a GC scan per route), and counting a route is an increment, not an atomic
 * operation. The RIB holds one interner reference per set it uses, taken when the set's count leaves 0 and given
 * back when it returns to 0 (the id is then free for another set). Not thread-safe: one per RIB.
 */
final class LocalSets {
    private final Interner interner;
    private AttrSet[] sets = new AttrSet[64];
    private int[] counts = new int[64];
    private int[] freeIds = new int[16];
    private int freeCount;
    private int next = 1;
    private int size;
    /** Identity map set -> id: linear probing over ids, on {@link AttrSet#hash}; 0 is an empty slot. */
    private int[] index = new int[128];

    LocalSets(Interner interner) {
        this.interner = interner;
    }

    /** The set of an id. */
    AttrSet get(int id) {
        return sets[id];
    }

    /** The route references to a set (an upper bound of the routes that use it). */
    int count(int id) {
        return counts[id];
    }

    /** The number of sets in use. */
    int size() {
        return size;
    }

    /**
     * The id of an interned set whose interner reference the caller holds (taken over: given back when this RIB
     * already uses the set), with one route reference counted.
     */
    int adopt(AttrSet s) {
        int[] ix = index;
        int i = find(s);
        if (ix[i] != 0) {
            interner.release(s, 1);
            counts[ix[i]]++;
            return ix[i];
        }
        int id = freeCount > 0 ? freeIds[--freeCount] : next++;
        if (id == sets.length) {
            sets = Arrays.copyOf(sets, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
        }
        sets[id] = s;
        counts[id] = 1;
        ix[i] = id;
        if (++size * 4 > ix.length * 3) {
            reindex(ix.length * 2);
        }
        return id;
    }

    /**
     * The id of this very set (not an equal one) when this RIB uses it, with one more route reference counted, and no
     * interner operation (an atomic one on a set other RIBs' threads count too); 0, and nothing counted, when it
     * does not use it.
     */
    int retainIfUsed(AttrSet s) {
        int id = index[find(s)];
        if (id != 0) {
            counts[id]++;
        }
        return id;
    }

    /** The index slot holding this very set's id, or the empty slot where it would go. */
    private int find(AttrSet s) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = s.hash & mask;
        while (ix[i] != 0 && sets[ix[i]] != s) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** {@code n} more route references to a set in use. */
    void retain(int id, int n) {
        counts[id] += n;
    }

    /** One route reference less; the set leaves this RIB (and maybe the interner) with its last. */
    void release(int id) {
        if (--counts[id] == 0) {
            AttrSet s = sets[id];
            remove(s);
            sets[id] = null;
            if (freeCount == freeIds.length) {
                freeIds = Arrays.copyOf(freeIds, freeCount * 2);
            }
            freeIds[freeCount++] = id;
            size--;
            interner.release(s, 1);
        }
    }

    /** Give every set back (the RIB is emptied). */
    void clear() {
        for (int id = 1; id < next; id++) {
            if (sets[id] != null) {
                interner.release(sets[id], 1);
            }
        }
        sets = new AttrSet[64];
        counts = new int[64];
        freeIds = new int[16];
        freeCount = 0;
        next = 1;
        size = 0;
        index = new int[128];
    }

    private void remove(AttrSet s) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = s.hash & mask;
        while (sets[ix[i]] != s) {
            i = (i + 1) & mask;
        }
        int j = i;
        while (true) { // backward-shift deletion
            j = (j + 1) & mask;
            int id = ix[j];
            if (id == 0) {
                break;
            }
            int k = sets[id].hash & mask;
            if (i <= j ? (k <= i || k > j) : (k <= i && k > j)) {
                ix[i] = id;
                i = j;
            }
        }
        ix[i] = 0;
    }

    private void reindex(int capacity) {
        int[] ix = new int[capacity];
        int mask = capacity - 1;
        for (int id = 1; id < next; id++) {
            AttrSet s = sets[id];
            if (s != null) {
                int i = s.hash & mask;
                while (ix[i] != 0) {
                    i = (i + 1) & mask;
                }
                ix[i] = id;
            }
        }
        index = ix;
    }
}
