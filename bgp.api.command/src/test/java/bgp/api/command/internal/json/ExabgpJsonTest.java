package bgp.api.command.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.Aigp;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AtomicAggregate;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.LargeCommunities;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.RouteRefreshCapability;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.LabeledPrefixes;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.codec.nlri.VpnPrefixes;
import bgp.reactor.Neighbor;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Exact JSON of each message and event type, envelope included. */
class ExabgpJsonTest {
    private final AtomicLong clock = new AtomicLong(1_700_000_000_123_456L);
    private final ExabgpJson json = new ExabgpJson("5.0.0", "box", 42, 7, clock::get);
    private final ExabgpJson.Peer peer = new ExabgpJson.Peer("10.0.0.1", "10.0.0.2", 65000, 65001, "1.1.1.1");

    private static final String NEIGHBOR = "\"neighbor\":{\"address\":{\"local\":\"10.0.0.1\",\"peer\":\"10.0.0.2\"},"
            + "\"asn\":{\"local\":65000,\"peer\":65001},\"router-id\":\"1.1.1.1\"";

    private static String head(int counter, String type) {
        return "{\"exabgp\":\"5.0.0\",\"time\":1700000000.123456,\"host\":\"box\",\"pid\":42,\"ppid\":7,\"counter\":"
                + counter + ",\"type\":\"" + type + "\"," + NEIGHBOR;
    }

    @Test
    void stateUpConnectedDown() {
        assertEquals(head(1, "state") + ",\"state\":\"connected\"}}", json.state(peer, "connected", null));
        assertEquals(head(2, "state") + ",\"state\":\"up\"}}", json.state(peer, "up", null));
        assertEquals(head(3, "state") + ",\"state\":\"down\",\"reason\":\"peer sent \\\"(x)\\\" (y)\"}}",
                json.state(peer, "down", "peer sent \"[x]\" {y}"));
    }

    @Test
    void counterIsPerPeer() {
        ExabgpJson.Peer other = new ExabgpJson.Peer("10.0.0.1", "10.0.0.3", 65000, 65001, "1.1.1.1");
        json.keepalive(peer, ExabgpJson.RECEIVE);
        json.keepalive(peer, ExabgpJson.RECEIVE);
        String third = json.keepalive(other, ExabgpJson.RECEIVE);
        assertEquals(true, third.contains("\"counter\":1,"));
        assertEquals(true, json.keepalive(peer, ExabgpJson.RECEIVE).contains("\"counter\":3,"));
    }

    @Test
    void timeAsPythonPrintsIt() {
        clock.set(1_700_000_000_000_000L);
        assertEquals(true, json.keepalive(peer, "in").contains("\"time\":1700000000.0,"));
        clock.set(1_700_000_000_500_000L);
        assertEquals(true, json.keepalive(peer, "in").contains("\"time\":1700000000.5,"));
        clock.set(1_700_000_000_000_010L);
        assertEquals(true, json.keepalive(peer, "in").contains("\"time\":1700000000.00001,"));
    }

    @Test
    void keepalive() {
        assertEquals(head(1, "keepalive") + ",\"direction\":\"receive\"}}", json.keepalive(peer, ExabgpJson.RECEIVE));
    }

    @Test
    void notification() {
        assertEquals(head(1, "notification") + ",\"direction\":\"send\",\"notification\":{\"code\":6,\"subcode\":2,"
                        + "\"data\":\"0x03627965\",\"message\":\"Cease / Administrative shutdown (bye)\"}}}",
                json.notification(peer, ExabgpJson.SEND, Notification.shutdown(2, "bye")));
        assertEquals(head(2, "notification") + ",\"direction\":\"receive\",\"notification\":{\"code\":4,"
                        + "\"subcode\":0,\"data\":\"0x\",\"message\":\"Hold timer expired / Unspecific\"}}}",
                json.notification(peer, ExabgpJson.RECEIVE, new Notification(4, 0)));
    }

    @Test
    void endOfRib() {
        assertEquals(head(1, "update") + ",\"direction\":\"receive\",\"message\":{\"eor\":{\"afi\":\"ipv4\","
                + "\"safi\":\"unicast\"}}}}", json.update(peer, ExabgpJson.RECEIVE, Update.endOfRib(Family.IPV4_UNICAST)));
        assertEquals(head(2, "update") + ",\"direction\":\"receive\",\"message\":{\"eor\":{\"afi\":\"ipv6\","
                + "\"safi\":\"mpls-vpn\"}}}}", json.update(peer, ExabgpJson.RECEIVE, Update.endOfRib(Family.IPV6_MPLS_VPN)));
        assertEquals(head(3, "update") + ",\"direction\":\"in\",\"message\":{\"eor\":{\"afi\":\"ipv4\","
                + "\"safi\":\"nlri-mpls\"}}}}", json.endOfRib(peer, ExabgpJson.IN, Family.IPV4_LABELED));
    }

    @Test
    void refresh() {
        assertEquals(head(1, "refresh") + ",\"direction\":\"receive\",\"route-refresh\":{\"afi\":\"ipv6\","
                        + "\"safi\":\"unicast\",\"subtype\":\"query\"}}}",
                json.refresh(peer, ExabgpJson.RECEIVE, RouteRefresh.request(Family.IPV6_UNICAST)));
        assertEquals(true, json.refresh(peer, "in", new RouteRefresh(Family.IPV4_UNICAST, RouteRefresh.END))
                .endsWith("\"subtype\":\"end\"}}}"));
    }

    @Test
    void shutdownHasNoNeighbor() {
        assertEquals("{\"exabgp\":\"5.0.0\",\"time\":1700000000.123456,\"host\":\"box\",\"pid\":42,\"ppid\":7,"
                + "\"type\":\"notification\",\"notification\":\"shutdown\"}", json.shutdown());
    }

    @Test
    void open() {
        Open o = Open.of(4_200_000_000L, 90, IpAddresses.parseIpv4("2.2.2.2"), List.of(
                new MultiprotocolCapability(Family.IPV4_UNICAST), new MultiprotocolCapability(Family.IPV6_MPLS_VPN),
                RouteRefreshCapability.INSTANCE, new FourOctetAsCapability(4_200_000_000L),
                new AddPathCapability(List.of(new AddPathCapability.Entry(Family.IPV4_UNICAST, 3))),
                new GracefulRestartCapability(0x8, 120,
                        List.of(new GracefulRestartCapability.Entry(Family.IPV4_UNICAST, 0x80)))));
        assertEquals(head(1, "open") + ",\"direction\":\"receive\",\"open\":{\"version\":4,\"asn\":23456,"
                + "\"hold_time\":90,\"router_id\":\"2.2.2.2\",\"capabilities\":{"
                + "\"1\":{\"name\":\"multiprotocol\",\"families\":[\"ipv4/unicast\",\"ipv6/mpls-vpn\"]},"
                + "\"2\":{\"name\":\"route-refresh\",\"variant\":\"RFC\"},"
                + "\"65\":{\"name\":\"asn4\",\"asn4\":4200000000},"
                + "\"69\":{\"name\":\"addpath\",\"ipv4/unicast\":\"send/receive\"},"
                + "\"64\":{\"name\":\"graceful restart\",\"time\":120,\"address-family-flags\":{\"ipv4/unicast\":"
                + "[\"restart\"]},\"restart-flags\":[\"forwarding\"]}}}}}", json.open(peer, ExabgpJson.RECEIVE, o));
    }

    private String message(Update u) {
        String s = json.update(peer, "in", u);
        return s.substring(s.indexOf("\"message\":") + 10, s.length() - 2);
    }

    @Test
    void everyAttribute() {
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(
                Origin.EGP,
                AsPath.of(AsPath.Segment.of(AsPath.AS_CONFED_SEQUENCE, 65010), AsPath.Segment.of(AsPath.AS_SEQUENCE,
                        65001, 4_200_000_000L), AsPath.Segment.of(AsPath.AS_SET, 1, 2)),
                NextHop.of(IpAddresses.parseIpv4("192.0.2.1")),
                new Med(0),
                AtomicAggregate.INSTANCE,
                new Aggregator(65001, IpAddresses.parseIpv4("192.0.2.9")),
                Communities.of(0xFFFFFF01, 65001 << 16 | 7),
                new OriginatorId(IpAddresses.parseIpv4("3.3.3.3")),
                ClusterList.of(IpAddresses.parseIpv4("4.4.4.4"), IpAddresses.parseIpv4("5.5.5.5")),
                ExtendedCommunities.of(0x0002FDE900000001L),
                Aigp.of(100),
                LargeCommunities.of(1, 2, 3),
                UnknownAttribute.of(99, 0xC0, new byte[] {1, (byte) 0xAB})),
                Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.0.0.0"), 8)));
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"egp\",\"as-path\":{"
                + "\"0\":{\"element\":\"confed-sequence\",\"value\":[65010]},"
                + "\"1\":{\"element\":\"as-sequence\",\"value\":[65001,4200000000]},"
                + "\"2\":{\"element\":\"as-set\",\"value\":[1,2]}},"
                + "\"med\":0,\"atomic-aggregate\":true,\"aggregator\":\"65001:192.0.2.9\","
                + "\"community\":[[65535,65281],[65001,7]],\"originator-id\":\"3.3.3.3\","
                + "\"cluster-list\":[\"4.4.4.4\",\"5.5.5.5\"],"
                + "\"extended-community\":[{\"value\":842127122628609,\"string\":\"target:65001:1\"}],"
                + "\"aigp\":100,\"large-community\":[[1,2,3]],\"attribute-0x63-0xC0\":\"0x01ab\"},"
                + "\"announce\":{\"ipv4 unicast\":{\"192.0.2.1\":[{\"nlri\":\"10.0.0.0/8\"}]}}}}", message(u));
    }

    @Test
    void nextHopShownWhenNothingIsAnnounced() {
        Update u = new Update(Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.1.0.0"), 16)),
                List.of(Origin.IGP, NextHop.of(IpAddresses.parseIpv4("192.0.2.1"))), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"igp\",\"next-hop\":\"192.0.2.1\"},"
                + "\"withdraw\":{\"ipv4 unicast\":[{\"nlri\":\"10.1.0.0/16\"}]}}}", message(u));
    }

    @Test
    void multiprotocolFamiliesWithPathIdsLabelsAndRds() {
        Ipv6Prefixes v6 = Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(IpPrefix.parse("2001:db8::/32", 5)).build();
        byte[] nh = new byte[32];
        System.arraycopy(IpAddresses.parse("2001:db8::1"), 0, nh, 0, 16);
        System.arraycopy(IpAddresses.parse("fe80::1"), 0, nh, 16, 16);
        LabeledPrefixes labeled = LabeledPrefixes.of(LabeledPrefix.of(IpPrefix.parse("10.2.0.0/16", 0), 100, 200));
        VpnPrefixes vpn = VpnPrefixes.of(VpnPrefix.of(IpPrefix.parse("10.3.0.0/24", 0),
                RouteDistinguisher.parse("65000:1"), 300));
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(Origin.IGP, MpReach.of(Family.IPV6_UNICAST, nh, v6),
                new MpUnreach(Family.IPV4_MPLS_VPN, vpn)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"igp\"},\"announce\":{\"ipv6 unicast\":{"
                + "\"2001:db8::1\":[{\"nlri\":\"2001:db8::/32\",\"path-information\":\"0.0.0.5\"}]}},"
                + "\"withdraw\":{\"ipv4 mpls-vpn\":[{\"nlri\":\"10.3.0.0/24\",\"label\":[[300,4801]],"
                + "\"rd\":\"65000:1\"}]}}}", message(u));
        Update l = new Update(Ipv4Prefixes.EMPTY, List.of(MpReach.of(Family.IPV4_LABELED,
                IpAddresses.parse("192.0.2.7"), labeled)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"announce\":{\"ipv4 nlri-mpls\":{\"192.0.2.7\":[{\"nlri\":\"10.2.0.0/16\","
                + "\"label\":[[100,1600],[200,3201]]}]}}}}", message(l));
    }

    @Test
    void prefixSidLabelIndexAndSrgb() {
        byte[] sid = bgp.codec.Hex.decode("0100070000000000012C0300080000000C35001000");
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(Origin.IGP, bgp.codec.attribute.PrefixSid.wrap(sid)),
                Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"igp\",\"bgp-prefix-sid\":{\"sr-label-index\":300,"
                + "\"sr-srgbs\":[[3125,4096]]}}}}", message(u));
        Update other = new Update(Ipv4Prefixes.EMPTY, List.of(bgp.codec.attribute.PrefixSid.wrap(
                new byte[] {9, 0, 0})), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"attribute-0x28-0xC0\":\"0x090000\"}}}", message(other));
    }

    @Test
    void prefixSidSrv6Services() {
        byte[] sid = IpAddresses.parseIpv6("2001:db8:1:1::");
        Update l3 = new Update(Ipv4Prefixes.EMPTY, List.of(bgp.codec.attribute.PrefixSid.srv6Service(5, sid, 0x48,
                new int[] {64, 24, 16, 0, 0, 0})), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"bgp-prefix-sid\":{\"l3-service\":[{\"sid\":\"2001:db8:1:1::\","
                + "\"flags\":0,\"endpoint_behavior\":72,\"structure\":{\"locator-block-length\":64,"
                + "\"locator-node-length\":24,\"function-length\":16,\"argument-length\":0,"
                + "\"transposition-length\":0,\"transposition-offset\":0}}]}}}}", message(l3));
        Update l2 = new Update(Ipv4Prefixes.EMPTY, List.of(bgp.codec.attribute.PrefixSid.srv6Service(6, sid, 0x13,
                null)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"bgp-prefix-sid\":{\"l2-service\":[{\"sid\":\"2001:db8:1:1::\","
                + "\"flags\":0,\"endpoint_behavior\":19}]}}}}", message(l2));
    }

    /** The first four strings are those of ExaBGP 4.2.21's decoder for the same attribute values. */
    @Test
    void pmsiTunnelAsExabgpPrintsIt() {
        assertEquals("pmsi:ingressreplication:0:100(1601):10.0.0.1", pmsi("0006000641 0A000001"));
        assertEquals("pmsi:notunnel:1:0:", pmsi("0100000000"));
        assertEquals("pmsi:pim-ssmtree:128:1:0x01020304", pmsi("8003000015 01020304"));
        assertEquals("pmsi:ingressreplication:0:0:10.0.0.1", pmsi("0006000000 0A000001"));
        assertEquals("pmsi:ingressreplication:0:100(1601):2001:db8::1",
                pmsi("0006000641 20010DB8000000000000000000000001"));
        assertEquals("pmsi:ingressreplication:0:100(1601):0x0A0000010A000002", pmsi("0006000641 0A0000010A000002"));
        assertEquals("pmsi:unknown:0:16:", pmsi("00FF000100"));
        assertEquals("pmsi:mldpmp2mplsp:0:0:0x06", pmsi("0007000000 06"));
    }

    private String pmsi(String hex) {
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(bgp.codec.attribute.PmsiTunnel.wrap(
                bgp.codec.Hex.decode(hex.replace(" ", "")))), Ipv4Prefixes.EMPTY);
        String m = message(u);
        String head = "{\"update\":{\"attribute\":{\"pmsi\":\"";
        assertEquals(true, m.startsWith(head) && m.endsWith("\"}}}"), m);
        return m.substring(head.length(), m.length() - 4);
    }

    @Test
    void rtcRoutes() throws Exception {
        byte[] b = bgp.codec.Hex.decode("600000FDE80002FDE800000064" + "00" + "600000FDE94102010203040007"
                + "300000FDE80002");
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(MpReach.of(bgp.codec.rtc.RtcNlri.IPV4,
                IpAddresses.parse("10.0.0.1"), bgp.codec.rtc.RtcNlris.decode(b, 0, b.length, false))),
                Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"announce\":{\"ipv4 rtc\":{\"10.0.0.1\":["
                + "{\"origin-as\":65000,\"route-target\":\"target:65000:100\"},"
                + "{\"origin-as\":0,\"route-target\":\"wildcard\"},"
                + "{\"origin-as\":65001,\"route-target\":\"target:1.2.3.4:7\"},"
                + "{\"origin-as\":65000,\"route-target\":\"0x0002/16\"}]}}}}", message(u));
        byte[] ids = bgp.codec.Hex.decode("00000005" + "600000FDE80002FDE800000064");
        Update w = new Update(Ipv4Prefixes.EMPTY, List.of(new bgp.codec.attribute.MpUnreach(bgp.codec.rtc.RtcNlri.IPV4,
                bgp.codec.rtc.RtcNlris.decode(ids, 0, ids.length, true))), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"withdraw\":{\"ipv4 rtc\":[{\"origin-as\":65000,\"route-target\":"
                + "\"target:65000:100\",\"path-information\":\"0.0.0.5\"}]}}}", message(w));
    }

    /** What ExaBGP's mup vectors do not show (other types, path identifiers): our choices, stated exactly. */
    @Test
    void mupBeyondTheVectors() throws Exception {
        byte[] b = bgp.codec.Hex.decode("00000005" + "0100020C00000064000000640A000001" + "00000006" + "02000103010203");
        Update w = new Update(Ipv4Prefixes.EMPTY, List.of(new bgp.codec.attribute.MpUnreach(bgp.codec.mup.MupNlri.IPV4,
                bgp.codec.mup.MupNlris.decode(bgp.codec.mup.MupNlri.IPV4, b, 0, b.length, true))),
                Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"withdraw\":{\"ipv4 mup\":[{\"name\":\"DirectSegmentDiscoveryRoute\","
                + "\"arch\":1,\"code\":2,\"ip\":\"10.0.0.1\",\"rd\":\"100:100\","
                + "\"raw\":\"0100020C00000064000000640A000001\",\"path-information\":\"0.0.0.5\"},"
                + "{\"arch\":2,\"code\":1,\"raw\":\"02000103010203\",\"path-information\":\"0.0.0.6\"}]}}}",
                message(w));
    }

    /** What ExaBGP's bgp-ls vectors do not show: our choices, stated exactly. */
    @Test
    void bgpLsBeyondTheVectors() throws Exception {
        bgp.codec.Family vpn = bgp.codec.bgpls.BgpLsNlri.BGPLS_VPN;
        byte[] b = bgp.codec.Hex.decode("00090002ABCD" + "0001001D" + "0000FDE800000001" + "03" + "0000000000000007"
                + "0100000802000004000000FF");
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(MpReach.of(vpn, IpAddresses.parse("10.0.0.1"),
                bgp.codec.bgpls.BgpLsNlris.decode(vpn, b, 0, b.length, false)),
                bgp.codec.bgpls.LinkState.wrap(bgp.codec.Hex.decode("0403000100" + "04030001FF" + "04410004" + "3F800000"
                        + "FFFF0001AB"))), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"bgp-ls\":{\"area-ids\":[\"0\",\"255\"],"
                + "\"maximum-link-bandwidth\":1.0,\"generic-lsid-65535\":[\"0xAB\"]}},"
                + "\"announce\":{\"bgp-ls bgp-ls-vpn\":{\"10.0.0.1\":[{\"code\":9,\"parsed\":false,\"raw\":\"ABCD\"},"
                + "{\"ls-nlri-type\":\"bgpls-node\",\"l3-routing-topology\":7,\"protocol-id\":3,"
                + "\"node-descriptors\":[{\"autonomous-system\":255}],\"rd\":\"65000:1\","
                + "\"nexthop\":\"10.0.0.1\"}]}}}}", message(u));
        Update w = new Update(Ipv4Prefixes.EMPTY, List.of(new bgp.codec.attribute.MpUnreach(vpn,
                bgp.codec.bgpls.BgpLsNlris.decode(vpn, b, 6, b.length - 6, false))), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"withdraw\":{\"bgp-ls bgp-ls-vpn\":[{\"ls-nlri-type\":\"bgpls-node\","
                + "\"l3-routing-topology\":7,\"protocol-id\":3,\"node-descriptors\":[{\"autonomous-system\":255}],"
                + "\"rd\":\"65000:1\"}]}}}", message(w));
    }

    @Test
    void bandwidthIsPrintedAsPythonPrintsAFloat() {
        assertEquals("1250000000.0", BgpLsJson.pythonFloat(1.25e9f));
        assertEquals("0.0", BgpLsJson.pythonFloat(0f));
        assertEquals("0.5", BgpLsJson.pythonFloat(0.5f));
        assertEquals("1.0000000272564224e+16", BgpLsJson.pythonFloat(1e16f));
        assertEquals("3.4028234663852886e+38", BgpLsJson.pythonFloat(Float.MAX_VALUE));
        assertEquals("9.999999747378752e-05", BgpLsJson.pythonFloat(1e-4f));
        assertEquals("null", BgpLsJson.pythonFloat(Float.NaN));
    }

    @Test
    void eventsOfTheReactor() {
        Neighbor n = Neighbor.builder("10.0.0.2").localAddress("10.0.0.1").localAs(65000).peerAs(65001)
                .routerId("1.1.1.1").build();
        assertEquals(head(1, "state") + ",\"state\":\"up\"}}", json.event(
                new PeerEvent.StateChanged(n, PeerState.OPEN_CONFIRM, PeerState.ESTABLISHED, "")));
        assertEquals(head(2, "state") + ",\"state\":\"down\",\"reason\":\"hold timer expired\"}}", json.event(
                new PeerEvent.StateChanged(n, PeerState.ESTABLISHED, PeerState.IDLE, "hold timer expired")));
        assertEquals(head(3, "keepalive") + ",\"direction\":\"receive\"}}",
                json.event(new PeerEvent.KeepaliveReceived(n)));
        assertEquals(head(4, "update") + ",\"direction\":\"receive\",\"message\":{\"eor\":{\"afi\":\"ipv6\","
                + "\"safi\":\"unicast\"}}}}", json.event(new PeerEvent.EndOfRibReceived(n, Family.IPV6_UNICAST)));
        assertNull(json.event(new PeerEvent.EventsLost(n, 3)));
    }

    @Test
    void writerEscapesAndSeparates() {
        JsonWriter w = new JsonWriter(new StringBuilder());
        w.beginObject().key("a\"b").value("x\\y\n\u0001").key("l").beginArray().value(1).value(true).nullValue()
                .beginObject().endObject().beginArray().endArray().endArray().key("n").unsigned(-1).endObject();
        assertEquals("{\"a\\\"b\":\"x\\\\y\\n\\u0001\",\"l\":[1,true,null,{},[]],\"n\":4294967295}",
                w.out().toString());
    }
    @Test
    void appendsToABuilder() {
        StringBuilder out = new StringBuilder("x");
        json.update(out, peer, "in", Update.endOfRib(Family.IPV4_UNICAST), null);
        assertEquals("x" + head(1, "update") + ",\"direction\":\"in\",\"message\":{\"eor\":{\"afi\":\"ipv4\","
                + "\"safi\":\"unicast\"}}}}", out.toString());
    }

    /** Not a timed test: prints how fast a typical received UPDATE is encoded. */
    @Test
    void throughputFigure() {
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(Origin.IGP, AsPath.sequence(65001, 65002),
                NextHop.of(IpAddresses.parseIpv4("192.0.2.1")), new Med(10), Communities.of(65001 << 16 | 1)),
                Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.0.0.0"), 24),
                        Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.0.1.0"), 24)));
        StringBuilder out = new StringBuilder(1024);
        int n = 200_000;
        long sink = 0;
        long ns = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                out.setLength(0);
                json.update(out, peer, ExabgpJson.RECEIVE, u, null);
                sink += out.length();
            }
            ns = System.nanoTime() - start;
        }
        System.out.printf("ExabgpJson: %d UPDATEs (2 prefixes, 5 attributes) in %d ms, %.0f per second (%d chars)%n",
                n, ns / 1_000_000, n * 1e9 / ns, sink);
        assertEquals(true, sink > 0);
    }
    @Test
    void packetsAddHeaderAndBody() {
        Neighbor n = Neighbor.builder("10.0.0.2").localAddress("10.0.0.1").localAs(65000).peerAs(65001)
                .routerId("1.1.1.1").build();
        byte[] raw = bgp.codec.Hex.decode("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF001702" + "00000000");
        String s = json.event(new PeerEvent.UpdateReceived(n, Update.endOfRib(Family.IPV4_UNICAST), raw), true);
        assertEquals("{\"exabgp\":\"5.0.0\",\"time\":1700000000.123456,\"host\":\"box\",\"pid\":42,\"ppid\":7,"
                + "\"counter\":1,\"type\":\"update\",\"header\":\"0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF001702\","
                + "\"body\":\"0x00000000\"," + NEIGHBOR + ",\"direction\":\"receive\",\"message\":{\"eor\":"
                + "{\"afi\":\"ipv4\",\"safi\":\"unicast\"}}}}", s);
    }
    @Test
    void treatAsWithdrawPrintsTheAnnouncedRoutesAsWithdrawn() {
        var error = new bgp.codec.BgpDecodeException(3, 1, null, bgp.codec.ErrorAction.TREAT_AS_WITHDRAW, "bad");
        Update u = new Update(Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.1.0.0"), 16)),
                List.of(Origin.IGP, NextHop.of(IpAddresses.parseIpv4("192.0.2.1"))),
                Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.2.0.0"), 16)), List.of(error));
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"igp\",\"next-hop\":\"192.0.2.1\"},"
                + "\"withdraw\":{\"ipv4 unicast\":[{\"nlri\":\"10.1.0.0/16\"},{\"nlri\":\"10.2.0.0/16\"}]}}}",
                message(u));
    }
    @Test
    void anyMessage() {
        assertEquals(json.keepalive(peer, "in").replace("\"counter\":1", "\"counter\":2"),
                json.message(peer, "in", bgp.codec.message.Keepalive.INSTANCE, null));
        assertEquals(true, json.message(peer, "in", new Notification(6, 4), null).contains("\"subcode\":4,"));
        assertEquals(true, json.message(peer, "in", RouteRefresh.request(Family.IPV4_UNICAST), null)
                .contains("\"type\":\"refresh\""));
    }
}
