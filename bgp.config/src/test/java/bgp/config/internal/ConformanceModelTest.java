package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AtomicAggregate;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.config.ApiConfig;
import bgp.config.ApiConfig.Message;
import bgp.config.Configuration;
import bgp.config.FlowRoute;
import bgp.config.NeighborConfig;
import bgp.config.NeighborOptions;
import bgp.config.ProcessConfig;
import bgp.config.Statement;
import bgp.config.VplsRoute;
import bgp.config.route.ConfigRoute;
import bgp.reactor.Neighbor;
import bgp.rib.Route;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model of ExaBGP's conformance configurations, field by field. */
class ConformanceModelTest {
    private static final Family IPV4_FLOW = new Family(Family.AFI_IPV4, Family.SAFI_FLOW);

    private static NeighborConfig only(Configuration c) {
        assertEquals(1, c.neighbors().size());
        return c.neighbors().get(0);
    }

    private static Route unicast(String prefix, String nextHop, Object... attributes) {
        return Route.of(IpPrefix.parse(prefix, 0), nextHop,
                java.util.Arrays.stream(attributes).map(a -> (bgp.codec.attribute.Attribute) a).toList());
    }

    private static Set<Family> families(Family... f) {
        return new LinkedHashSet<>(List.of(f));
    }

    private static String etc(String path) {
        return ConformanceConfigs.etc().toAbsolutePath().normalize().resolve(path).toString();
    }

    @Test
    void apiApiTemplateWithTwoNamedApiBlocks() {
        Configuration c = ConformanceConfigs.parse("api-api.conf");
        assertEquals(List.of("expecting-a-keepalive", "expecting-no-data"), List.copyOf(c.processes().keySet()));
        assertEquals(new ProcessConfig("expecting-a-keepalive", List.of(etc("run/api-api.receive.run")), "json", true),
                c.processes().get("expecting-a-keepalive"));
        NeighborConfig n = only(c);
        Neighbor nb = n.neighbor();
        assertEquals("127.0.0.1", nb.peerAddress());
        assertEquals("127.0.0.1", nb.localAddress().orElseThrow());
        assertEquals("127.0.0.123", nb.routerId().orElseThrow());
        assertEquals(65535, nb.localAs());
        assertEquals(65535, nb.peerAs());
        assertEquals(Set.of(Family.IPV4_LABELED, Family.IPV4_UNICAST), nb.families());
        assertEquals(180, nb.holdTime());
        assertTrue(nb.asn4());
        assertTrue(nb.extendedMessage());
        assertFalse(nb.routeRefresh());
        assertEquals(-1, nb.gracefulRestartTime());
        assertFalse(n.options().groupUpdates());
        assertTrue(n.options().autoFlush());
        assertTrue(n.options().adjRibOut());
        assertFalse(n.options().manualEor());
        assertEquals(List.of(
                new ApiConfig("speaking", List.of("expecting-a-keepalive"), List.of(), false, false, false, false,
                        Set.of(Message.PARSED, Message.KEEPALIVE, Message.UPDATE),
                        Set.of(Message.PARSED, Message.KEEPALIVE, Message.UPDATE)),
                new ApiConfig("listening", List.of("expecting-no-data"), List.of(), false, false, false, false,
                        Set.of(), Set.of())), n.apis());
        assertEquals(List.of(), n.routes());
    }

    @Test
    void apiBlocklistTwoNeighborsOfOneTemplate() {
        Configuration c = ConformanceConfigs.parse("api-blocklist.conf");
        assertEquals(2, c.neighbors().size());
        for (int i = 0; i < 2; i++) {
            NeighborConfig n = c.neighbors().get(i);
            String peer = "10.0.0." + (i + 2);
            assertEquals(peer, n.neighbor().peerAddress());
            assertEquals(64512, n.neighbor().localAs());
            assertEquals("10.0.0.17", n.neighbor().routerId().orElseThrow());
            assertEquals("10.0.0.17", n.neighbor().localAddress().orElseThrow());
            assertEquals(1200, n.neighbor().gracefulRestartTime());
            assertTrue(n.neighbor().routeRefresh());
            assertTrue(n.options().operational());
            assertTrue(n.options().groupUpdates());
            assertEquals(families(Family.IPV4_UNICAST, Family.IPV6_UNICAST), n.neighbor().families());
            assertEquals(List.of("blocklist-" + peer), n.apis().get(0).processes());
        }
        assertEquals(List.of(etc("run/api-blocklist.run")), c.processes().get("blocklist-10.0.0.3").argv());
        assertEquals("text", c.processes().get("blocklist-10.0.0.3").encoder());
    }

    @Test
    void apiOpenCapabilitiesNexthopAndSubscriptions() {
        NeighborConfig n = only(ConformanceConfigs.parse("api-open.conf"));
        Neighbor nb = n.neighbor();
        assertEquals(Set.of(Family.IPV4_UNICAST), nb.families());
        assertTrue(nb.asn4());
        assertTrue(nb.routeRefresh());
        assertEquals(360, nb.gracefulRestartTime());
        assertEquals(Set.of(Family.IPV4_UNICAST), nb.addPathSend());
        assertEquals(Set.of(Family.IPV4_UNICAST), nb.addPathReceive());
        NeighborOptions o = n.options();
        assertTrue(o.aigp());
        assertTrue(o.operational());
        assertTrue(o.multiSession());
        assertTrue(o.nexthop());
        assertEquals(List.of(new NeighborOptions.NextHopFamily(Family.IPV4_UNICAST, Family.AFI_IPV6),
                new NeighborOptions.NextHopFamily(Family.IPV6_UNICAST, Family.AFI_IPV4)), o.nexthops());
        ApiConfig api = n.apis().get(0);
        assertEquals("announce", api.name());
        assertEquals(Set.of(Message.PARSED, Message.OPEN), api.send());
        assertEquals(Set.of(Message.PACKETS, Message.CONSOLIDATE, Message.OPEN, Message.UPDATE), api.receive());
    }

    @Test
    void confAddpathPathInformationLabelAndRd() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-addpath.conf"));
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV4_MPLS_VPN), n.neighbor().addPathSend());
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV4_MPLS_VPN), n.neighbor().addPathReceive());
        assertEquals(2, n.routes().size());
        Route first = n.routes().get(0).route();
        assertEquals(IpPrefix.parse("193.0.2.1/32", 0x01020304), first.nlri());
        assertEquals(0x01020304, first.nlri().pathId());
        assertEquals("10.0.0.1", IpAddresses.format(first.nextHop()));
        assertEquals(List.of(ExtendedCommunities.parse("72:0.0.0.1")), first.attributes());
        Route second = n.routes().get(1).route();
        assertEquals(VpnPrefix.of(IpPrefix.parse("10.0.0.0/24", 10), RouteDistinguisher.parse("100:100"), 20012),
                second.nlri());
        assertEquals(Family.IPV4_MPLS_VPN, second.family());
        assertEquals("192.168.0.1", IpAddresses.format(second.nextHop()));
        assertEquals(List.of(Origin.IGP, new LocalPref(100), ExtendedCommunities.parse("target:0:0", "target:1:1")),
                second.attributes());
    }

    @Test
    void confAggregatorNoFamilyBlockMeansEveryKnownFamily() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-aggregator.conf"));
        assertEquals("a quagga test peer", n.neighbor().description());
        assertEquals(new LinkedHashSet<>(ConfigParser.KNOWN_FAMILIES), n.neighbor().families());
        assertEquals(17, n.neighbor().families().size());
        Route expected = unicast("1.0.64.0/18", "192.168.1.254", AsPath.sequence(57821, 6939),
                AtomicAggregate.INSTANCE, new Aggregator(18144, IpAddresses.parseIpv4("219.118.225.189")));
        assertEquals(List.of(ConfigRoute.of(expected)), n.routes());
        // iBGP defaults at the neighbor boundary: ORIGIN igp and LOCAL_PREF 100 added, the AS_PATH kept
        assertEquals(List.of(unicast("1.0.64.0/18", "192.168.1.254", Origin.IGP, AsPath.sequence(57821, 6939),
                new LocalPref(100), AtomicAggregate.INSTANCE,
                new Aggregator(18144, IpAddresses.parseIpv4("219.118.225.189")))), n.outgoing());
    }

    @Test
    void confEbgpAnnounceBlockAndEbgpDefaults() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-ebgp.conf"));
        assertEquals(65533, n.neighbor().localAs());
        assertEquals(65000, n.neighbor().peerAs());
        assertFalse(n.neighbor().isInternal());
        assertEquals(List.of(ConfigRoute.of(unicast("10.0.0.0/24", "10.0.1.254", new LocalPref(200)))), n.routes());
        assertEquals(List.of(unicast("10.0.0.0/24", "10.0.1.254", Origin.IGP, AsPath.sequence(65533))),
                n.outgoing());
    }

    @Test
    void confGroupTemplateRoutesAndDescription() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-group.conf"));
        assertEquals("router 2 with four routes", n.neighbor().description());
        assertEquals("127.0.0.0", n.neighbor().routerId().orElseThrow());
        assertEquals(65533, n.neighbor().localAs());
        assertEquals(1200, n.neighbor().gracefulRestartTime());
        assertFalse(n.options().groupUpdates());
        assertEquals(List.of(ConfigRoute.of(unicast("1.0.0.0/8", "1.1.1.1")),
                ConfigRoute.of(unicast("2.0.0.0/8", "1.1.1.1")), ConfigRoute.of(unicast("3.0.0.0/8", "1.1.1.1")),
                ConfigRoute.of(unicast("4.0.0.0/8", "1.1.1.1"))), n.routes());
    }

    @Test
    void confL2vpnVplsRoutes() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-l2vpn.conf"));
        assertEquals(Set.of(new Family(Family.AFI_L2VPN, Family.SAFI_VPLS)), n.neighbor().families());
        assertEquals(3, n.vpls().size());
        List<bgp.codec.attribute.Attribute> attributes = List.of(Origin.IGP,
                AsPath.sequence(30740, 30740, 30740, 30740, 30740, 30740, 30740), new Med(2000), new LocalPref(100),
                Communities.parse("54591:123"), new OriginatorId(IpAddresses.parseIpv4("192.168.22.1")),
                ClusterList.parse("3.3.3.3", "192.168.201.1"),
                ExtendedCommunities.parse("target:54591:6", "l2info:19:0:1500:111"));
        assertEquals(new VplsRoute(null, RouteDistinguisher.parse("192.168.201.1:123"), 5, 10702, 1, 8,
                "192.168.201.1", attributes, false), n.vpls().get(0));
        VplsRoute site5 = n.vpls().get(1);
        assertEquals("site5", site5.name());
        assertEquals(RouteDistinguisher.parse("192.168.201.1:124"), site5.rd());
        assertEquals(10732, site5.base());
        assertTrue(site5.attributes().contains(new LocalPref(1)));
        assertEquals(10702, n.vpls().get(2).base());
        // each is a route, sent as ExaBGP sends them: the third has the NLRI of the first, and goes too
        assertEquals(3, n.routes().size());
        assertEquals(n.routes().get(0).route().nlri().toString(), n.routes().get(2).route().nlri().toString());
        assertNotEquals(n.routes().get(0).route().nlri(), n.routes().get(2).route().nlri());
        assertEquals(new LocalPref(1), n.routes().get(2).route().attributes().get(3));
        assertEquals("site5", n.routes().get(1).name());
    }

    @Test
    void confFlowRoutes() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-flow.conf"));
        assertEquals(families(IPV4_FLOW, new Family(Family.AFI_IPV4, Family.SAFI_FLOW_VPN),
                new Family(Family.AFI_IPV6, Family.SAFI_FLOW)), n.neighbor().families());
        assertEquals(List.of("first-vpn-route", "give-me-a-name", "another", "another-but-packets", "first-redirect",
                "second-redirect", "third-redirect", "legal-intercept", "a-vpn-route", "set-dscp", "take-action",
                "ipv6", "neq-operator", "check-tcp-flags"), n.flows().stream().map(FlowRoute::name).toList());
        assertEquals(new FlowRoute("first-vpn-route", List.of(new Statement("rd", List.of("65535:65536"))),
                List.of(new Statement("source", List.of("10.0.0.1/32"))), List.of(),
                List.of(new Statement("discard", List.of()))), n.flows().get(0));
        FlowRoute packets = n.flows().get(3);
        assertEquals(List.of(new Statement("rate-limit", List.of("1000", "packets"))), packets.then());
        FlowRoute redirect = n.flows().get(4);
        assertEquals(new Statement("destination-port", List.of("[", ">8080&<8088", "=3128", "]")),
                redirect.match().get(3));
        assertEquals(List.of(">8080&<8088", "=3128"), redirect.match().get(3).items());
        assertEquals(List.of(new Statement("rd", List.of("65535:65536")), new Statement("next-hop", List.of("5.6.7.8"))),
                n.flows().get(8).attributes());
        assertEquals(new Statement("tcp-flags", List.of("[", "SYN", "RST&FIN&!=push", "]")),
                n.flows().get(13).match().get(4));
    }

    @Test
    void confHostnameAndParseTtlAndMd5() {
        NeighborConfig host = only(ConformanceConfigs.parse("conf-hostname.conf"));
        assertEquals("my-host-name", host.neighbor().hostName().orElseThrow());
        assertEquals("my-domain-name.com", host.neighbor().domainName().orElseThrow());
        NeighborConfig ttl = only(ConformanceConfigs.parse("parse-ttl.conf"));
        assertEquals(1, ttl.neighbor().outgoingTtl());
        assertEquals(0, ttl.neighbor().incomingTtl());
        NeighborConfig md5 = only(ConformanceConfigs.parse("parse-md5.conf"));
        assertEquals("abc123", md5.neighbor().md5Password().orElseThrow());
        assertEquals("10.0.0.2", md5.options().md5Ip());
        assertFalse(md5.options().md5Base64());
        assertEquals(List.of(ConfigRoute.of(unicast("172.10.0.0/16", "192.0.2.1", new Med(200),
                Communities.parse("174:666")))), md5.routes());
    }

    @Test
    void confIpself4NextHopSelfIsTheSentinel() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-ipself4.conf"));
        Route r = n.routes().get(0).route();
        assertTrue(r.isSelf());
        assertEquals(NextHopSelf.IPV4, r.nextHopSelf());
        assertEquals(IpPrefix.parse("10.0.0.0/32", 0), r.nlri());
        assertEquals(List.of(), r.attributes());
    }

    @Test
    void routeFlagsNameWatchdogWithdraw() {
        NeighborConfig named = only(ConformanceConfigs.parse("conf-name.conf"));
        assertEquals(new ConfigRoute(unicast("1.0.0.0/24", "1.2.3.4"), "this-is-a-test-route", null, false,
                List.of()), named.routes().get(0));
        NeighborConfig watchdog = only(ConformanceConfigs.parse("api-watchdog.conf"));
        assertEquals(4, watchdog.routes().size());
        assertEquals(new ConfigRoute(unicast("77.77.77.77/32", "1.2.3.4"), null, "dnsr", true, List.of()),
                watchdog.routes().get(1));
        assertNull(watchdog.routes().get(0).watchdog());
        assertEquals(3, watchdog.outgoing().size());
    }

    @Test
    void confNewV4TemplateRoutesComeFirst() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-new-v4.conf"));
        assertEquals(8, n.routes().size());
        assertEquals(ConfigRoute.of(unicast("10.0.1.0/24", "10.0.255.254", Communities.of(0))), n.routes().get(0));
        assertEquals(ConfigRoute.of(unicast("10.0.3.0/24", "10.0.255.254",
                Communities.parse("30740:0", "30740:30740"))), n.routes().get(2), "communities in ascending order");
        assertEquals(ConfigRoute.of(unicast("10.0.8.0/24", "10.0.255.254", new LocalPref(200),
                Communities.parse("30740:30740"))), n.routes().get(7));
    }

    @Test
    void processesArgvRespawnAndApiName() {
        Configuration respawn = ConformanceConfigs.parse("api-no-respawn.conf");
        assertFalse(respawn.processes().get("one-shot").respawn());
        assertTrue(respawn.processes().get("respawn").respawn());
        assertEquals(List.of("one-shot", "respawn"), only(respawn).apis().get(0).processes());
        Configuration health = ConformanceConfigs.parse("example-healthcheck.conf");
        assertEquals(List.of("python3", "-m", "exabgp", "healthcheck", "-s", "--name", "nginx", "--cmd",
                "curl --fail --verbose --max-time 2 http://localhost", "--start-ip", "0"),
                health.processes().get("service-nginx").argv());
        NeighborConfig n = only(health);
        assertEquals("services", n.apis().get(0).name());
        assertEquals("10.0.0.2", n.neighbor().localAddress().orElseThrow());
        assertEquals("198.111.227.39", n.neighbor().routerId().orElseThrow());
        Configuration multiple = ConformanceConfigs.parse("parse-multiple-process.conf");
        ApiConfig api = only(multiple).apis().get(0);
        assertEquals(List.of("my-process", "my-second-process"), api.processes());
        assertTrue(api.neighborChanges());
        assertEquals(Set.of(Message.PARSED, Message.UPDATE), api.receive());
        assertEquals(Set.of(Message.PACKETS), api.send());
        Configuration none = ConformanceConfigs.parse("api-no-neighbor.conf");
        assertEquals(List.of(), none.neighbors());
        assertEquals(List.of("no-neighbor-test"), List.copyOf(none.processes().keySet()));
    }

    @Test
    void confPrefixSidOnLabeledRoutes() {
        NeighborConfig n = only(ConformanceConfigs.parse("conf-prefix-sid.conf"));
        ConfigRoute r = n.routes().get(0);
        assertEquals(LabeledPrefix.of(IpPrefix.parse("198.51.100.100/32", 0), 800001), r.route().nlri());
        assertEquals(List.of(PrefixSid.labelIndex(777)), r.route().attributes());
        assertEquals(List.of(), r.unsupported());
        assertEquals(List.of(PrefixSid.labelIndex(300, 800000, 4096, 1000000, 5000)),
                n.routes().get(1).route().attributes());
    }

    @Test
    void capPathsLimitSoftwareVersionLinkLocal() {
        NeighborConfig limit = only(ConformanceConfigs.parse("conf-cap-paths-limit.conf"));
        assertEquals(Map.of(Family.IPV4_UNICAST, 10), limit.options().addPathLimits());
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), limit.neighbor().addPathSend());
        assertTrue(only(ConformanceConfigs.parse("conf-cap-software-version.conf")).options().softwareVersion());
        NeighborConfig llnh = only(ConformanceConfigs.parse("conf-llnh-lla-only.conf"));
        assertTrue(llnh.options().linkLocalNexthop());
        assertEquals("::1", llnh.neighbor().peerAddress());
        assertEquals("10.0.0.2", llnh.neighbor().routerId().orElseThrow());
        assertEquals("fe80::cafe", IpAddresses.format(llnh.routes().get(0).route().nextHop()));
    }

    @Test
    void mupRoutesAreRoutes() {
        NeighborConfig mup = only(ConformanceConfigs.parse("conf-srv6-mup.conf"));
        assertEquals(List.of(), mup.unsupported());
        assertEquals(10, mup.routes().size());
        Route isd = mup.routes().get(0).route();
        assertEquals("mup-isd 10.0.1.0/24 rd 100:100", isd.nlri().toString());
        assertEquals("2001::1", IpAddresses.format(isd.nextHop()));
        Route t1st = mup.routes().get(8).route();
        assertEquals("mup-t1st 2001:db8:1:1::1/128 rd 100:100 teid 12345 qfi 9 endpoint 2001::1", t1st.nlri().toString());
        assertEquals("::ffff:10.0.0.2", IpAddresses.format(t1st.nextHop()));
    }

    @Test
    void parseSimpleV6MixedRoutesOnAnIpv6Session() {
        NeighborConfig n = only(ConformanceConfigs.parse("parse-simple-v6.conf"));
        assertEquals("2a02:b80::2", n.neighbor().peerAddress());
        assertEquals("2a02:b80::1", n.neighbor().localAddress().orElseThrow());
        assertEquals(List.of(ConfigRoute.of(unicast("1.2.3.4/32", "5.6.7.8")),
                ConfigRoute.of(unicast("2a02:b80:0:1::/64", "2a02:b80:0:2::1",
                        new LocalPref(200), Communities.parse("30740:0", "30740:30740")))), n.routes());
    }

    @Test
    void srPolicyRoutesOfEveryExample() {
        Map<String, Integer> counts = Map.of("conf-sr-policy.conf", 4, "conf-sr-policy-simple.conf", 2,
                "conf-sr-policy-static.conf", 5, "conf-sr-policy-all-types.conf", 10);
        for (var e : counts.entrySet()) {
            NeighborConfig n = only(ConformanceConfigs.parse(e.getKey()));
            assertEquals(List.of(), n.unsupported(), e.getKey());
            assertEquals(e.getValue(), n.routes().size(), e.getKey());
            for (ConfigRoute r : n.routes()) {
                assertEquals(Family.SAFI_SR_POLICY, r.route().family().safi(), e.getKey());
            }
        }
        NeighborConfig n = only(ConformanceConfigs.parse("conf-sr-policy-static.conf"));
        Route first = n.routes().get(0).route();
        assertEquals("distinguisher 0 color 100 endpoint 10.1.1.1", first.nlri().toString());
        assertEquals(List.of(bgp.codec.attribute.TunnelEncapsulation.wrap(bgp.codec.Hex.decode(
                "000F00240C060000000000640D06100005DC01008000110009060000000000010106000003E81100"))),
                first.attributes());
        Route last = n.routes().get(4).route();
        assertEquals(new Family(2, 73), last.family());
        assertEquals("2001:db8::ffff", IpAddresses.format(last.nextHop()));
    }

    @Test
    void tcpAoIsKeptAsUnsupported() {
        NeighborConfig ao = only(ConformanceConfigs.parse("parse-tcp-ao.conf"));
        assertEquals(List.of(new Statement("tcp-ao", List.of("keyid", "1")),
                new Statement("tcp-ao", List.of("algorithm", "hmac-sha-256")),
                new Statement("tcp-ao", List.of("password", "my-secret-key"))), ao.unsupported());
    }
}
