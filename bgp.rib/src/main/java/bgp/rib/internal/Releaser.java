package bgp.rib.internal;

/**
 * Gives references back to the interner in runs: consecutive releases of one set cost one atomic operation.
 * Call {@link #flush()} when done. Not thread-safe.
 */
final class Releaser {
    private final Interner interner;
    private AttrSet set;
    private int count;

    Releaser(Interner interner) {
        this.interner = interner;
    }

    void add(AttrSet s) {
        if (s == set) {
            count++;
        } else {
            flush();
            set = s;
            count = 1;
        }
    }

    void flush() {
        if (set != null) {
            AttrSet s = set;
            int n = count;
            set = null;
            count = 0;
            interner.release(s, n);
        }
    }
}
