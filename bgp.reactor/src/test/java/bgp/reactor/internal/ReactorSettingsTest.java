package bgp.reactor.internal;

import static bgp.reactor.internal.SessionTest.MARKER;
import static bgp.reactor.internal.SessionTest.await;
import static bgp.reactor.internal.SessionTest.peerOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Open;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.rib.internal.RibFactoryComponent;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reactor's ExaBGP settings over real TCP on 127.x addresses: the wait for the peer's OPEN
 * ({@code exabgp.bgp.openwait}), every peer passive ({@code exabgp.bgp.passive}), a limit on connection attempts
 * ({@code exabgp.tcp.attempts} / {@code exabgp.tcp.once}); and the software-version capability in our OPEN.
 */
class ReactorSettingsTest {
    static BgpReactor reactor(String local, int openWait, boolean allPassive, int attempts) {
        return new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(local), 0, 1, openWait, allPassive, attempts));
    }

    static Neighbor.Builder neighbor(String local, ScriptedPeer p) {
        return Neighbor.builder(p.address).localAddress(local).localAs(65000).peerAs(65001).routerId("10.0.0.1")
                .port(p.port());
    }

    @Test
    void aPeerThatNeverSendsItsOpenIsDroppedWithHoldTimerExpiredAfterTheOpenWait() throws Exception {
        String local = ScriptedPeer.freeLoopbackAddress();
        try (BgpReactor r = reactor(local, 2, false, 0); ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = r.addPeer(neighbor(local, p).build());
            p.accept();
            assertInstanceOf(Open.class, p.receive());
            long t0 = System.nanoTime();
            await("open sent", () -> peer.state() == PeerState.OPEN_SENT);
            // we say nothing: after 2 s the speaker gives up with RFC 4271's Hold Timer Expired
            p.expectNotification(4, 0, "");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 1_500 && ms < 4_000, "gave up after " + ms + " ms");
        }
    }

    @Test
    void theDefaultOpenWaitIsExabgpsSixtySeconds() {
        assertEquals(60, new BgpReactor.Options(List.of(), 0, 1).openWaitSeconds());
        assertEquals("invalid open wait 0, expected at least 1 s", assertThrows(IllegalArgumentException.class,
                () -> new BgpReactor.Options(List.of(), 0, 1, 0, false, 0)).getMessage());
    }

    @Test
    void withEveryPeerPassiveNoConnectionIsMadeAndTheirsIsAccepted() throws Exception {
        String local = ScriptedPeer.freeLoopbackAddress();
        try (BgpReactor r = reactor(local, 60, true, 0); ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = r.addPeer(neighbor(local, p).build()); // the neighbor itself is not passive
            await("active", () -> peer.state() == PeerState.ACTIVE);
            p.server().setSoTimeout(1_500);
            assertThrows(SocketTimeoutException.class, () -> p.server().accept());
            String l = r.listening().get(0);
            int port = Integer.parseInt(l.substring(l.lastIndexOf(':') + 1));
            try (ScriptedPeer in = ScriptedPeer.connecting(p.address, local, port)) {
                in.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
                assertInstanceOf(Open.class, in.receive());
                in.receive(); // KEEPALIVE
                in.send(bgp.codec.message.Keepalive.INSTANCE);
                await("established", () -> peer.state() == PeerState.ESTABLISHED);
            }
        }
    }

    @Test
    void withOneAttemptAPeerDoesNotReconnect() throws Exception {
        String local = ScriptedPeer.freeLoopbackAddress();
        try (BgpReactor r = reactor(local, 60, false, 1); ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = r.addPeer(neighbor(local, p).build());
            p.accept();
            p.receive(); // our OPEN
            p.closeConnection();
            await("idle", () -> peer.state() == PeerState.IDLE);
            // the back-off is 1 s: a second attempt would come within 2.5 s
            p.server().setSoTimeout(2_500);
            assertThrows(SocketTimeoutException.class, () -> p.server().accept());
            assertEquals(PeerState.IDLE, peer.state());
        }
    }

    @Test
    void theSoftwareVersionCapabilityCarriesTheNeighborsText() throws Exception {
        String local = ScriptedPeer.freeLoopbackAddress();
        try (BgpReactor r = reactor(local, 60, false, 0); ScriptedPeer p = ScriptedPeer.listening()) {
            r.addPeer(neighbor(local, p).softwareVersion("bgp/test").build());
            p.accept();
            // ExaBGP's default OPEN plus capability 75 in its own parameter: length 8, "bgp/test"
            assertEquals(MARKER + "003E01" + "04FDE800B40A000001" + "21" + "0206010400010001" + "020641040000FDE8"
                    + "02020600" + "020B4B0908" + "6267702F74657374", Hex.encode(p.receiveRaw()));
        }
    }

    @Test
    void theSoftwareVersionIsOursAndChecked() {
        assertTrue(Neighbor.SOFTWARE_VERSION.equals("bgp") || Neighbor.SOFTWARE_VERSION.startsWith("bgp/"),
                Neighbor.SOFTWARE_VERSION);
        assertEquals("invalid software-version '', expected 1 to 254 bytes of UTF-8", assertThrows(
                IllegalArgumentException.class, () -> Neighbor.builder("127.0.0.2").localAs(1).peerAs(1)
                        .softwareVersion("").build()).getMessage());
    }
}
