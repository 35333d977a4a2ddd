package bgp.config.route;

import bgp.codec.attribute.Attribute;
import java.util.List;

/**
 * Attribute lists with a session's defaults ({@link RouteDefaults#forSession}), by the identity of the list as given
 * and the session kind: routes sharing a list (see {@link TailCache}) share the list with defaults too. Direct-mapped,
 * of fixed size, entries immutable, slots written and read without locks by any thread: a race may lose an entry,
 * never give a wrong one. Route lists are immutable, so a list's identity stands for its content.
 */
final class SessionLists {
    /** The kind of an iBGP session (an eBGP session's kind is its local AS, never negative). */
    static final long INTERNAL = -1;

    private record Entry(List<Attribute> given, long kind, List<Attribute> withDefaults) {
    }

    private final Entry[] slots;
    private final int mask;

    /** @param size slots, a power of two */
    SessionLists(int size) {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        slots = new Entry[size];
        mask = size - 1;
    }

    private int slot(List<Attribute> given, long kind) {
        int h = System.identityHashCode(given) * 31 + Long.hashCode(kind);
        return (h ^ h >>> 16) & mask;
    }

    /** The list made for this very list (not an equal one) and session kind, or null. */
    List<Attribute> get(List<Attribute> given, long kind) {
        Entry e = slots[slot(given, kind)];
        return e != null && e.given == given && e.kind == kind ? e.withDefaults : null;
    }

    void put(List<Attribute> given, long kind, List<Attribute> withDefaults) {
        slots[slot(given, kind)] = new Entry(given, kind, withDefaults);
    }
}
