package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.nlri.IpPrefix;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The common API form read without tokens: {@code route <prefix> [next-hop <ip>|self] [origin ...]
 * [as-path [ <asn> ... ]|<asn>] [med <n>] [local-preference <n>] [community [ ... ]|<c>]}, each attribute at most once,
 * keywords in lower case, numbers in decimal. It makes exactly the route {@link RouteParser} makes of the same text
 * (the same codec parsers for prefix, address, origin and community; the attributes in type-code order), and gives
 * up ({@code null}) on anything else, errors included, so that the general parser reads it and words the error:
 * quotes, commas, parentheses, control or non-ASCII characters, another keyword or form, a repeated keyword, a
 * hexadecimal or out-of-range number, a bad value.
 *
 * <p>Why: the API's {@code announce route} is the hot path of a program announcing many routes, and the general
 * parser's tokens, attribute maps and lists cost several times the route itself.
 */
final class SimpleRouteText {
    /** Most words (brackets included) read; a longer text goes to the general parser. */
    private static final int MAX_WORDS = 64;

    private SimpleRouteText() {
    }

    /**
     * The route of {@code text}, or null when it is not of the simple form (or is wrong: the general parser says
     * why).
     *
     * @param required whether a route without {@code next-hop} is an error (then: null)
     */
    static List<ConfigRoute> parse(String text, boolean required) {
        // route <prefix> <tail>: a tail seen before is not split again
        int tailAt = tailAt(text);
        int hash = 0;
        if (tailAt >= 0) {
            hash = TailCache.hash(text, tailAt);
            Tail known = TEXT_TAILS.get(text, tailAt, hash);
            if (known != null) {
                int prefixEnd = tailAt == text.length() && text.charAt(tailAt - 1) != ' ' ? tailAt : tailAt - 1;
                return route(text.substring(ROUTE.length(), prefixEnd), known, required);
            }
        }
        List<String> words = words(text);
        Tail tail = words == null ? null : tail(words, true);
        if (tail == null) {
            return null;
        }
        if (tailAt >= 0) {
            TEXT_TAILS.put(text, tailAt, hash, tail);
        }
        return route(words.get(1), tail, required);
    }

    private static final String ROUTE = "route ";

    /**
     * Where the tail starts when the text is {@code route}, one space, a prefix word of token characters, then one
     * space or the end (so that its words are {@code route}, the prefix, and the tail's words); else -1.
     */
    private static int tailAt(String text) {
        if (!text.startsWith(ROUTE)) {
            return -1;
        }
        int n = text.length();
        int i = ROUTE.length();
        while (i < n && tokenChar(text.charAt(i))) {
            i++;
        }
        if (i == ROUTE.length()) {
            return -1;
        }
        return i == n ? n : text.charAt(i) == ' ' ? i + 1 : -1;
    }

    /** A character of a word that is not a bracket: printable ASCII but []"'(),. */
    private static boolean tokenChar(char c) {
        return c > ' ' && c < 0x7F && c != ',' && c != '"' && c != '\'' && c != '(' && c != ')' && c != '['
                && c != ']';
    }

    /**
     * The words of a text of the simple form: split at spaces and tabs, brackets words of their own; null when a
     * character is not of the form (other white space, control or non-ASCII characters, quotes, commas,
     * parentheses) or there are too many words.
     */
    private static List<String> words(String text) {
        int n = text.length();
        List<String> words = new ArrayList<>(16);
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '[' || c == ']') {
                words.add(c == '[' ? "[" : "]");
                i++;
            } else if (c > ' ' && c < 0x7F && c != ',' && c != '"' && c != '\'' && c != '(' && c != ')') {
                int start = i;
                while (i < n && (c = text.charAt(i)) > ' ' && c < 0x7F && c != '[' && c != ']') {
                    if (c == ',' || c == '"' || c == '\'' || c == '(' || c == ')') {
                        return null;
                    }
                    i++;
                }
                words.add(text.substring(start, i));
            } else {
                return null; // other white space, control or non-ASCII characters, quotes, commas, parentheses
            }
            if (words.size() > MAX_WORDS) {
                return null;
            }
        }
        return words;
    }

    /**
     * The route of these words (as the general parser reads their text joined by spaces), or null when they are not
     * of the simple form, or when a word is more than one token of that text (a bracket inside a word, a comma, a
     * quote; then {@link #parse(String, boolean)} of the joined text may still read it).
     */
    static List<ConfigRoute> parseWords(List<String> words, boolean required) {
        if (words.size() > MAX_WORDS) {
            return null;
        }
        Tail tail = tail(words, false);
        return tail == null ? null : route(words.get(1), tail, required);
    }

    /**
     * What the words after the prefix say: the next hop ({@code null} when none is given, unless {@code self}) and
     * the attributes in type-code order (an unmodifiable list, shared by the routes of the same tail).
     */
    record Tail(byte[] nextHop, boolean self, List<Attribute> attributes) {
    }

    /** Tails read last, by their words and by their text, of every thread: see {@link TailCache}. */
    private static final TailCache TAILS = new TailCache(1024);
    private static final TailCache TEXT_TAILS = new TailCache(1024);

    /**
     * The tail of words {@code route}, a prefix word, then the tail's (from the third on), read once for words seen
     * before ({@link TailCache}); null when they are not of the form. {@code checked} when every word is known to be
     * one token (brackets alone, the others of printable ASCII without []"'(),), else they are checked here.
     */
    private static Tail tail(List<String> words, boolean checked) {
        if (words.size() < 2 || !words.get(0).equals("route")) {
            return null;
        }
        String prefix = words.get(1);
        if (!checked && !token(prefix) || bracket(prefix)) {
            return null;
        }
        int hash = TailCache.hash(words, 2);
        Tail tail = TAILS.get(words, 2, hash);
        if (tail == null) {
            for (int w = 2; w < words.size() && !checked; w++) {
                if (!token(words.get(w))) {
                    return null;
                }
            }
            tail = readTail(words, 2);
            if (tail != null) {
                TAILS.put(words, 2, hash, tail);
            }
        }
        return tail;
    }

    /** Whether a word is one token: a bracket alone, or printable ASCII without []"'(),. */
    private static boolean token(String word) {
        int n = word.length();
        if (n == 0) {
            return false;
        }
        if (n == 1 && (word.charAt(0) == '[' || word.charAt(0) == ']')) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == ',' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '['
                    || c == ']') {
                return false;
            }
        }
        return true;
    }

    /** The route of a prefix and a tail, or null when the prefix is wrong, or the next hop missing but required. */
    private static List<ConfigRoute> route(String prefixWord, Tail tail, boolean required) {
        try {
            IpPrefix prefix = IpPrefix.parse(prefixWord, 0);
            IpPrefix nlri = prefix.family().safi() == Family.SAFI_UNICAST ? prefix
                    : prefix.with(new Family(prefix.family().afi(), Family.SAFI_UNICAST), prefix.pathId());
            Route route;
            if (tail.self()) {
                route = Route.self(nlri, tail.attributes());
            } else if (tail.nextHop() != null) {
                route = Route.of(nlri, tail.nextHop(), tail.attributes());
            } else if (required) {
                return null;
            } else {
                route = Route.of(nlri, new byte[nlri.family().afi() == Family.AFI_IPV6 ? 16 : 4], tail.attributes());
            }
            return List.of(new ConfigRoute(route, null, null, false, List.of()));
        } catch (IllegalArgumentException wrong) {
            return null; // the general parser reads it again and says what is wrong
        }
    }

    /** The tail of words each of which is one token, from index {@code w} on; null when not of the simple form. */
    private static Tail readTail(List<String> words, int w) {
        int count = words.size();
        try {
            byte[] nextHop = null;
            boolean self = false;
            Origin origin = null;
            AsPath asPath = null;
            Med med = null;
            LocalPref localPref = null;
            Communities communities = null;
            while (w < count) {
                int k = w++;
                if (w >= count || bracket(words.get(k))) {
                    return null; // every keyword of this form takes a value
                }
                String key = words.get(k);
                if (key.equals("next-hop")) {
                    if (nextHop != null || self || bracket(words.get(w))) {
                        return null;
                    }
                    String v = words.get(w++);
                    if (v.equalsIgnoreCase("self")) {
                        self = true;
                    } else {
                        nextHop = IpAddresses.parse(v);
                    }
                } else if (key.equals("origin")) {
                    if (origin != null || bracket(words.get(w))) {
                        return null;
                    }
                    origin = Origin.parse(words.get(w++));
                } else if (key.equals("as-path")) {
                    if (asPath != null) {
                        return null;
                    }
                    if (!bracket(words.get(w))) {
                        long asn = number(words.get(w++));
                        if (asn < 0) {
                            return null;
                        }
                        asPath = AsPath.sequence(asn);
                    } else {
                        int end = closing(words, w);
                        if (end < 0) {
                            return null;
                        }
                        long[] asns = new long[end - w - 1];
                        for (int i = 0; i < asns.length; i++) {
                            asns[i] = number(words.get(w + 1 + i));
                            if (asns[i] < 0) {
                                return null;
                            }
                        }
                        asPath = AsPath.sequence(asns);
                        w = end + 1;
                    }
                } else if (key.equals("med")) {
                    long v = med != null ? -1 : number(words.get(w++));
                    if (v < 0) {
                        return null;
                    }
                    med = new Med(v);
                } else if (key.equals("local-preference")) {
                    long v = localPref != null ? -1 : number(words.get(w++));
                    if (v < 0) {
                        return null;
                    }
                    localPref = new LocalPref(v);
                } else if (key.equals("community")) {
                    if (communities != null) {
                        return null;
                    }
                    int[] v;
                    if (!bracket(words.get(w))) {
                        v = new int[] {Community.parse(words.get(w++))};
                    } else {
                        int end = closing(words, w);
                        if (end < 0) {
                            return null;
                        }
                        v = new int[end - w - 1];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = Community.parse(words.get(w + 1 + i));
                        }
                        w = end + 1;
                    }
                    // ascending, as unsigned numbers (as the general parser sorts them)
                    for (int i = 0; i < v.length; i++) {
                        v[i] ^= Integer.MIN_VALUE;
                    }
                    java.util.Arrays.sort(v);
                    for (int i = 0; i < v.length; i++) {
                        v[i] ^= Integer.MIN_VALUE;
                    }
                    communities = Communities.wrap(v);
                } else {
                    return null;
                }
            }
            List<Attribute> attributes = new ArrayList<>(5);
            add(attributes, origin);
            add(attributes, asPath);
            add(attributes, med);
            add(attributes, localPref);
            add(attributes, communities);
            return new Tail(nextHop, self, List.copyOf(attributes));
        } catch (IllegalArgumentException wrong) {
            return null; // the general parser reads it again and says what is wrong
        }
    }

    private static void add(List<Attribute> attributes, Attribute a) {
        if (a != null) {
            attributes.add(a);
        }
    }

    /**
     * The index of the {@code ]} closing the list that opens at word {@code w}, or -1 when word {@code w} is not
     * {@code [} or another bracket comes first (no nesting in this form) or none does.
     */
    private static int closing(List<String> words, int w) {
        if (!words.get(w).equals("[")) {
            return -1;
        }
        int end = w + 1;
        while (end < words.size() && !bracket(words.get(end))) {
            end++;
        }
        return end < words.size() && words.get(end).equals("]") ? end : -1;
    }

    /** Whether a word is a bracket (words are brackets alone or have none). */
    private static boolean bracket(String word) {
        char c = word.charAt(0);
        return c == '[' || c == ']';
    }

    /** A decimal number from 0 to 2^32-1 (what every number of this form takes), or -1. */
    private static long number(String word) {
        int n = word.length();
        if (n > 10) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0xFFFFFFFFL ? -1 : v;
    }
}
