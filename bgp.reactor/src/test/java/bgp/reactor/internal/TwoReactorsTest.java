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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
        BgpReactor r = new BgpReactor(BuiltinCodecs.codec(), new BgpReactor.Options(List.of(address), 0, 1));
        reactors.add(r);
        return r;
    }

    static int port(BgpReactor r) {
        String l = r.listening().get(0);
        return Integer.parseInt(l.substring(l.lastIndexOf(':') + 1));
    }

    static Neighbor.Builder neighbor(String peer, String local, long localAs, long peerAs, int port) {
        return Neighbor.builder(peer).localAddress(local).localAs(localAs).peerAs(peerAs).port(port)
                .families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST));
    }

    @Test
    void anActiveAndAPassiveReactorEstablishAndNegotiate() throws Exception {
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        List<PeerEvent> bEvents = new CopyOnWriteArrayList<>();
        rb.addListener(bEvents::add);
        Peer pb = rb.addPeer(neighbor(a, b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true)
                .routeRefresh(true).build());
        Peer pa = ra.addPeer(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1").holdTime(30)
                .routeRefresh(true).build());
        await("both established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        var ctx = pa.context().orElseThrow();
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
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        Peer pb = rb.addPeer(neighbor(a, b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true).holdTime(3)
                .build());
        Peer pa = ra.addPeer(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1").holdTime(3).build());
        await("established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        Thread.sleep(4_500);
        assertEquals(PeerState.ESTABLISHED, pa.state());
        assertTrue(pa.counters().get("keepalive-received") >= 3, pa.counters().toString());
    }

    @Test
    void tcpMd5MatchingPasswordsEstablishDifferentOnesDoNot() throws Exception {
        Assumptions.assumeTrue(Transport.EPOLL, "TCP MD5 needs the epoll transport");
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        Peer pb = rb.addPeer(neighbor(a, b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true)
                .md5Password("secret").build());
        Peer pa = ra.addPeer(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1").md5Password("wrong")
                .build());
        Thread.sleep(3_000);
        assertNotEquals(PeerState.ESTABLISHED, pa.state());
        assertEquals(PeerState.ACTIVE, pb.state());
        ra.removePeer(b);
        Peer again = ra.addPeer(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1").md5Password("secret")
                .build());
        await("established with MD5", () -> again.state() == PeerState.ESTABLISHED);
    }

    @Test
    void teardownIsSeenByThePeerAndTheSessionComesBack() throws Exception {
        String a = ScriptedPeer.freeLoopbackAddress();
        String b = ScriptedPeer.freeLoopbackAddress();
        BgpReactor ra = reactor(a);
        BgpReactor rb = reactor(b);
        List<PeerEvent> bEvents = new CopyOnWriteArrayList<>();
        rb.addListener(bEvents::add);
        Peer pb = rb.addPeer(neighbor(a, b, 65002, 65001, port(ra)).routerId("10.0.0.2").passive(true).build());
        Peer pa = ra.addPeer(neighbor(b, a, 65001, 65002, port(rb)).routerId("10.0.0.1").build());
        await("established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
        ra.teardown(b, Notification.ADMINISTRATIVE_SHUTDOWN, "bye");
        await("the notification", () -> bEvents.stream().anyMatch(e -> e instanceof PeerEvent.NotificationMessage n
                && n.received() && n.notification().communication().orElse("").equals("bye")));
        await("down on b", () -> bEvents.stream().anyMatch(e -> e instanceof PeerEvent.StateChanged s
                && s.from() == PeerState.ESTABLISHED && s.reason().contains("Administrative shutdown")));
        await("re-established", () -> pa.state() == PeerState.ESTABLISHED && pb.state() == PeerState.ESTABLISHED);
    }
}
