package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.Aigp;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.attribute.LargeCommunities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.rib.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route text of the configuration and the API, value by value. */
class RouteParserTest {

    private static ConfigRoute one(String text) throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(text);
        assertEquals(1, routes.size());
        return routes.get(0);
    }

    private static RouteSyntaxException error(String text) {
        return assertThrows(RouteSyntaxException.class, () -> RouteParser.parse(text));
    }

    private static String where(RouteSyntaxException e) {
        return e.token().column() + " '" + e.token().text() + "': " + e.getMessage();
    }

    @Test
    void announceRouteWithNextHopSelfAndAttributes() throws RouteSyntaxException {
        ConfigRoute r = one("route 10.0.0.0/24 next-hop self med 100 community [no-export 65000:1]");
        assertTrue(r.route().isSelf());
        assertEquals(NextHopSelf.IPV4, r.route().nextHopSelf());
        assertEquals(IpPrefix.parse("10.0.0.0/24", 0), r.route().nlri());
        assertEquals(List.of(new Med(100), Communities.of(Community.of(65000, 1), Community.NO_EXPORT)),
                r.route().attributes());
        assertNull(r.name());
        assertNull(r.watchdog());
    }

    @Test
    void everyAttribute() throws RouteSyntaxException {
        ConfigRoute r = one("route 10.0.0.0/24 next-hop 1.2.3.4 origin egp as-path [ 1 2 ( 3 4 ) 5 ] med 7"
                + " local-preference 200 community 65000:2 extended-community [ target:65000:1 origin:1.2.3.4:5 ]"
                + " large-community [ 1:2:3 4:5:6 ] originator-id 9.9.9.9 cluster-list [ 1.1.1.1 2.2.2.2 ]"
                + " aggregator 65000:10.0.0.1 atomic-aggregate aigp 1000 attribute [ 0x63 0xc0 0x01020304 ]"
                + " path-information 7 name n1 watchdog w1 withdraw");
        Route route = r.route();
        assertEquals("1.2.3.4", IpAddresses.format(route.nextHop()));
        assertEquals(7, route.nlri().pathId());
        assertEquals(List.<Attribute>of(Origin.EGP,
                AsPath.of(AsPath.Segment.of(AsPath.AS_SEQUENCE, 1, 2), AsPath.Segment.of(AsPath.AS_SET, 3, 4),
                        AsPath.Segment.of(AsPath.AS_SEQUENCE, 5)),
                new Med(7), new LocalPref(200), bgp.codec.attribute.AtomicAggregate.INSTANCE,
                new Aggregator(65000, IpAddresses.parseIpv4("10.0.0.1")), Communities.of(Community.of(65000, 2)),
                new OriginatorId(IpAddresses.parseIpv4("9.9.9.9")), ClusterList.parse("1.1.1.1", "2.2.2.2"),
                ExtendedCommunities.of(ExtendedCommunity.parse("target:65000:1"),
                        ExtendedCommunity.parse("origin:1.2.3.4:5")),
                Aigp.of(1000), LargeCommunities.parse("1:2:3", "4:5:6"),
                UnknownAttribute.of(0x63, 0xc0, Hex.decode("01020304"))), route.attributes());
        assertEquals("n1", r.name());
        assertEquals("w1", r.watchdog());
        assertTrue(r.withdraw());
    }

    @Test
    void singleValuesWithoutBracketsAndAggregatorInParentheses() throws RouteSyntaxException {
        Route r = one("route 10.0.0.1 next-hop 1.1.1.1 as-path 65001 cluster-list 3.3.3.3"
                + " extended-community 72:0.0.0.1 aggregator ( 1:2.2.2.2 ) path-information 0.0.0.9").route();
        assertEquals(IpPrefix.parse("10.0.0.1/32", 9), r.nlri());
        assertEquals(List.<Attribute>of(AsPath.sequence(65001), new Aggregator(1, IpAddresses.parseIpv4("2.2.2.2")),
                ClusterList.parse("3.3.3.3"), ExtendedCommunities.parse("72:0.0.0.1")), r.attributes());
    }

    @Test
    void familyFormsAndLabels() throws RouteSyntaxException {
        Route multicast = one("ipv6 multicast 2001:db8::/32 next-hop 2001:db8::1").route();
        assertEquals(Family.IPV6_MULTICAST, multicast.family());
        Route labeled = one("ipv4 nlri-mpls 10.0.0.0/8 next-hop 1.1.1.1 label [ 100 200 ]").route();
        assertEquals(LabeledPrefix.of(IpPrefix.parse("10.0.0.0/8", 0), 100, 200), labeled.nlri());
        Route labeledByKeyword = one("route 10.0.0.0/8 next-hop 1.1.1.1 label 16").route();
        assertEquals(Family.IPV4_LABELED, labeledByKeyword.family());
        Route vpn = one("route 10.0.0.0/8 next-hop 1.1.1.1 rd 65000:1 label 16").route();
        assertEquals(VpnPrefix.of(IpPrefix.parse("10.0.0.0/8", 0), RouteDistinguisher.parse("65000:1"), 16),
                vpn.nlri());
        Route v6self = one("ipv6 unicast 2001:db8::/32 next-hop self").route();
        assertEquals(NextHopSelf.IPV6, v6self.nextHopSelf());
    }

    @Test
    void attributesNlriGivesOneRoutePerPrefix() throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(
                "attributes next-hop 1.2.3.4 local-preference 50 nlri 10.0.0.0/24 10.0.1.0/24 2001:db8::/32");
        assertEquals(List.of("10.0.0.0/24", "10.0.1.0/24", "2001:db8::/32"),
                routes.stream().map(r -> r.route().nlri().toString()).toList());
        assertEquals(List.of(new LocalPref(50)), routes.get(2).route().attributes());
    }

    @Test
    void splitExpandsThePrefix() throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse("route 10.0.0.0/23 next-hop 1.1.1.1 split /25");
        assertEquals(List.of("10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/25", "10.0.1.128/25"),
                routes.stream().map(r -> r.route().nlri().toString()).toList());
    }

    @Test
    void aWithdrawalNeedsNoNextHop() throws RouteSyntaxException {
        Route r = one("route 10.0.0.0/24").route();
        assertEquals("0.0.0.0", IpAddresses.format(r.nextHop()));
        RouteSyntaxException e = assertThrows(RouteSyntaxException.class,
                () -> RouteParser.parse(Token.split("route 10.0.0.0/24 med 1"), true));
        assertEquals("7 '10.0.0.0/24': missing next-hop for route 10.0.0.0/24, expected next-hop <ip> or next-hop"
                + " self", where(e));
    }

    @Test
    void errorsNameTheTokenAndWhatWasExpected() {
        assertEquals("40 'x': invalid med 'x', expected a number from 0 to 4294967295",
                where(error("route 10.0.0.0/24 next-hop 1.2.3.4 med x")));
        assertEquals("28 'one.two': invalid next-hop 'one.two', expected an IP address",
                where(error("route 10.0.0.0/24 next-hop one.two")));
        assertEquals("7 '10.0.0.0/33': invalid prefix '10.0.0.0/33', expected <ip>/<length>",
                where(error("route 10.0.0.0/33 next-hop 1.1.1.1")));
        assertEquals("14 '10.0.0.0/8': prefix '10.0.0.0/8' is not ipv6",
                where(error("ipv6 unicast 10.0.0.0/8 next-hop ::1")));
        assertEquals("6 'rtc': unsupported family 'ipv4 rtc', expected unicast, multicast, nlri-mpls, mpls-vpn, mcast-vpn, mup,"
                + " flow, flow-vpn or sr-policy", where(error("ipv4 rtc 10.0.0.0/8")));
        assertEquals("10 '10.0.0.0/8': unknown mup route '10.0.0.0/8', expected mup-isd, mup-dsd, mup-t1st or mup-t2st",
                where(error("ipv4 mup 10.0.0.0/8")));
        assertEquals("45 '1': expected ']' closing the list opened at column 43 after '1'",
                where(error("route 10.0.0.0/24 next-hop self community [ 1")));
        assertEquals("52 'origin:1': invalid extended community origin:1: expected 2 fields after the kind",
                where(error("route 10.0.0.0/24 next-hop self extended-community origin:1")));
        assertEquals("42 'announce': invalid watchdog name announce, expected a name other than announce and withdraw",
                where(error("route 10.0.0.0/24 next-hop self watchdog announce")));
        assertEquals("16 '10.0.0.0/8': missing label for nlri-mpls route 10.0.0.0/8, expected label <n>",
                where(error("ipv4 nlri-mpls 10.0.0.0/8 next-hop 1.1.1.1")));
        assertEquals("1 'show': unexpected 'show', expected route, ipv4, ipv6, attributes, flow or vpls",
                where(error("show route")));
        assertEquals("49 '0x123': invalid attribute value '0x123', expected 0x and an even number of hex digits",
                where(error("route 10.0.0.0/24 next-hop self attribute [ 1 2 0x123 ]")));
    }

    @Test
    void prefixSidLabelIndexSrgbsAndSrv6() throws RouteSyntaxException {
        assertEquals(List.<Attribute>of(PrefixSid.labelIndex(777)), one("route 10.0.0.0/24 next-hop 1.1.1.1"
                + " label 5 bgp-prefix-sid [ 777 ]").route().attributes());
        assertEquals(List.<Attribute>of(PrefixSid.labelIndex(300, 800000, 4096, 1000000, 5000)),
                one("route 10.0.0.0/24 next-hop 1.1.1.1 bgp-prefix-sid [ 300, [ ( 800000,4096 ) ( 1000000,5000 ) ] ]")
                        .route().attributes());
        byte[] sid = IpAddresses.parseIpv6("2001:db8:1:1::");
        assertEquals(List.<Attribute>of(PrefixSid.srv6Service(5, sid, 0x48, new int[] {64, 24, 16, 0, 0, 0})),
                one("route 10.0.0.0/24 next-hop 1.1.1.1 bgp-prefix-sid-srv6 ( l3-service 2001:db8:1:1:: 0x48"
                        + " [64,24,16,0,0,0] )").route().attributes());
        assertEquals(List.<Attribute>of(PrefixSid.srv6Service(6, sid, 19, null)),
                one("route 10.0.0.0/24 next-hop 1.1.1.1 bgp-prefix-sid-srv6 ( l2-service 2001:db8:1:1:: 19 )")
                        .route().attributes());
        assertEquals(List.<Attribute>of(PrefixSid.srv6Service(5, sid, 0xFFFF, null)),
                one("route 10.0.0.0/24 next-hop 1.1.1.1 bgp-prefix-sid-srv6 ( l3-service 2001:db8:1:1:: )")
                        .route().attributes());
    }

    @Test
    void prefixSidErrors() {
        assertEquals("50 '4294967296': invalid label index '4294967296', expected a number from 0 to 4294967295",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid [ 4294967296 ]")));
        assertEquals("58 '16777216': invalid SRGB range '16777216', expected a number from 0 to 16777215",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid [ 1 [ ( 1 16777216 ) ] ]")));
        assertEquals("54 ']': expected at least one SRGB ( <base>,<range> )",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid [ 1 [ ] ]")));
        assertEquals("48 '777': expected '[' after 'bgp-prefix-sid', got '777'",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid 777")));
        assertEquals("55 'l4-service': invalid SRv6 service 'l4-service', expected l3-service or l2-service",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid-srv6 ( l4-service ::1 1 )")));
        assertEquals("66 '10.0.0.1': invalid SRv6 SID '10.0.0.1', expected an IPv6 address",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid-srv6 ( l3-service 10.0.0.1 1 )")));
        assertEquals("74 '1': expected 6 SID structure lengths [ block, node, function, argument, transposition"
                + " length, offset ], got 2",
                where(error("route 10.0.0.0/24 next-hop self bgp-prefix-sid-srv6 ( l3-service ::1 1 [ 1 2 ] )")));
    }

    @Test
    void defaultsAtTheNeighborBoundary() throws RouteSyntaxException {
        Route r = one("route 10.0.0.0/24 next-hop self as-path [ 65001 ] local-preference 50").route();
        Route ebgp = RouteDefaults.forSession(r, 65000, 65002);
        // a given AS_PATH goes out as written on eBGP too (ExaBGP's qa/encoding/conf-ebgp); LOCAL_PREF is dropped
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65001)), ebgp.attributes());
        Route noPath = one("route 10.0.0.0/24 next-hop self").route();
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65000)), RouteDefaults.forSession(noPath, 65000, 65002)
                .attributes());
        assertTrue(ebgp.isSelf());
        Route ibgp = RouteDefaults.forSession(r, 65000, 65000);
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65001), new LocalPref(50)), ibgp.attributes());
        Route bare = one("route 10.0.0.0/24 next-hop 1.1.1.1").route();
        assertEquals(List.of(Origin.IGP, AsPath.EMPTY, new LocalPref(100)),
                RouteDefaults.forSession(bare, 1, 1).attributes());
        assertEquals(List.of(Origin.IGP, AsPath.sequence(1)), RouteDefaults.forSession(bare, 1, 2).attributes());
    }

    @Test
    void routesSharingAnAttributeListShareTheListWithDefaultsPerSessionKind() throws RouteSyntaxException {
        Route a = one("route 10.0.0.0/24 next-hop 1.1.1.1 med 5").route();
        Route b = Route.of(IpPrefix.parse("10.0.1.0/24", 0), IpAddresses.parse("2.2.2.2"), a.attributes());
        Route ebgpA = RouteDefaults.forSession(a, 65000, 65002);
        Route ebgpB = RouteDefaults.forSession(b, 65000, 65002);
        assertSame(ebgpA.attributes(), ebgpB.attributes());
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65000), new Med(5)), ebgpB.attributes());
        assertEquals(b.nlri(), ebgpB.nlri());
        assertArrayEquals(IpAddresses.parse("2.2.2.2"), ebgpB.nextHop());
        // another session kind: its own defaults (another local AS on eBGP, LOCAL_PREF on iBGP)
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65001), new Med(5)),
                RouteDefaults.forSession(b, 65001, 65002).attributes());
        assertEquals(List.of(Origin.IGP, AsPath.EMPTY, new Med(5), new LocalPref(100)),
                RouteDefaults.forSession(b, 65000, 65000).attributes());
        assertEquals(ebgpA.attributes(), RouteDefaults.forSession(a, 65000, 65003).attributes());
        // an equal list that is not the same instance: equal defaults, made for it
        Route c = Route.of(IpPrefix.parse("10.0.2.0/24", 0), IpAddresses.parse("2.2.2.2"), List.of(new Med(5)));
        assertEquals(ebgpA.attributes(), RouteDefaults.forSession(c, 65000, 65002).attributes());
    }
}
