package bgp.rib.internal;

import java.util.Arrays;

/**
 * The attribute-set cache shared by every RIB of a factory (as BIRD's attribute cache): one {@link AttrSet} per
 * distinct canonical form, found by hashing the canonical bytes, reference counted, removed when the last route
 * reference goes. Thread-safe: 16 stripes, each an open-addressing table under its own lock; reference counts are
 * atomic, and only ever go from 0 to 1 under the stripe's lock, so that a set being freed cannot be revived by a
 * racing lookup without the stripe noticing.
 *
 * <p>Contract: {@link #intern} and {@link #acquire} give the caller one reference; {@link #retain} adds references
 * to a set the caller holds one of; {@link #release} gives references back.
 */
final class Interner {
    private static final int STRIPES = 16;

    private final Stripe[] stripes = new Stripe[STRIPES];

    Interner() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    private Stripe stripe(int hash) {
        return stripes[hash >>> 28];
    }

    /**
     * The set whose canonical form is {@code buf[off, off+len)} with an MP head of {@code mp} bytes at its end,
     * with one reference for the caller; made (copying the bytes) when there is none.
     */
    AttrSet intern(byte[] buf, int off, int len, int mp, SetCodec codec) {
        int h = AttrSet.hash(buf, off, len, mp);
        Stripe st = stripe(h);
        synchronized (st) {
            st.interns++;
            int i = st.find(h, buf, off, len, mp);
            AttrSet s = st.table[i];
            if (s == null) {
                s = new AttrSet(Arrays.copyOfRange(buf, off, off + len), mp, h, codec);
                s.refs = 1;
                st.add(i, s);
            } else {
                AttrSet.REFS.getAndAdd(s, 1); // 0 -> 1 happens here (or below) only, under the lock
            }
            return s;
        }
    }

    /**
     * One more reference to a set for the caller: the interned instance with the same canonical form, which is
     * {@code s} itself unless {@code s} was built outside the interner (or freed) and an equal one is interned.
     */
    AttrSet acquire(AttrSet s) {
        int r = s.refs;
        while (r > 0) {
            int seen = (int) AttrSet.REFS.compareAndExchange(s, r, r + 1);
            if (seen == r) {
                return s;
            }
            r = seen;
        }
        Stripe st = stripe(s.hash);
        synchronized (st) {
            st.interns++;
            int i = st.find(s.hash, s.bytes, 0, s.bytes.length, s.mp);
            AttrSet found = st.table[i];
            if (found == null) {
                s.refs = 1;
                st.add(i, s);
                return s;
            }
            AttrSet.REFS.getAndAdd(found, 1);
            return found;
        }
    }

    /** {@code n} more references to a set the caller holds a reference to. */
    void retain(AttrSet s, int n) {
        if (n > 0) {
            AttrSet.REFS.getAndAdd(s, n);
        }
    }

    /** Give {@code n} references back; the set leaves the interner with its last one. */
    void release(AttrSet s, int n) {
        if (n <= 0) {
            return;
        }
        int before = (int) AttrSet.REFS.getAndAdd(s, -n);
        if (before < n) {
            AttrSet.REFS.getAndAdd(s, n);
            throw new IllegalStateException("attribute set released more often than acquired");
        }
        if (before == n) {
            Stripe st = stripe(s.hash);
            synchronized (st) {
                if (s.refs == 0) { // not re-acquired meanwhile
                    st.remove(s);
                    s.refs = -1;
                }
            }
        }
    }

    /** The number of interned sets. */
    int size() {
        int n = 0;
        for (Stripe st : stripes) {
            synchronized (st) {
                n += st.size;
            }
        }
        return n;
    }

    /** How many look-ups the interner has served (intern and slow-path acquire): for tests. */
    long lookups() {
        long n = 0;
        for (Stripe st : stripes) {
            synchronized (st) {
                n += st.interns;
            }
        }
        return n;
    }

    /** One stripe: linear probing over a power-of-two table, backward-shift deletion; guarded by itself. */
    private static final class Stripe {
        AttrSet[] table = new AttrSet[64];
        int size;
        long interns;

        /** The slot of the set with this form, or the empty slot where it would go. */
        int find(int h, byte[] buf, int off, int len, int mp) {
            AttrSet[] t = table;
            int mask = t.length - 1;
            int i = h & mask;
            while (true) {
                AttrSet s = t[i];
                if (s == null || s.hash == h && s.sameAs(buf, off, len, mp)) {
                    return i;
                }
                i = (i + 1) & mask;
            }
        }

        void add(int slot, AttrSet s) {
            table[slot] = s;
            if (++size * 2 > table.length) {
                AttrSet[] old = table;
                table = new AttrSet[old.length * 2];
                int mask = table.length - 1;
                for (AttrSet x : old) {
                    if (x != null) {
                        int i = x.hash & mask;
                        while (table[i] != null) {
                            i = (i + 1) & mask;
                        }
                        table[i] = x;
                    }
                }
            }
        }

        void remove(AttrSet s) {
            AttrSet[] t = table;
            int mask = t.length - 1;
            int i = s.hash & mask;
            while (t[i] != s) {
                if (t[i] == null) {
                    return;
                }
                i = (i + 1) & mask;
            }
            int j = i;
            while (true) {
                j = (j + 1) & mask;
                AttrSet x = t[j];
                if (x == null) {
                    break;
                }
                int k = x.hash & mask;
                // x may move to i when its home k is not cyclically in (i, j]
                if (i <= j ? (k <= i || k > j) : (k <= i && k > j)) {
                    t[i] = x;
                    i = j;
                }
            }
            t[i] = null;
            size--;
        }
    }
}
