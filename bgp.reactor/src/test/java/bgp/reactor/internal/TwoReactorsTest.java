package bgp.reactor.internal;

import static bgp.reactor.internal.SessionTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Notification;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.nlri.IpPrefix;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Two of our own reactors in one JVM, talking over real TCP on loopback. */
class TwoReactorsTest {
    final List<BgpReactor> reactors = new ArrayList<>();

    @AfterEach
    void stop() {
        reactors.forEach(BgpReactor::close);
    }

    BgpReactor reactor(String address) {
        BgpReactor r = new BgpReactor(BuiltinCodecs.codec(), new bgp.rib.internal.RibFactoryComponent(BuiltinCodecs.codec()), new BgpReactor.Options(List.of(address), 0, 1));
        reactors.add(r);
        return r;
    }

    static int port(BgpReactor r) {
        String l = r.listening().get(0);
        return Integer.parseInt(l.substring(l.lastIndexOf(':') + 1));
    }

    /** Reactor a (AS 65001, id 10.0.0.1, active) and reactor b (AS 65002, id 10.0.0.2, passive), each on its own address. */
    record Pair(String a, String b, BgpReactor ra, BgpReactor rb, Peer pa, Peer pb, List<PeerEvent> bEvents) {
        void awaitEstablished() throws InterruptedException {
            await("both established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        }
    }

    Pair pair(UnaryOperator<Neighbor.Builder> aSide, UnaryOperator<Neighbor.Builder> bSide) {
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        List<PeerEvent> bEvents = new CopyOnWriteArrayList<>();
        rb.addListener(bEvents::add);
        Peer pb = rb.addPeer(bSide.apply(neighbor(a, b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true))
                .build());
        Peer pa = ra.addPeer(aSide.apply(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1")).build());
        return new Pair(a, b, ra, rb, pa, pb, bEvents);
    }

    static Neighbor.Builder neighbor(String peer, String local, long localAs, long peerAs, int port) {
        return Neighbor.builder(peer).localAddress(local).localAs(localAs).peerAs(peerAs).port(port)
                .families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST));
    }

    @Test
    void anActiveAndAPassiveReactorEstablishAndNegotiate() throws Exception {
        Pair p = pair(n -> n.holdTime(30).routeRefresh(true), n -> n.routeRefresh(true));
        p.awaitEstablished();
        List<PeerEvent> bEvents = p.bEvents();
        var ctx = p.pa().context().orElseThrow();
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), ctx.families());
        assertEquals(30, ctx.holdTime());
        assertTrue(ctx.asn4() && ctx.routeRefresh() && ctx.enhancedRouteRefresh());
        assertEquals(65535, ctx.maxMessageSize());
        await("both End-of-RIBs", () -> bEvents.stream().filter(e -> e instanceof PeerEvent.EndOfRibReceived).count() == 2);
        List<String> states = bEvents.stream().filter(e -> e instanceof PeerEvent.StateChanged)
                .map(e -> ((PeerEvent.StateChanged) e).to().exabgpName()).toList();
        assertEquals(List.of("active", "opensent", "openconfirm", "established"), states);
    }

    @Test
    void routesAnnouncedByOneReactorArriveInTheOthersAdjRibInAndWithdrawalsFollow() throws Exception {
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        // a has no local address configured: its connection to b comes from the loopback's default, 127.0.0.1
        Peer pb = rb.addPeer(neighbor("127.0.0.1", b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true)
                .build());
        Peer pa = ra.addPeer(neighbor(b, null, 65001, 65002, port(rb)).routerId("10.0.0.1").build());
        List<Attribute> attrs = List.of(Origin.IGP, AsPath.sequence(65001), new Med(7),
                Communities.of(65001 << 16 | 42));
        // 1,000 IPv4 routes with next-hop self (the local address is discovered from the connection), 200 IPv6
        for (int i = 0; i < 1_000; i++) {
            pa.announce(Route.self(IpPrefix.parse("10." + (i >> 8) + "." + (i & 0xFF) + ".0/24", 0), attrs));
        }
        for (int i = 0; i < 200; i++) {
            pa.announce(Route.of(IpPrefix.parse("2001:db8:" + Integer.toHexString(i) + "::/48", 0),
                    "2001:db8::1", attrs));
        }
        await("established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        await("all received", () -> pb.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 1_000
                && pb.receivedRoutes().getOrDefault(Family.IPV6_UNICAST, 0L) == 200);
        List<String> seen = new CopyOnWriteArrayList<>();
        pb.visitAdjRibIn((nlri, set) -> {
            if (nlri.toString().equals("10.3.231.0/24") || nlri.toString().equals("2001:db8:c7::/48")) {
                seen.add(nlri + " " + set.nextHopAddresses() + " " + set.attributes());
            }
        });
        assertEquals(List.of(
                "10.3.231.0/24 [127.0.0.1] [igp, AsPath[65001], 127.0.0.1, Med[value=7], Communities[65001:42]]",
                "2001:db8:c7::/48 [2001:db8::1] [igp, AsPath[65001], Med[value=7], Communities[65001:42]]"),
                seen.stream().sorted().toList());
        for (int i = 0; i < 500; i++) {
            pa.withdraw(IpPrefix.parse("10." + (i >> 8) + "." + (i & 0xFF) + ".0/24", 0));
        }
        await("withdrawn", () -> pb.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 500);
        assertTrue(pa.counters().get("update-sent") < 60, "packed: " + pa.counters());
    }

    @Test
    void aRouteRefreshRequestMakesThePeerSendItsTableAgain() throws Exception {
        Pair p = pair(n -> n.routeRefresh(true), n -> n.routeRefresh(true));
        Peer pa = p.pa();
        Peer pb = p.pb();
        for (int i = 0; i < 100; i++) {
            pa.announce(Route.of(IpPrefix.parse("10.9." + i + ".0/24", 0), "192.0.2.1",
                    List.of(Origin.IGP, AsPath.sequence(65001))));
        }
        await("all received", () -> pb.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 100);
        long before = pb.counters().get("update-received");
        pb.requestRouteRefresh(Family.IPV4_UNICAST);
        await("the table again", () -> pb.counters().get("update-received") > before);
        assertEquals(1L, pa.counters().get("route-refresh-received"));
        assertEquals(100L, pb.receivedRoutes().get(Family.IPV4_UNICAST));
    }

    @Test
    void aNextHopSelfOfTheOtherFamilyIsRefusedAtOnce() {
        String a = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        Peer pa = ra.addPeer(neighbor("127.0.0.9", a, 65001, 65002, 179).routerId("10.0.0.1").passive(true).build());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> pa.announce(Route.self(IpPrefix.parse("2001:db8::/32", 0), List.of(Origin.IGP))));
        assertEquals("use of \"next-hop self\": the route (ipv6) does not have the same family as the BGP tcp "
                + "session (ipv4)", e.getMessage());
    }

    @Test
    void ipv6SessionOnTheIpv6Loopback() throws Exception {
        BgpReactor ra = reactor("::1");
        BgpReactor rb = reactor("::1");
        Peer pb = rb.addPeer(neighbor("::1", "::1", 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true)
                .build());
        Peer pa = ra.addPeer(neighbor("::1", "::1", 65001, 65002, port(rb)).routerId("10.0.0.1").build());
        await("both established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        assertEquals("::1", pa.sessionLocalAddress().orElseThrow());
    }

    @Test
    void keepalivesHoldAShortHoldTime() throws Exception {
        Pair p = pair(n -> n.holdTime(3), n -> n.holdTime(3));
        p.awaitEstablished();
        Thread.sleep(4_500);
        assertEquals(PeerState.ESTABLISHED, p.pa().state());
        assertTrue(p.pa().counters().get("keepalive-received") >= 3, p.pa().counters().toString());
    }

    @Test
    void tcpMd5MatchingPasswordsEstablishDifferentOnesDoNot() throws Exception {
        Assumptions.assumeTrue(Transport.EPOLL, "TCP MD5 needs the epoll transport");
        Pair p = pair(n -> n.md5Password("wrong"), n -> n.md5Password("secret"));
        Thread.sleep(3_000);
        assertNotEquals(PeerState.ESTABLISHED, p.pa().state());
        assertEquals(PeerState.ACTIVE, p.pb().state());
        p.ra().removePeer(p.b());
        Peer again = p.ra().addPeer(neighbor(p.b(), p.a(), 65001, 65002, port(p.rb())).routerId("10.0.0.1")
                .md5Password("secret").build());
        await("established with MD5", () -> again.state() == PeerState.ESTABLISHED);
    }

    @Test
    void teardownIsSeenByThePeerAndTheSessionComesBack() throws Exception {
        Pair p = pair(n -> n, n -> n);
        p.awaitEstablished();
        p.ra().teardown(p.b(), Notification.ADMINISTRATIVE_SHUTDOWN, "bye");
        await("the notification", () -> p.bEvents().stream().anyMatch(e -> e instanceof PeerEvent.NotificationMessage n
                && n.received() && n.notification().communication().orElse("").equals("bye")));
        await("down on b", () -> p.bEvents().stream().anyMatch(e -> e instanceof PeerEvent.StateChanged s
                && s.from() == PeerState.ESTABLISHED && s.reason().contains("Administrative shutdown")));
        p.awaitEstablished();
    }
}
