package bgp.config.route;

import java.util.List;

/**
 * The tails of {@code route} commands read last ({@link SimpleRouteText}): the words after the prefix (or their text),
 * and what they say (next hop and attributes). A program announcing many prefixes mostly repeats a few tails; a repeated tail is
 * not read again, and its routes share one attribute list, which the RIB then encodes once (it caches sets by the
 * list's identity) and the session defaults are added to once ({@link RouteDefaults#forSession}).
 *
 * <p>Two-way set-associative by the words' hash, of fixed size: a new tail takes the first slot of its set, the one
 * there moves to the second, and the older one there is dropped (direct mapping let two tails of one slot, used in
 * turn, replace each other at every command: 5% of a benchmark's lines were read again). Entries are
 * immutable and slots are written and read without locks by any thread; a race may lose an entry, never give a
 * wrong one (an entry is only taken when its words equal the asked ones).
 */
final class TailCache {
    /** The key: the words (String[]) or the text (String) of the tail. */
    private record Entry(Object key, int hash, SimpleRouteText.Tail tail) {
    }

    private final Entry[] slots;
    private final int mask;

    /** @param size slots, a power of two, at least 2 */
    TailCache(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two, at least 2: " + size);
        }
        slots = new Entry[size];
        mask = size - 1;
    }

    /** The hash of {@code words} from index {@code from} on. */
    static int hash(List<String> words, int from) {
        int h = 1;
        for (int i = from, n = words.size(); i < n; i++) {
            h = 31 * h + words.get(i).hashCode();
        }
        return h;
    }

    /** The first slot of the hash's set (the second follows it). */
    private int set(int hash) {
        return (hash ^ hash >>> 16) & mask & ~1;
    }

    /** Put an entry first in its set, the first one there second. */
    private void add(int set, Entry e) {
        slots[set + 1] = slots[set];
        slots[set] = e;
    }

    /** The tail cached for exactly these words (from index {@code from} on, of this {@link #hash}), or null. */
    SimpleRouteText.Tail get(List<String> words, int from, int hash) {
        int set = set(hash);
        for (int i = set; i <= set + 1; i++) {
            Entry e = slots[i];
            if (e != null && e.hash == hash && e.key instanceof String[] key && key.length == words.size() - from
                    && same(key, words, from)) {
                return e.tail;
            }
        }
        return null;
    }

    private static boolean same(String[] key, List<String> words, int from) {
        for (int i = 0; i < key.length; i++) {
            if (!key[i].equals(words.get(from + i))) {
                return false;
            }
        }
        return true;
    }

    /** Remember what the words from index {@code from} on say. */
    void put(List<String> words, int from, int hash, SimpleRouteText.Tail tail) {
        String[] key = words.subList(from, words.size()).toArray(new String[0]);
        add(set(hash), new Entry(key, hash, tail));
    }

    /** The hash of {@code text} from index {@code from} on. */
    static int hash(String text, int from) {
        int h = 0;
        for (int i = from, n = text.length(); i < n; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** The tail cached for exactly this text (from index {@code from} on, of this {@link #hash}), or null. */
    SimpleRouteText.Tail get(String text, int from, int hash) {
        int set = set(hash);
        for (int i = set; i <= set + 1; i++) {
            Entry e = slots[i];
            if (e != null && e.hash == hash && e.key instanceof String key && key.length() == text.length() - from
                    && text.startsWith(key, from)) {
                return e.tail;
            }
        }
        return null;
    }

    /** Remember what the text from index {@code from} on says. */
    void put(String text, int from, int hash, SimpleRouteText.Tail tail) {
        add(set(hash), new Entry(text.substring(from), hash, tail));
    }
}
