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
        int n = text.length();
        int[] words = new int[32]; // start and end of each word: 16 words, grown as needed (a route is about 12)
        int count = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '[' || c == ']') {
                if (2 * count == words.length) {
                    if (count == MAX_WORDS) {
                        return null;
                    }
                    words = java.util.Arrays.copyOf(words, 2 * words.length);
                }
                words[2 * count] = i;
                words[2 * count + 1] = i + 1;
                count++;
                i++;
            } else if (c > ' ' && c < 0x7F && c != ',' && c != '"' && c != '\'' && c != '(' && c != ')') {
                if (2 * count == words.length) {
                    if (count == MAX_WORDS) {
                        return null;
                    }
                    words = java.util.Arrays.copyOf(words, 2 * words.length);
                }
                int start = i;
                while (i < n && (c = text.charAt(i)) > ' ' && c < 0x7F && c != '[' && c != ']') {
                    if (c == ',' || c == '"' || c == '\'' || c == '(' || c == ')') {
                        return null;
                    }
                    i++;
                }
                words[2 * count] = start;
                words[2 * count + 1] = i;
                count++;
            } else {
                return null; // other white space, control or non-ASCII characters, quotes, commas, parentheses
            }
        }
        if (count < 2 || !is(text, words, 0, "route") || bracket(text, words, 1)) {
            return null;
        }
        try {
            IpPrefix prefix = IpPrefix.parse(word(text, words, 1), 0);
            byte[] nextHop = null;
            boolean self = false;
            Origin origin = null;
            AsPath asPath = null;
            Med med = null;
            LocalPref localPref = null;
            Communities communities = null;
            int w = 2;
            while (w < count) {
                int k = w++;
                if (w >= count || bracket(text, words, k)) {
                    return null; // every keyword of this form takes a value
                }
                int length = words[2 * k + 1] - words[2 * k];
                char first = text.charAt(words[2 * k]);
                if (first == 'n' && is(text, words, k, "next-hop")) {
                    if (nextHop != null || self || bracket(text, words, w)) {
                        return null;
                    }
                    String v = word(text, words, w++);
                    if (v.equalsIgnoreCase("self")) {
                        self = true;
                    } else {
                        nextHop = IpAddresses.parse(v);
                    }
                } else if (first == 'o' && is(text, words, k, "origin")) {
                    if (origin != null || bracket(text, words, w)) {
                        return null;
                    }
                    origin = Origin.parse(word(text, words, w++));
                } else if (first == 'a' && is(text, words, k, "as-path")) {
                    if (asPath != null) {
                        return null;
                    }
                    if (!bracket(text, words, w)) {
                        long asn = number(text, words, w++);
                        if (asn < 0) {
                            return null;
                        }
                        asPath = AsPath.sequence(asn);
                    } else {
                        if (text.charAt(words[2 * w]) != '[') {
                            return null;
                        }
                        int end = w + 1;
                        while (end < count && !bracket(text, words, end)) {
                            end++;
                        }
                        if (end == count || text.charAt(words[2 * end]) != ']') {
                            return null;
                        }
                        long[] asns = new long[end - w - 1];
                        for (int i = 0; i < asns.length; i++) {
                            asns[i] = number(text, words, w + 1 + i);
                            if (asns[i] < 0) {
                                return null;
                            }
                        }
                        asPath = AsPath.sequence(asns);
                        w = end + 1;
                    }
                } else if (first == 'm' && length == 3 && is(text, words, k, "med")) {
                    long v = med != null ? -1 : number(text, words, w++);
                    if (v < 0) {
                        return null;
                    }
                    med = new Med(v);
                } else if (first == 'l' && is(text, words, k, "local-preference")) {
                    long v = localPref != null ? -1 : number(text, words, w++);
                    if (v < 0) {
                        return null;
                    }
                    localPref = new LocalPref(v);
                } else if (first == 'c' && is(text, words, k, "community")) {
                    if (communities != null) {
                        return null;
                    }
                    int[] v;
                    if (!bracket(text, words, w)) {
                        v = new int[] {Community.parse(word(text, words, w++))};
                    } else {
                        if (text.charAt(words[2 * w]) != '[') {
                            return null;
                        }
                        int end = w + 1;
                        while (end < count && !bracket(text, words, end)) {
                            end++;
                        }
                        if (end == count || text.charAt(words[2 * end]) != ']') {
                            return null;
                        }
                        v = new int[end - w - 1];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = Community.parse(word(text, words, w + 1 + i));
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
            IpPrefix nlri = prefix.with(new Family(prefix.family().afi(), Family.SAFI_UNICAST), prefix.pathId());
            Route route;
            if (self) {
                route = Route.self(nlri, attributes);
            } else if (nextHop != null) {
                route = Route.of(nlri, nextHop, attributes);
            } else if (required) {
                return null;
            } else {
                route = Route.of(nlri, new byte[nlri.family().afi() == Family.AFI_IPV6 ? 16 : 4], attributes);
            }
            return List.of(new ConfigRoute(route, null, null, false, List.of()));
        } catch (IllegalArgumentException wrong) {
            return null; // the general parser reads it again and says what is wrong
        }
    }

    private static void add(List<Attribute> attributes, Attribute a) {
        if (a != null) {
            attributes.add(a);
        }
    }

    private static boolean is(String text, int[] words, int w, String s) {
        int start = words[2 * w];
        return words[2 * w + 1] - start == s.length() && text.regionMatches(start, s, 0, s.length());
    }

    private static boolean bracket(String text, int[] words, int w) {
        char c = text.charAt(words[2 * w]);
        return c == '[' || c == ']';
    }

    private static String word(String text, int[] words, int w) {
        return text.substring(words[2 * w], words[2 * w + 1]);
    }

    /** A decimal number from 0 to 2^32-1 (what every number of this form takes), or -1. */
    private static long number(String text, int[] words, int w) {
        int start = words[2 * w];
        int end = words[2 * w + 1];
        if (end - start > 10) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0xFFFFFFFFL ? -1 : v;
    }
}
