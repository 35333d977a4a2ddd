package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.attribute.Med;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache of route tails gives a tail only for exactly the words it was read from. */
class TailCacheTest {
    private static final SimpleRouteText.Tail NINE = new SimpleRouteText.Tail(new byte[] {1, 2, 3, 4}, false,
            List.of(new Med(9)));
    private static final SimpleRouteText.Tail EIGHT = new SimpleRouteText.Tail(null, true, List.of(new Med(8)));

    @Test
    void aTailIsGivenForEqualWordsOnlyAndANewerOneTakesItsSlot() {
        TailCache cache = new TailCache(2); // one set of two: every tail goes there
        List<String> nine = List.of("route", "10.0.0.0/24", "next-hop", "1.2.3.4", "med", "9");
        List<String> nineAgain = List.of("route", "10.0.1.0/24", "next-hop", "1.2.3.4", "med", new String("9"));
        List<String> eight = List.of("route", "10.0.0.0/24", "next-hop", "self", "med", "8");
        assertNull(cache.get(nine, 2, TailCache.hash(nine, 2)));
        cache.put(nine, 2, TailCache.hash(nine, 2), NINE);
        assertEquals(TailCache.hash(nine, 2), TailCache.hash(nineAgain, 2));
        assertSame(NINE, cache.get(nineAgain, 2, TailCache.hash(nineAgain, 2)));
        assertNull(cache.get(eight, 2, TailCache.hash(eight, 2)));
        // the same hash but other words (or fewer): no tail
        assertNull(cache.get(eight, 2, TailCache.hash(nine, 2)));
        assertNull(cache.get(nine.subList(0, 5), 2, TailCache.hash(nine, 2)));
        cache.put(eight, 2, TailCache.hash(eight, 2), EIGHT);
        assertSame(EIGHT, cache.get(eight, 2, TailCache.hash(eight, 2)));
        assertSame(NINE, cache.get(nine, 2, TailCache.hash(nine, 2))); // both held
        // a third takes the set's first slot: the oldest goes
        List<String> seven = List.of("route", "10.0.0.0/24", "med", "7");
        cache.put(seven, 2, TailCache.hash(seven, 2), NINE);
        assertSame(NINE, cache.get(seven, 2, TailCache.hash(seven, 2)));
        assertSame(EIGHT, cache.get(eight, 2, TailCache.hash(eight, 2)));
        assertNull(cache.get(nine, 2, TailCache.hash(nine, 2)));
    }

    @Test
    void anEmptyTailIsATailToo() {
        TailCache cache = new TailCache(16);
        List<String> bare = List.of("route", "10.0.0.0/24");
        cache.put(bare, 2, TailCache.hash(bare, 2), NINE);
        assertSame(NINE, cache.get(List.of("route", "10.1.0.0/16"), 2, TailCache.hash(bare, 2)));
        assertNull(cache.get(List.of("route", "10.1.0.0/16", "med", "9"), 2, TailCache.hash(bare, 2)));
    }

    @Test
    void aTailByTextIsGivenForTheSameTextOnlyNeverForWords() {
        TailCache cache = new TailCache(2);
        String line = "route 10.0.0.0/24 next-hop 1.2.3.4 med 9";
        int at = "route 10.0.0.0/24 ".length();
        cache.put(line, at, TailCache.hash(line, at), NINE);
        String other = "route 10.0.99.0/24 next-hop 1.2.3.4 med 9";
        int otherAt = "route 10.0.99.0/24 ".length();
        assertEquals(TailCache.hash(line, at), TailCache.hash(other, otherAt));
        assertSame(NINE, cache.get(other, otherAt, TailCache.hash(other, otherAt)));
        assertNull(cache.get(other, otherAt - 1, TailCache.hash(other, otherAt - 1)));
        assertNull(cache.get(line + "0", at, TailCache.hash(line, at)));
        List<String> words = List.of("route", "10.0.0.0/24", "next-hop", "1.2.3.4", "med", "9");
        assertNull(cache.get(words, 2, TailCache.hash(line, at)));
        assertNull(cache.get(words, 2, TailCache.hash(words, 2)));
    }

    @Test
    void theSizeIsAPowerOfTwo() {
        assertEquals("size must be a power of two, at least 2: 3",
                assertThrows(IllegalArgumentException.class, () -> new TailCache(3)).getMessage());
        assertEquals("size must be a power of two, at least 2: 1",
                assertThrows(IllegalArgumentException.class, () -> new TailCache(1)).getMessage());
    }
}
