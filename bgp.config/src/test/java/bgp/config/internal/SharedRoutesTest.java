package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.internal.BuiltinCodecs;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.route.ConfigRoute;
import bgp.reactor.Peer;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routes defined once (a template's {@code static} block) are read once and shared by the neighbors that inherit
 * them: the same route objects, the same attribute lists; per-neighbor differences stay per neighbor.
 */
class SharedRoutesTest {
    static final String TEMPLATE = """
            template {
              neighbor table {
                static {
                  route 10.0.0.0/24 next-hop 192.0.2.1 as-path [ 65000 1 ] med 10;
                  route 10.0.1.0/24 next-hop 192.0.2.1 as-path [ 65000 1 ] med 10;
                  route 10.0.2.0/24 next-hop 192.0.2.2 as-path [ 65000 2 ];
                  route 10.0.3.0/24 next-hop self as-path [ 65000 3 ];
                }
              }
            }
            """;

    static String neighbor(String peer, String local, long localAs, long peerAs, String extra) {
        return "neighbor " + peer + " {\n  inherit table;\n  router-id 10.9.9.9;\n  local-address " + local
                + ";\n  local-as " + localAs + ";\n  peer-as " + peerAs + ";\n  passive;\n"
                + "  family { ipv4 unicast; }\n" + extra + "}\n";
    }

    static Configuration read(String text) throws ConfigException {
        return ConfigReader.read("t.conf", Path.of("/etc/bgp"), Path.of("/etc/bgp/t.conf"), text);
    }

    static NeighborConfig n(Configuration c, String peer) {
        return c.neighbor(peer).orElseThrow();
    }

    @Test
    void neighborsInheritingATemplateHoldTheSameRouteObjects() throws Exception {
        Configuration c = read(TEMPLATE + neighbor("127.0.0.2", "127.0.0.1", 65000, 65001, "")
                + neighbor("127.0.0.3", "127.0.0.1", 65000, 65002, "")
                + neighbor("127.0.0.4", "127.0.0.1", 65000, 65003,
                        "  static {\n    route 10.0.9.0/24 next-hop 192.0.2.9;\n  }\n"));
        List<ConfigRoute> two = n(c, "127.0.0.2").routes();
        List<ConfigRoute> three = n(c, "127.0.0.3").routes();
        List<ConfigRoute> four = n(c, "127.0.0.4").routes();
        assertSame(two, three); // the template's routes are all they have: one list
        assertEquals(4, two.size());
        assertEquals(5, four.size());
        for (int i = 0; i < 4; i++) {
            assertSame(two.get(i), four.get(i)); // the template's routes, then the neighbor's own
        }
        assertEquals("10.0.9.0/24", four.get(4).route().nlri().toString());
        // routes with equal attributes share one attribute list
        assertSame(two.get(0).route().attributes(), two.get(1).route().attributes());
        assertNotSame(two.get(0).route().attributes(), two.get(2).route().attributes());
        assertEquals(two.get(0).route().attributes(), List.copyOf(new ArrayList<>(two.get(1).route().attributes())));
    }

    @Test
    void sessionRoutesAreSharedBySessionsOfTheSameKindOnly() throws Exception {
        Configuration c = read(TEMPLATE + neighbor("127.0.0.2", "127.0.0.1", 65000, 65001, "")
                + neighbor("127.0.0.3", "127.0.0.1", 65000, 65002, "")
                + neighbor("127.0.0.4", "127.0.0.1", 65000, 65000, "")
                + neighbor("127.0.0.5", "127.0.0.1", 65005, 65001, ""));
        SessionRoutes shared = new SessionRoutes();
        List<ConfigRoute> ebgp = shared.of(n(c, "127.0.0.2"));
        // what each neighbor's own sessionRoutes() says, route for route
        for (String peer : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5")) {
            assertEquals(n(c, peer).sessionRoutes(), shared.of(n(c, peer)), peer);
        }
        assertSame(ebgp, shared.of(n(c, "127.0.0.3"))); // eBGP from the same AS: the same routes
        List<ConfigRoute> ibgp = shared.of(n(c, "127.0.0.4"));
        List<ConfigRoute> otherAs = shared.of(n(c, "127.0.0.5"));
        assertNotEquals(ebgp, ibgp); // LOCAL_PREF 100 on iBGP
        assertEquals("[igp, AsPath[65000 2], LocalPref[value=100]]",
                ibgp.get(2).route().attributes().toString());
        assertEquals(ebgp, otherAs); // the routes give their AS_PATH: eBGP from another AS sends the same
        assertNotSame(ebgp, otherAs);
        assertSame(ebgp.get(0).route().attributes(), ebgp.get(1).route().attributes());
    }

    @Test
    void nextHopSelfIsEachPeersOwnAddress() throws Exception {
        BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(), 0, 1));
        try {
            ConfigurationLoader loader = new ConfigurationLoader(reactor);
            loader.apply(read(TEMPLATE + neighbor("127.0.0.2", "127.0.0.1", 65000, 65001, "")
                    + neighbor("127.0.0.3", "127.0.0.11", 65000, 65001, "")), true);
            assertEquals(List.of("10.0.0.0/24 192.0.2.1", "10.0.1.0/24 192.0.2.1", "10.0.2.0/24 192.0.2.2",
                    "10.0.3.0/24 127.0.0.1"), out(reactor.peer("127.0.0.2").orElseThrow()));
            assertEquals(List.of("10.0.0.0/24 192.0.2.1", "10.0.1.0/24 192.0.2.1", "10.0.2.0/24 192.0.2.2",
                    "10.0.3.0/24 127.0.0.11"), out(reactor.peer("127.0.0.3").orElseThrow()));
        } finally {
            reactor.close();
        }
    }

    @Test
    void anErrorInASharedBlockIsReportedOnce() {
        String bad = TEMPLATE.replace("route 10.0.2.0/24 next-hop 192.0.2.2 as-path [ 65000 2 ];",
                "route 10.0.2.0/24 next-hop 192.0.2.2 med x;");
        ConfigException e = assertThrows(ConfigException.class, () -> read(bad
                + neighbor("127.0.0.2", "127.0.0.1", 65000, 65001, "")
                + neighbor("127.0.0.3", "127.0.0.1", 65000, 65002, "")));
        assertEquals(1, e.errors().size(), e.errors().toString());
        assertEquals(6, e.errors().get(0).line());
    }

    static String passive(String peer, String families, String routes) {
        return "neighbor " + peer + " {\n  router-id 10.9.9.9;\n  local-address 127.0.0.1;\n  local-as 65000;\n"
                + "  peer-as 65001;\n  passive;\n  family { " + families + " }\n  static {\n" + routes + "  }\n}\n";
    }

    @Test
    void routesGoToThePeerInBatchesInTheirOrderWithWatchdogAndWithdrawFlagsKept() throws Exception {
        StringBuilder routes = new StringBuilder();
        int n = ConfigurationLoader.BATCH * 2 + 100; // three batches of plain routes
        for (int i = 0; i < n; i++) {
            routes.append("    route 10.").append(i >> 8).append('.').append(i & 255)
                    .append(".0/24 next-hop 192.0.2.1 med ").append(i).append(";\n");
            if (i == 5000) { // between batches: a watchdog route, a withdrawn one, and a route given again
                routes.append("    route 77.77.77.77/32 next-hop 192.0.2.1 watchdog dnsr withdraw;\n");
                routes.append("    route 10.0.0.0/24 next-hop 192.0.2.9 med 1;\n");
            }
        }
        BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(), 0, 1));
        try {
            new ConfigurationLoader(reactor).apply(read(passive("127.0.0.2", "ipv4 unicast;", routes.toString())),
                    true);
            Peer p = reactor.peer("127.0.0.2").orElseThrow();
            List<String> out = out(p);
            assertEquals(n, out.size()); // the watchdog route starts withdrawn
            assertEquals("10.0.0.0/24 192.0.2.9", out.get(0)); // given again later: the later one
            assertEquals(java.util.Map.of("dnsr", List.of("-77.77.77.77/32")), p.watchdogs());
        } finally {
            reactor.close();
        }
    }

    @Test
    void aRouteThePeerRefusesFailsTheLoadAndItsNeighborIsNotAdded() throws Exception {
        // the parser lets an IPv4 unicast route through without that family (ExaBGP does); the peer refuses it
        String routes = "    route 2001:db8:1::/48 next-hop 2001:db8::1;\n    route 10.0.0.0/24 next-hop 192.0.2.1;\n"
                + "    route 2001:db8:2::/48 next-hop 2001:db8::1;\n";
        BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(), 0, 1));
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConfigurationLoader(
                    reactor).apply(read(passive("127.0.0.2", "ipv6 unicast;", routes)), true));
            assertEquals("family ipv4 unicast is not configured for neighbor 127.0.0.2", e.getMessage());
            // its routes are handed before the peer is listed (Reactor.addPeer's prepare): a refused one leaves no
            // half-configured peer running
            assertEquals(List.of(), reactor.peers());
        } finally {
            reactor.close();
        }
    }

    static List<String> out(Peer p) {
        List<String> routes = new ArrayList<>();
        p.visitAdjRibOut((nlri, set) -> routes.add(nlri + " " + set.nextHopAddresses().get(0)));
        routes.sort(null);
        return routes;
    }
}
