package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.nlri.IpPrefix;
import bgp.rib.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of the common {@code route} form ({@link SimpleRouteText}, behind {@link RouteParser#parse(String,
 * boolean)}) makes exactly the routes the general parser makes of the same tokens, and leaves everything else (errors
 * included) to it: checked on every route command of ExaBGP's conformance data and on many generated lines, right
 * and wrong.
 */
class SimpleRouteTextTest {
    private static final Pattern COMMAND = Pattern.compile("^\\d+:cmd:(announce|withdraw) (.*)$");

    /** What the general parser makes of the text: the routes, or the error message. */
    private static Object general(String text, boolean required) {
        try {
            return RouteParser.parse(Token.split(text), required);
        } catch (RouteSyntaxException e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "failure: " + e;
        }
    }

    private static Object combined(String text, boolean required) {
        try {
            return RouteParser.parse(text, required);
        } catch (RouteSyntaxException e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "failure: " + e;
        }
    }

    /**
     * Checks one line both ways; returns whether the fast reading took it.
     */
    private static boolean same(String text, boolean required) {
        Object want = general(text, required);
        List<ConfigRoute> fast = SimpleRouteText.parse(text, required);
        if (fast != null) {
            assertEquals(want, fast, text);
            // equal routes of equal attribute classes, in the same order
            @SuppressWarnings("unchecked")
            List<ConfigRoute> routes = (List<ConfigRoute>) want;
            assertEquals(routes.get(0).route().attributes().stream().map(Object::getClass).toList(),
                    fast.get(0).route().attributes().stream().map(Object::getClass).toList(), text);
            assertEquals(routes.get(0).route().toString(), fast.get(0).route().toString(), text);
        }
        assertEquals(want, combined(text, required), text);
        // as an API command's arguments: the words split at white space
        List<String> words = text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
        Object wantWords = general(String.join(" ", words), required);
        List<ConfigRoute> fastWords = SimpleRouteText.parseWords(words, required);
        if (fastWords != null) {
            assertEquals(wantWords, fastWords, text);
        }
        Object gotWords;
        try {
            gotWords = RouteParser.parseWords(words, required);
        } catch (RouteSyntaxException e) {
            gotWords = "error: " + e.getMessage();
        }
        assertEquals(wantWords, gotWords, text);
        return fast != null;
    }

    @Test
    void theBenchmarkLineIsReadFastIntoTheRouteItSays() throws Exception {
        String text = "route 10.1.2.0/24 next-hop 192.0.2.1 as-path [ 65000 64512 ] med 42";
        List<ConfigRoute> fast = SimpleRouteText.parse(text, true);
        assertNotNull(fast);
        assertEquals(List.of(ConfigRoute.of(Route.of(IpPrefix.parse("10.1.2.0/24", 0), IpAddresses.parse("192.0.2.1"),
                List.of(AsPath.sequence(65000, 64512), new Med(42))))), fast);
        assertTrue(same(text, true));
        assertEquals(fast, SimpleRouteText.parseWords(List.of(text.split(" ")), true));
    }

    @Test
    void routesOfTheSameTailShareOneAttributeListAndKeepTheirOwnPrefix() throws Exception {
        List<ConfigRoute> a = SimpleRouteText.parseWords(
                List.of("route", "10.9.0.0/24", "next-hop", "192.0.2.9", "community", "[", "1:2", "]", "med", "9"), true);
        List<ConfigRoute> b = SimpleRouteText.parseWords(
                List.of("route", "10.9.1.0/24", "next-hop", "192.0.2.9", "community", "[", "1:2", "]", "med", "9"), true);
        List<ConfigRoute> c = SimpleRouteText.parse("route 10.9.2.0/24 next-hop 192.0.2.9 community [ 1:2 ] med 9", true);
        List<ConfigRoute> other = SimpleRouteText.parseWords(
                List.of("route", "10.9.3.0/24", "next-hop", "192.0.2.9", "community", "[", "1:2", "]", "med", "8"), true);
        assertEquals(List.of(new Med(9), Communities.of(Community.of(1, 2))), a.get(0).route().attributes());
        assertSame(a.get(0).route().attributes(), b.get(0).route().attributes());
        assertSame(a.get(0).route().attributes(), c.get(0).route().attributes());
        assertEquals(IpPrefix.parse("10.9.1.0/24", 0), b.get(0).route().nlri());
        assertEquals(IpPrefix.parse("10.9.2.0/24", 0), c.get(0).route().nlri());
        assertEquals(List.of(new Med(8), Communities.of(Community.of(1, 2))), other.get(0).route().attributes());
        // a known tail after a wrong prefix, or without the next hop a route needs: still the general parser's
        assertNull(SimpleRouteText.parseWords(
                List.of("route", "10.9.0.300/24", "next-hop", "192.0.2.9", "community", "[", "1:2", "]", "med", "9"), true));
        assertFalse(same("route 10.9.0.300/24 next-hop 192.0.2.9 community [ 1:2 ] med 9", true));
        assertNotNull(SimpleRouteText.parseWords(List.of("route", "10.9.4.0/24", "med", "9"), false));
        assertNull(SimpleRouteText.parseWords(List.of("route", "10.9.5.0/24", "med", "9"), true));
        assertFalse(same("route 10.9.5.0/24 med 9", true));
        assertTrue(same("route 2001:db8::/32 med 9", false));
    }

    @Test
    void aTextWhoseTailWasReadBeforeGivesWhatTheGeneralParserGives() {
        for (String tail : List.of(" next-hop 192.0.2.7 med 77", "  next-hop 192.0.2.7 med 77", "\tnext-hop 192.0.2.7",
                " next-hop 192.0.2.7 med 77 ", " next-hop self as-path [65000 1] community [1:1]", "", " ",
                " med 77", " next-hop 192.0.2.7 med 77x", " next-hop 192.0.2.7 name \"x\"", "[ next-hop 192.0.2.7",
                " next-hop 192.0.2.7 med 4294967296")) {
            for (String prefix : List.of("10.77.0.0/24", "10.77.1.0/24", "10.77.0.0/33", "2001:db8:77::/48", "[", "")) {
                String text = "route " + prefix + tail;
                for (boolean required : new boolean[] {true, false}) {
                    same(text, required);
                    same(text, required); // the tail known now
                }
            }
        }
        List<ConfigRoute> a = SimpleRouteText.parse("route 10.78.0.0/24 next-hop 192.0.2.8 med 78", true);
        List<ConfigRoute> b = SimpleRouteText.parse("route 10.78.1.0/24 next-hop 192.0.2.8 med 78", true);
        assertSame(a.get(0).route().attributes(), b.get(0).route().attributes());
        assertEquals(IpPrefix.parse("10.78.1.0/24", 0), b.get(0).route().nlri());
    }

    @Test
    void wordsWithABracketInsideAreLeftToTheTextReading() {
        List<String> words = List.of("route", "10.0.0.0/24", "next-hop", "1.2.3.4", "as-path", "[1", "2]");
        assertNull(SimpleRouteText.parseWords(words, true));
        assertNotNull(SimpleRouteText.parse(String.join(" ", words), true));
        assertTrue(same(String.join(" ", words), true));
    }

    @Test
    void everyAttributeOfTheFormIsReadInTypeCodeOrder() throws Exception {
        String text = "route 2001:db8::/32 community [ no-export 65000:1 1:2 ] local-preference 200 med 7 "
                + "as-path 65001 origin EGP next-hop self";
        List<ConfigRoute> fast = SimpleRouteText.parse(text, true);
        assertNotNull(fast);
        assertEquals(List.of(ConfigRoute.of(Route.self(IpPrefix.parse("2001:db8::/32", 0), List.of(Origin.EGP,
                AsPath.sequence(65001), new Med(7), new LocalPref(200),
                Communities.of(Community.of(1, 2), Community.of(65000, 1), Community.NO_EXPORT))))), fast);
        assertTrue(same(text, true));
    }

    @Test
    void otherFormsAndWrongLinesAreLeftToTheGeneralParser() {
        for (String text : List.of(
                "ROUTE 10.0.0.0/24 next-hop 1.2.3.4",               // upper case: the general parser takes it
                "route 10.0.0.0/24 Next-Hop 1.2.3.4",
                "route 10.0.0.0/24 next-hop 1.2.3.4 med 0x10",      // hexadecimal
                "route 10.0.0.0/24 next-hop 1.2.3.4 med 4294967296", // out of range: an error
                "route 10.0.0.0/24 next-hop 1.2.3.4 med 1 med 2",   // repeated
                "route 10.0.0.0/24 next-hop 1.2.3.4 as-path [ 1 ( 2 3 ) ]",
                "route 10.0.0.0/24 next-hop 1.2.3.4 community [ 1:1, 2:2 ]",
                "route 10.0.0.0/24 next-hop 1.2.3.4 name \"a b\"",
                "route 10.0.0.0/24 next-hop 1.2.3.4 label 5",
                "route 10.0.0.0/24 next-hop 1.2.3.4 rd 1:1 label 5",
                "route 10.0.0.0/24 next-hop 1.2.3.4 split /25",
                "route 10.0.0.0/24 next-hop 1.2.3.4 path-information 1",
                "route 10.0.0.0/24 next-hop 1.2.3.4 watchdog w",
                "route 10.0.0.0/24 next-hop 1.2.3.4 med",           // no value
                "route 10.0.0.0/24 next-hop 1.2.3.4 as-path [ 1 2", // unclosed
                "route 10.0.0.0/24 next-hop 1.2.3.4 as-path ] 1",
                "route 10.0.0.0/24 next-hop 1.2.3.4 as-path [ 1 [ 2 ] ]",
                "route 10.0.0.0/24 next-hop [ 1.2.3.4 ]",
                "route 10.0.0.0/24 next-hop 1.2.3.4\u00a0med 1",   // other white space
                "route 10.0.0.0/24",                                 // no next hop where one is required
                "route 10.0.0.0/33 next-hop 1.2.3.4",
                "route 10.0.0.0/24 next-hop 1.2.3",
                "route 10.0.0.0/24 next-hop 1.2.3.4 origin bgp",
                "route 10.0.0.0/24 next-hop 1.2.3.4 community [ 1:70000 ]",
                "route [ 10.0.0.0/24 ] next-hop 1.2.3.4",
                "ipv4 unicast 10.0.0.0/24 next-hop 1.2.3.4",
                "attributes next-hop 1.2.3.4 nlri 10.0.0.0/24 10.0.1.0/24",
                "route",
                "")) {
            assertNull(SimpleRouteText.parse(text, true), text);
            same(text, true);
            same(text, false);
        }
    }

    @Test
    void aLongLineIsReadFastUpTo64WordsAndLeftToTheGeneralParserBeyond() {
        String forty = "route 10.0.0.0/24 next-hop 1.2.3.4 community [" + " 1:1".repeat(34) + " ]";
        assertNotNull(SimpleRouteText.parse(forty, true));
        assertTrue(same(forty, true));
        String seventy = "route 10.0.0.0/24 next-hop 1.2.3.4 community [" + " 1:1".repeat(64) + " ]";
        assertNull(SimpleRouteText.parse(seventy, true));
        assertEquals(1, ((List<?>) general(seventy, true)).size());
        same(seventy, true);
    }

    @Test
    void routesOfManyGeneratedLinesAreTheGeneralParsersOnes() {
        Random random = new Random(6);
        String[] prefixes = {"10.0.0.0/8", "192.0.2.0/24", "192.0.2.1/32", "0.0.0.0/0", "10.1.2.3/24", "2001:db8::/32",
            "2001:db8:1::1/128", "::/0", "10.0.0.0", "2001:db8::1", "10.0.0.0/33", "300.0.0.0/8", "10.0.0/8", "x"};
        String[] hops = {"192.0.2.1", "self", "SELF", "2001:db8::1", "::ffff:1.2.3.4", "10.0.0.256", "[", "1.2.3"};
        String[] numbers = {"0", "1", "100", "007", "4294967295", "4294967296", "0x10", "-1", "+1", "1a", "99999999999",
            "["};
        String[] communities = {"1:2", "65535:65535", "no-export", "NO-EXPORT", "blackhole", "4294967295", "70000:1",
            "1:70000", "x:y", "0xFFFFFF01"};
        String[] origins = {"igp", "egp", "incomplete", "IGP", "bgp", "["};
        String[] spaces = {" ", "  ", "\t", " \t "};
        int fast = 0;
        int lines = 10_000;
        for (int n = 0; n < lines; n++) {
            StringBuilder sb = new StringBuilder("route ").append(pick(random, prefixes));
            List<String> parts = new ArrayList<>();
            if (random.nextInt(10) != 0) {
                parts.add("next-hop " + pick(random, hops));
            }
            if (random.nextInt(3) == 0) {
                parts.add("origin " + pick(random, origins));
            }
            if (random.nextInt(2) == 0) {
                int k = random.nextInt(5);
                if (k == 0 && random.nextBoolean()) {
                    parts.add("as-path " + pick(random, numbers));
                } else {
                    StringBuilder p = new StringBuilder(random.nextBoolean() ? "as-path [ " : "as-path [");
                    for (int i = 0; i < k; i++) {
                        p.append(random.nextInt(8) == 0 ? pick(random, numbers) : Long.toString(random.nextInt(70000)))
                                .append(' ');
                    }
                    p.append(random.nextInt(20) == 0 ? "" : "]");
                    parts.add(p.toString());
                }
            }
            if (random.nextInt(2) == 0) {
                parts.add("med " + (random.nextInt(6) == 0 ? pick(random, numbers) : random.nextInt(1000)));
            }
            if (random.nextInt(3) == 0) {
                parts.add("local-preference " + pick(random, numbers));
            }
            if (random.nextInt(3) == 0) {
                int k = random.nextInt(4);
                if (k == 0) {
                    parts.add("community " + pick(random, communities));
                } else {
                    StringBuilder c = new StringBuilder("community [");
                    for (int i = 0; i < k; i++) {
                        c.append(' ').append(pick(random, communities));
                    }
                    parts.add(c.append(" ]").toString());
                }
            }
            if (random.nextInt(25) == 0) {
                parts.add(random.nextBoolean() ? "med 5" : "next-hop 1.1.1.1"); // repeated keywords
            }
            if (random.nextInt(30) == 0) {
                parts.add(pick(random, new String[] {"atomic-aggregate", "label 7", "name x", "withdraw", "med",
                    "large-community [ 1:2:3 ]", "Med 5", "aggregator ( 1:1.2.3.4 )"}));
            }
            java.util.Collections.shuffle(parts, random);
            for (String part : parts) {
                sb.append(pick(random, spaces)).append(part);
            }
            boolean required = random.nextInt(4) != 0;
            if (same(sb.toString(), required)) {
                fast++;
            }
        }
        // most generated lines are of the simple form and right: the fast reading is what was compared
        assertTrue(fast > lines / 6, "fast readings: " + fast);
    }

    @Test
    void everyRouteCommandOfTheConformanceDataReadsTheSameBothWays() throws IOException {
        Path qa = Path.of(System.getProperty("bgp.conformance.dir", "../../shared/conformance"))
                .resolve("exabgp").resolve("qa");
        if (!Files.isDirectory(qa)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("ExaBGP conformance data not found at " + qa.toAbsolutePath());
            }
            Assumptions.abort("ExaBGP conformance data not found at " + qa.toAbsolutePath());
        }
        int commands = 0;
        int fast = 0;
        for (String folder : List.of("encoding", "api")) {
            try (Stream<Path> files = Files.list(qa.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ci")).sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        Matcher m = COMMAND.matcher(line);
                        if (!m.matches()) {
                            continue;
                        }
                        String text = m.group(2);
                        // an optional neighbor selector is the dispatcher's: the route text follows the verb
                        commands++;
                        if (same(text, m.group(1).equals("announce"))) {
                            fast++;
                        }
                    }
                }
            }
        }
        assertTrue(commands >= 80, "expected the conformance route commands, found " + commands);
        assertTrue(fast >= 10, "the conformance data's simple route commands are read fast: " + fast + " of "
                + commands);
        System.out.println("conformance route commands: " + commands + ", read fast: " + fast);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
