package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.reactor.Neighbor;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerListener;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListenerHubTest {
    private static final Neighbor A = Neighbor.builder("127.0.0.2").localAs(65000).peerAs(65001).build();

    /** n distinct events: EventsLost with counts 0..n-1. */
    private static List<PeerEvent> events(int n) {
        List<PeerEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PeerEvent.EventsLost(A, i));
        }
        return out;
    }

    private static void await(List<PeerEvent> seen, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void eventsPublishedOnAnEventLoopReachEveryListenerInOrderOnItsOwnThread() throws Exception {
        ListenerHub hub = new ListenerHub(PeerListener.QUEUE_LIMIT);
        List<PeerEvent> first = new CopyOnWriteArrayList<>();
        List<PeerEvent> second = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        hub.add(e -> {
            first.add(e);
            threads.add(Thread.currentThread().getName());
        });
        hub.add(second::add);
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            EventLoop loop = group.next();
            List<PeerEvent> sent = events(3000);
            // three loop tasks of 1000 events each, as three reads of UPDATEs
            for (int t = 0; t < 3; t++) {
                List<PeerEvent> batch = sent.subList(1000 * t, 1000 * (t + 1));
                loop.submit(() -> batch.forEach(hub::publish)).sync();
            }
            await(first, 3000);
            await(second, 3000);
            assertEquals(sent, first);
            assertEquals(sent, second);
            assertTrue(threads.stream().allMatch(n -> n.startsWith("bgp-listener")), threads.get(0));
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            hub.close();
        }
    }

    @Test
    void eventsPublishedOutsideAnEventLoopAndWhileItStopsAreDelivered() throws Exception {
        ListenerHub hub = new ListenerHub(PeerListener.QUEUE_LIMIT);
        List<PeerEvent> seen = new CopyOnWriteArrayList<>();
        hub.add(seen::add);
        List<PeerEvent> sent = events(20);
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            for (PeerEvent e : sent.subList(0, 10)) {
                hub.publish(e);
            }
            await(seen, 10);
            EventLoop loop = group.next();
            // the last events of a stopping loop (a session going down with the reactor)
            loop.execute(() -> {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
                sent.subList(10, 20).forEach(hub::publish);
            });
            group.terminationFuture().sync();
            await(seen, 20);
            assertEquals(sent, seen);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            hub.close();
        }
    }
}
