package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Ipv6ExtendedCommunities;
import bgp.codec.attribute.UnknownAttribute;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.config.route.RouteParser;
import bgp.config.route.RouteSyntaxException;
import bgp.config.route.Token;
import bgp.rib.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The routes of a configuration, with ExaBGP's iBGP/eBGP defaults applied at the neighbor boundary
 * ({@link NeighborConfig#outgoing()}, {@code next-hop self} resolved to the local address), are exactly the routes that
 * ExaBGP's own encoding tests ({@code qa/encoding/*.ci}, read in place) describe in their first step's
 * {@code cmd:announce} lines. Tests whose routes come from the API ({@code conf-watchdog}) are left out.
 */
class ConformanceRoutesTest {
    private static final Pattern COMMAND = Pattern.compile(
            "^1:cmd:announce ((?:route|attributes?|vpls|ipv[46] (?:unicast|multicast|nlri-mpls|mpls-vpn|flow|flow-vpn|sr-policy|mup)) .*)$");

    @TestFactory
    List<DynamicTest> configuredRoutesAreThoseExaBgpSends() throws IOException {
        Path encoding = ConformanceConfigs.etc().resolveSibling("qa").resolve("encoding");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(encoding)) {
            for (Path ci : files.filter(p -> p.toString().endsWith(".ci")).sorted().toList()) {
                List<String> lines = Files.readAllLines(ci);
                String conf = lines.stream().filter(l -> l.startsWith("option:file:")).findFirst().orElseThrow()
                        .substring("option:file:".length());
                if (ci.getFileName().toString().equals("conf-watchdog.ci")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(ci.getFileName().toString(), () -> check(conf, lines)));
            }
        }
        assertTrue(tests.size() >= 20);
        return tests;
    }

    private static void check(String conf, List<String> lines) throws RouteSyntaxException {
        Configuration c = ConformanceConfigs.parse(conf);
        NeighborConfig n = c.neighbors().get(0);
        boolean internal = n.neighbor().isInternal();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            Matcher m = COMMAND.matcher(line);
            if (m.matches()) {
                for (ConfigRoute r : RouteParser.parse(Token.split(m.group(1)), true)) {
                    // ExaBGP writes the attributes it sends; on iBGP the empty AS_PATH it sends is left out
                    Route route = internal ? RouteDefaults.forSession(r.route(), 1, 1) : r.route();
                    expected.add(text(route) + " " + r.unsupported());
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (ConfigRoute r : n.routes()) {
            if (r.withdraw()) {
                continue;
            }
            Route route = RouteDefaults.forSession(r.route(), n.neighbor().localAs(), n.neighbor().peerAs());
            if (route.isSelf()) {
                route = route.withNextHop(IpAddresses.parse(n.neighbor().localAddress().orElseThrow()));
            }
            actual.add(text(route) + " " + r.unsupported());
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** The route's text, IPv6 extended communities as the generic attribute ExaBGP's commands give them as. */
    private static String text(Route route) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute a : route.attributes()) {
            if (a instanceof Ipv6ExtendedCommunities c) {
                byte[] value = new byte[c.size() * Ipv6ExtendedCommunities.SIZE];
                for (int i = 0; i < c.size(); i++) {
                    System.arraycopy(c.get(i), 0, value, i * Ipv6ExtendedCommunities.SIZE, Ipv6ExtendedCommunities.SIZE);
                }
                a = UnknownAttribute.of(a.typeCode(), a.flags(), value);
            }
            attributes.add(a);
        }
        return (route.isSelf() ? Route.of(route.nlri(), route.nextHopSelf(), attributes)
                : Route.of(route.nlri(), route.nextHop(), attributes)).toString();
    }
}
