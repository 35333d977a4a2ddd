package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Removing a peer from another thread right after its session is established always sends the Cease (Peer
 * De-configured) before the connection closes: 40 rounds against a scripted peer.
 */
class RemovalTest {
    @Test
    void removalRightAfterEstablishedAlwaysSendsTheCease() throws Exception {
        SessionTest t = new SessionTest();
        for (int i = 0; i < 40; i++) {
            t.start();
            try (ScriptedPeer p = ScriptedPeer.listening()) {
                Peer peer = t.reactor.addPeer(t.neighbor(p).build());
                p.accept();
                p.receive();
                p.send(SessionTest.peerOpen(65001, 90, "10.0.0.2", bgp.codec.Family.IPV4_UNICAST));
                p.receive();
                p.send(bgp.codec.message.Keepalive.INSTANCE);
                SessionTest.await("established", () -> peer.state() == PeerState.ESTABLISHED);
                Thread t2 = new Thread(() -> t.reactor.removePeer(p.address));
                t2.start();
                Message m;
                do {
                    m = p.receive();
                } while (!(m instanceof Notification));
                assertEquals(3, ((Notification) m).subcode(), "round " + i);
            } finally {
                t.stop();
            }
        }
    }
}
