package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import java.util.List;

/**
 * The attribute sets last built from {@link bgp.rib.Route}s, by the identity of the route's attribute list, its
 * family and next hop: one per {@link RibFactoryComponent}, shared by its Adj-RIB-Outs, so that routes that share an
 * attribute list (a configuration's routes with the same attributes, sent to many peers) are encoded once, not once
 * per route and peer. Direct-mapped by the list's identity hash, of fixed size: a newer entry replaces an older one
 * in its slot. Entries are immutable (the sets they hold are reference-counted values: a set taken from here is
 * {@link Interner#acquire acquired}, which interns it again when it was freed meanwhile); slots are written and read
 * without locks by the peers' threads, which may lose an entry to a race, never read a wrong one.
 */
final class SetCache {
    private record Entry(List<? extends Attribute> attributes, Family family, byte[] nextHop, AttrSet set) {
    }

    private final Entry[] slots;
    private final int mask;

    /** @param size slots, a power of two */
    SetCache(int size) {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        slots = new Entry[size];
        mask = size - 1;
    }

    private int slot(List<? extends Attribute> attributes) {
        int h = System.identityHashCode(attributes);
        return (h ^ h >>> 16) & mask;
    }

    /**
     * The set built for this very attribute list of the route (not an equal one), its family and next hop, or null;
     * the route's next hop is compared without a copy.
     */
    AttrSet get(bgp.rib.Route route) {
        List<? extends Attribute> attributes = route.attributes();
        Entry e = slots[slot(attributes)];
        return e != null && e.attributes == attributes && e.family.equals(route.family()) && route.hasNextHop(e.nextHop)
                ? e.set : null;
    }

    /** Remember the set built for the attribute list (which must not change: routes' lists are immutable). */
    void put(Family family, byte[] nextHop, List<? extends Attribute> attributes, AttrSet set) {
        slots[slot(attributes)] = new Entry(attributes, family, nextHop.clone(), set);
    }
}
