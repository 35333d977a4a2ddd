package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.reactor.Neighbor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors name file, line, column and token and say what was expected; keywords alone and defaults. */
class ConfigErrorsTest {
    private static final String HEAD = """
            neighbor 127.0.0.1 {
                router-id 1.2.3.4;
                local-as 65000;
                peer-as 65000;
            """;

    private static Configuration read(String text) throws ConfigException {
        return ConfigReader.read("conf.conf", Path.of("/etc/bgp"), Path.of("/etc/bgp/conf.conf"), text);
    }

    private static List<String> errors(String text) {
        return assertThrows(ConfigException.class, () -> read(text)).errors().stream().map(ConfigError::toString)
                .toList();
    }

    private static NeighborConfig neighbor(String body) throws ConfigException {
        return read(HEAD + body + "}\n").neighbors().get(0);
    }

    @Test
    void anUnknownNeighborKeywordNamesTheTokenAndTheKeywordsExpected() {
        assertEquals(List.of("conf.conf:5:5: unknown keyword 'hold-tme' in neighbor, expected one of inherit,"
                + " description, host-name, domain-name, router-id, hold-time, rate-limit, local-address,"
                + " local-link-local, local-as, peer-as, passive, listen, connect, source-interface, outgoing-ttl,"
                + " incoming-ttl, md5-password, md5-base64, md5-ip, group-updates, auto-flush, adj-rib-out,"
                + " adj-rib-in, manual-eor, family, capability, add-path, nexthop, api, static, announce, flow,"
                + " l2vpn, operational, tcp-ao"), errors(HEAD + "    hold-tme 90;\n}\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> read(HEAD + "    hold-tme 90;\n}\n"));
        assertEquals(new ConfigError("conf.conf", 5, 5, "hold-tme", e.errors().get(0).message()), e.errors().get(0));
    }

    @Test
    void badValuesSayWhatWasExpected() {
        assertEquals(List.of("conf.conf:5:15: invalid hold-time '2', expected 0 or 3..65535",
                "conf.conf:6:15: invalid router-id '1.2.3', expected an IPv4 address",
                "conf.conf:7:19: invalid group-updates 'maybe', expected true, false, enable or disable",
                "conf.conf:8:14: invalid local-as '0', expected an ASN from 1 to 4294967295"),
                errors(HEAD + "    hold-time 2;\n    router-id 1.2.3;\n    group-updates maybe;\n    local-as 0;\n}\n"));
    }

    @Test
    void anIncompleteNeighborIsReportedAtItsAddress() {
        assertEquals(List.of("conf.conf:1:10: incomplete neighbor 127.0.0.1, missing peer-as"),
                errors("neighbor 127.0.0.1 {\n    local-as 1;\n}\n"));
        assertEquals(List.of("conf.conf:1:10: invalid neighbor address '127.0.0.300', expected an IP address"),
                errors("neighbor 127.0.0.300 {\n    local-as 1;\n    peer-as 1;\n}\n"));
        assertEquals(List.of("conf.conf:1:10: missing router-id for neighbor ::2, it can not be taken from the IPv6"
                + " local-address"), errors("neighbor ::2 {\n    local-address ::1;\n    local-as 1;\n"
                + "    peer-as 1;\n}\n"));
    }

    @Test
    void routeErrorsPointAtTheBadAttributeValue() {
        assertEquals(List.of("conf.conf:6:48: invalid med 'abc', expected a number from 0 to 4294967295",
                "conf.conf:7:15: missing next-hop for route 10.0.1.0/24, expected next-hop <ip> or next-hop self",
                "conf.conf:8:41: unknown route attribute 'colour', expected one of next-hop, origin, as-path, med,"
                        + " local-preference, community, extended-community, large-community, originator-id,"
                        + " cluster-list, aggregator, atomic-aggregate, path-information, label, rd,"
                        + " route-distinguisher, aigp, split, watchdog, name, withdraw, attribute, bgp-prefix-sid,"
                        + " bgp-prefix-sid-srv6",
                "conf.conf:9:53: invalid community '65536:1', expected <asn>:<n>, a number or a name such as"
                        + " no-export"),
                errors(HEAD + "    static {\n"
                        + "        route 10.0.0.0/24 next-hop 1.2.3.4 med abc;\n"
                        + "        route 10.0.1.0/24 med 5;\n"
                        + "        route 10.0.2.0/24 next-hop self colour red;\n"
                        + "        route 10.0.3.0/24 next-hop self community [ 65536:1 ];\n"
                        + "    }\n}\n"));
    }

    @Test
    void familyCapabilityAndProcessErrors() {
        assertEquals(List.of("conf.conf:5:27: invalid add-path 'both', expected send, receive, send/receive or"
                        + " disable",
                "conf.conf:6:33: unknown SAFI 'unicst' for ipv4, expected unicast, multicast, nlri-mpls, mpls-vpn,"
                        + " flow, flow-vpn, mcast-vpn, mup, sr-policy or rtc",
                "conf.conf:7:23: unknown process 'nope' in api, expected one of (no process defined)"),
                errors(HEAD + "    capability { add-path both; }\n    family { ipv6 unicast; ipv4 unicst; }\n"
                        + "    api { processes [ nope ]; }\n}\n"));
        assertEquals(List.of("conf.conf:1:9: missing run in process p, expected run <program> ...",
                "conf.conf:1:21: invalid encoder 'xml', expected text or json"),
                errors("process p { encoder xml; }\n"));
    }

    @Test
    void everyUnknownProcessIsNamedWhereItIsUsed() {
        assertEquals(List.of("conf.conf:4:9: inherit in a template, expected it in a neighbor only",
                "conf.conf:12:25: unknown process 'b' in api, expected one of a",
                "conf.conf:13:29: invalid processes-match '(', expected a regular expression (Unclosed group)"),
                errors("""
                        process a { run x; }
                        template {
                            neighbor t {
                                inherit u;
                            }
                        }
                        neighbor 127.0.0.1 {
                            inherit t;
                            local-as 1;
                            peer-as 1;
                            router-id 1.1.1.1;
                            api { processes [ a b ]; }
                            api { processes-match [ ( ]; }
                        }
                        """));
    }

    @Test
    void aRouteOfAFamilyNotNegotiatedIsAnError() {
        assertEquals(List.of("conf.conf:6:20: route of family ipv4 mpls-vpn but the neighbor does not announce that"
                + " family, expected it in the family block"),
                errors(HEAD + "    family { ipv4 unicast; }\n"
                        + "    static { route 10.0.0.0/24 rd 1:1 label 5 next-hop 1.2.3.4; }\n}\n"));
    }

    @Test
    void templateErrorsAreReportedOnceAndUnknownTemplatesNamed() {
        String text = "template {\n  neighbor t {\n    hold-time 1;\n  }\n}\n"
                + "neighbor 10.0.0.1 { inherit t; local-as 1; peer-as 1; router-id 1.1.1.1; }\n"
                + "neighbor 10.0.0.2 { inherit t; local-as 1; peer-as 1; router-id 1.1.1.1; }\n"
                + "neighbor 10.0.0.3 { inherit u; local-as 1; peer-as 1; router-id 1.1.1.1; }\n";
        assertEquals(List.of("conf.conf:3:15: invalid hold-time '1', expected 0 or 3..65535",
                "conf.conf:8:29: unknown template 'u', expected one of t"), errors(text));
    }

    @Test
    void structuralErrorsComeFirstAndAlone() {
        assertEquals(List.of("conf.conf:2:20: expected ';' after '1.2.3.4' before '}'"),
                errors("neighbor 127.0.0.1 {\n  router-id 1.2.3.4\n}\n"));
    }

    @Test
    void duplicatesAreErrors() {
        String n = "neighbor 10.0.0.1 { local-as 1; peer-as 1; router-id 1.1.1.1; }\n";
        assertEquals(List.of("conf.conf:2:10: duplicate peer definition 10.0.0.1"), errors(n + n));
    }

    @Test
    void aKeywordAloneTakesExaBgpsValueForIt() throws ConfigException {
        NeighborConfig n = neighbor("""
                    passive;
                    group-updates;
                    adj-rib-in;
                    capability {
                        route-refresh;
                        graceful-restart;
                        multi-session;
                        asn4;
                    }
                """);
        assertTrue(n.neighbor().passive());
        assertTrue(n.options().groupUpdates());
        assertFalse(n.neighbor().adjRibIn(), "ExaBGP's value for adj-rib-in given alone is false");
        assertTrue(n.neighbor().routeRefresh());
        assertEquals(180, n.neighbor().gracefulRestartTime(), "graceful-restart alone: the hold time");
        assertTrue(n.options().multiSession());
        assertTrue(n.neighbor().asn4());
    }

    @Test
    void exaBgpDefaults() throws ConfigException {
        NeighborConfig n = read("neighbor 10.0.0.1 {\n local-address 10.0.0.2;\n local-as 1;\n peer-as 2;\n}\n")
                .neighbors().get(0);
        Neighbor nb = n.neighbor();
        assertEquals("10.0.0.2", nb.routerId().orElseThrow(), "router-id from the IPv4 local-address");
        assertEquals(180, nb.holdTime());
        assertEquals(179, nb.port());
        assertFalse(nb.passive());
        assertTrue(nb.asn4());
        assertTrue(nb.extendedMessage());
        assertFalse(nb.routeRefresh());
        assertEquals(-1, nb.gracefulRestartTime());
        assertTrue(nb.adjRibIn());
        assertEquals(17, nb.families().size());
        assertEquals(java.util.Set.of(), nb.addPathSend());
        assertTrue(n.options().groupUpdates());
        assertTrue(n.options().autoFlush());
        assertTrue(n.options().adjRibOut());
        assertFalse(n.options().manualEor());
        assertFalse(n.options().multiSession());
        assertFalse(n.options().operational());
        assertFalse(n.options().nexthop());
        NeighborConfig auto = read("neighbor 10.0.0.1 {\n local-as 1;\n peer-as 2;\n}\n").neighbors().get(0);
        assertTrue(auto.neighbor().localAddress().isEmpty(), "local-address auto-discovered when absent");
        assertTrue(auto.neighbor().routerId().isEmpty(), "router-id then taken from the discovered address");
    }

    @Test
    void processRunIsSplitWithoutAShellAndResolvedAgainstTheFileDirectory() throws ConfigException {
        Configuration c = read("process a { run ./bin/x.py --name 'two words' \"and three words\"; encoder json;"
                + " respawn false; }\nprocess b { run python3 -u; }\n");
        assertEquals(List.of("/etc/bgp/bin/x.py", "--name", "two words", "and three words"),
                c.processes().get("a").argv());
        assertEquals("json", c.processes().get("a").encoder());
        assertFalse(c.processes().get("a").respawn());
        assertEquals(List.of("python3", "-u"), c.processes().get("b").argv());
        assertEquals("text", c.processes().get("b").encoder());
        assertTrue(c.processes().get("b").respawn());
    }

    @Test
    void ttlsAndBareProgramNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        NeighborConfig n = neighbor("    outgoing-ttl disable;\n    incoming-ttl 254;\n");
        assertEquals(0, n.neighbor().outgoingTtl());
        assertEquals(254, n.neighbor().incomingTtl());
        assertEquals(List.of("conf.conf:5:18: invalid outgoing-ttl '256', expected a TTL from 1 to 255 or disable"),
                errors(HEAD + "    outgoing-ttl 256;\n}\n"));
        java.nio.file.Files.writeString(dir.resolve("here.py"), "");
        Configuration c = ConfigReader.read("conf.conf", dir, dir.resolve("conf.conf"),
                "process a { run here.py; }\nprocess b { run elsewhere.py; }\n");
        assertEquals(List.of(dir.resolve("here.py").toString()), c.processes().get("a").argv());
        assertEquals(List.of("elsewhere.py"), c.processes().get("b").argv());
    }

    @Test
    void operationalAndAnnounceSections() throws ConfigException {
        NeighborConfig n = neighbor("""
                    family { ipv4 unicast; ipv4 multicast; ipv6 unicast; }
                    announce {
                        ipv4 {
                            multicast 224.0.0.0/4 next-hop 1.2.3.4 split /5;
                        }
                        ipv6 {
                            unicast 2001:db8::/32 next-hop self;
                        }
                    }
                    operational {
                        asm afi ipv4 safi unicast advisory "hello";
                    }
                """);
        assertEquals(3, n.routes().size());
        assertEquals("ipv4 multicast", n.routes().get(0).route().family().toString());
        assertEquals("224.0.0.0/5", n.routes().get(0).route().nlri().toString());
        assertEquals("232.0.0.0/5", n.routes().get(1).route().nlri().toString());
        assertTrue(n.routes().get(2).route().isSelf());
        assertEquals(bgp.codec.NextHopSelf.IPV6, n.routes().get(2).route().nextHopSelf());
        assertEquals(List.of(new bgp.config.Statement("asm", List.of("afi", "ipv4", "safi", "unicast", "advisory",
                "hello"))), n.operational());
    }
}
