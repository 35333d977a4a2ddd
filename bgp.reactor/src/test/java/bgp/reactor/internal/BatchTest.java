package bgp.reactor.internal;

import static bgp.reactor.internal.SessionTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.nlri.IpPrefix;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BgpReactor#batch}: the tasks the batch's thread gives a peer are kept in order and handed to the peer's loop
 * together when the batch ends (and before the thread waits for the loop), nothing is sent meanwhile, and then the
 * routes leave packed; a batch inside a batch is part of it. Two of our reactors over real TCP on loopback.
 */
class BatchTest {
    private final TwoReactorsTest reactors = new TwoReactorsTest();

    @AfterEach
    void stop() {
        reactors.stop();
    }

    private static Route route(String prefix, long med) {
        return Route.of(IpPrefix.parse(prefix, 0), "192.0.2.1", List.of(Origin.IGP, AsPath.sequence(65001),
                new Med(med)));
    }

    /** The received routes by prefix, with their MED (from b's Adj-RIB-In). */
    private static TreeMap<String, String> received(Peer pb) {
        TreeMap<String, String> out = new TreeMap<>();
        pb.visitAdjRibIn((nlri, set) -> out.put(nlri.toString(), set.attributes().toString()));
        return out;
    }

    /** Two reactors' peers established, b having received a's End-of-RIBs (the initial UPDATEs are behind). */
    private TwoReactorsTest.Pair establishedPair() throws InterruptedException {
        TwoReactorsTest.Pair p = reactors.pair(n -> n, n -> n);
        p.awaitEstablished();
        await("b's End-of-RIBs", () -> p.bEvents().stream().filter(e -> e instanceof PeerEvent.EndOfRibReceived)
                .count() == 2);
        return p;
    }

    @Test
    void aBatchKeepsItsTasksInOrderSendsNothingMeanwhileThenSendsThemPacked() throws Exception {
        TwoReactorsTest.Pair p = establishedPair();
        Peer pa = p.pa();
        long sentBefore = pa.counters().get("update-sent");
        long lastBefore = pa.counters().get(Peer.UPDATE_LAST_SENT_MS);
        assertTrue(lastBefore > 0, "the End-of-RIBs are UPDATEs written: " + pa.counters());
        List<String> outInside = new ArrayList<>();
        long[] sentInside = new long[1];
        p.ra().batch(() -> {
            for (int i = 0; i < 100; i++) {
                pa.announce(route("10.0." + i + ".0/24", 5)); // one call, one task each
            }
            pa.announce(List.of(route("10.5.0.0/24", 5), route("10.5.1.0/24", 5))); // a list among them
            pa.announce(route("10.1.0.0/24", 1));
            pa.announce(route("10.1.0.0/24", 2)); // in order: the second replaces the first
            pa.announce(route("10.2.0.0/24", 3));
            pa.withdraw(IpPrefix.parse("10.2.0.0/24", 0)); // announced then withdrawn: never sent
            pa.announce(route("10.4.0.0/24", 1));
            pa.withdraw(IpPrefix.parse("10.4.0.0/24", 0));
            pa.announce(route("10.4.0.0/24", 6)); // after the withdrawal: sent
            // waiting for the loop hands it what the batch gave it first
            pa.visitAdjRibOut((nlri, set) -> {
                if (nlri.toString().startsWith("10.1.") || nlri.toString().startsWith("10.2.")) {
                    outInside.add(nlri + " " + set.attributes());
                }
            });
            p.ra().batch(() -> pa.announce(route("10.3.0.0/24", 5))); // part of this batch
            sentInside[0] = pa.counters().get("update-sent");
        });
        assertEquals(List.of("10.1.0.0/24 [igp, AsPath[65001], 192.0.2.1, Med[value=2]]"), outInside);
        assertEquals(sentBefore, sentInside[0], "nothing is sent while the batch runs");
        await("105 routes at b", () -> p.pb().receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 105);
        TreeMap<String, String> got = received(p.pb());
        assertEquals("[igp, AsPath[65001], 192.0.2.1, Med[value=2]]", got.get("10.1.0.0/24"));
        assertEquals("[igp, AsPath[65001], 192.0.2.1, Med[value=5]]", got.get("10.3.0.0/24"));
        assertEquals(null, got.get("10.2.0.0/24"));
        assertEquals("[igp, AsPath[65001], 192.0.2.1, Med[value=6]]", got.get("10.4.0.0/24"));
        assertEquals("[igp, AsPath[65001], 192.0.2.1, Med[value=5]]", got.get("10.5.1.0/24"));
        // the 103 routes of MED 5 in one UPDATE, the route of MED 2 in another, the one of MED 6 in a third
        assertEquals(sentBefore + 3, pa.counters().get("update-sent"), pa.counters().toString());
        assertTrue(pa.counters().get(Peer.UPDATE_LAST_SENT_MS) >= lastBefore);
    }

    /** Run {@code batches} batches of 10 routes of MED 5 each (10.7.i.0/24 ... ), the i-th from {@code first}. */
    private static void batches(TwoReactorsTest.Pair p, int first, int batches) {
        for (int i = first; i < first + batches; i++) {
            int b = i;
            p.ra().batch(() -> {
                for (int j = 0; j < 10; j++) {
                    p.pa().announce(route("10." + (7 + b / 256) + "." + b % 256 + "." + j * 16 + "/28", 5));
                }
            });
        }
    }

    /**
     * Batches released while the loop is behind (here: held up by a task) are drained together, at most 33 in a row
     * (the 33rd drains at once, the rest once the loop has run them); batches the loop keeps up with are drained
     * one by one, at once.
     */
    @Test
    void batchesTheLoopIsBehindOnGoOutTogetherUpToABound() throws Exception {
        TwoReactorsTest.Pair p = establishedPair();
        Peer pa = p.pa();
        long sent = pa.counters().get("update-sent");
        // the loop keeps up: three batches, three UPDATEs
        for (int i = 0; i < 3; i++) {
            batches(p, i, 1);
            int routes = 10 * (i + 1);
            await(routes + " routes at b", () -> p.pb().receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L)
                    == routes);
        }
        assertEquals(sent + 3, pa.counters().get("update-sent"), pa.counters().toString());
        // the loop is held up while 40 batches are released: the first 33 go out in one UPDATE, the last 7 in another
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        ((PeerSession) pa).loop.execute(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        batches(p, 3, 40);
        go.countDown();
        await("430 routes at b", () -> p.pb().receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 430);
        assertEquals(sent + 5, pa.counters().get("update-sent"), pa.counters().toString());
        assertEquals("[igp, AsPath[65001], 192.0.2.1, Med[value=5]]", received(p.pb()).get("10.7.42.144/28"));
    }

    @Test
    void anotherReactorsBatchKeepsNothingOfThisOnesPeers() throws Exception {
        TwoReactorsTest.Pair p = reactors.pair(n -> n, n -> n);
        p.awaitEstablished();
        BgpReactor other = reactors.reactor(ScriptedPeer.freeLoopbackAddress());
        boolean[] arrived = new boolean[1];
        other.batch(() -> {
            p.pa().announce(route("10.9.0.0/24", 1));
            try {
                await("the route sent while the other reactor's batch runs",
                        () -> p.pb().receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 1);
                arrived[0] = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(arrived[0]);
    }
}
