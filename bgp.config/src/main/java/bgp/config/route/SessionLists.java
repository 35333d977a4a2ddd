package bgp.config.route;

import bgp.codec.attribute.Attribute;
import java.util.List;

/**
 * Attribute lists with a session's defaults ({@link RouteDefaults#forSession}), by the identity of the list as given
 * and the session kind: routes sharing a list (see {@link TailCache}) share the list with defaults too. Two-way
 * set-associative as {@link TailCache}, of fixed size, entries immutable, slots written and read without locks by any thread: a race may lose an entry,
 * never give a wrong one. Route lists are immutable, so a list's identity stands for its content.
 */
final class SessionLists {
    /** The kind of an iBGP session (an eBGP session's kind is its local AS, never negative). */
    static final long INTERNAL = -1;

    private record Entry(List<Attribute> given, long kind, List<Attribute> withDefaults) {
    }

    private final Entry[] slots;
    private final int mask;

    /** @param size slots, a power of two, at least 2 */
    SessionLists(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two, at least 2: " + size);
        }
        slots = new Entry[size];
        mask = size - 1;
    }

    /** The first slot of the set (the second follows it). */
    private int set(List<Attribute> given, long kind) {
        int h = System.identityHashCode(given) * 31 + Long.hashCode(kind);
        return (h ^ h >>> 16) & mask & ~1;
    }

    /** The list made for this very list (not an equal one) and session kind, or null. */
    List<Attribute> get(List<Attribute> given, long kind) {
        int set = set(given, kind);
        for (int i = set; i <= set + 1; i++) {
            Entry e = slots[i];
            if (e != null && e.given == given && e.kind == kind) {
                return e.withDefaults;
            }
        }
        return null;
    }

    /** Remember a list with defaults: first in its set, the first one there second, the second one dropped. */
    void put(List<Attribute> given, long kind, List<Attribute> withDefaults) {
        int set = set(given, kind);
        slots[set + 1] = slots[set];
        slots[set] = new Entry(given, kind, withDefaults);
    }
}
