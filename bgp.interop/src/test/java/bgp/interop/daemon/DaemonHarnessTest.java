package bgp.interop.daemon;

import static bgp.interop.daemon.Family.IPV4_UNICAST;
import static bgp.interop.daemon.Family.IPV6_UNICAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The harness proves itself: pairs of real daemons on 127.x addresses exchange routes, and what one announces the
 * other must hold exactly (counts, and every attribute of sample routes), through withdrawals and restarts.
 */
class DaemonHarnessTest {
    private final List<BgpDaemon> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(BgpDaemon::close);
    }

    private BgpDaemon start(DaemonKind kind, DaemonConfig config) throws Exception {
        BgpDaemon d = kind.create(config);
        started.add(d);
        d.start();
        return d;
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void birdSendsToGoBgpWithAddPath() throws Exception {
        Daemons.assumeAvailable(DaemonKind.BIRD, DaemonKind.GOBGP);
        InetAddress birdAddress = Loopback.allocate();
        InetAddress gobgpAddress = Loopback.allocate();
        List<Route> v4 = TestRoutes.ipv4(10, 0, 2000);
        // a second path for the first 100 prefixes
        List<Route> second = v4.subList(0, 100).stream()
                .map(r -> r.withPathId(2).withNextHop("192.0.2.254").withMed(7L).withCommunities("65009:9")).toList();
        List<Route> v6 = TestRoutes.ipv6(1, 0, 200);
        BgpDaemon bird = start(DaemonKind.BIRD, DaemonConfig.of(birdAddress, 65001)
                .withNeighbor(Neighbor.of(gobgpAddress, 65002).withAddPath(AddPath.SEND))
                .withRoutes(concat(concat(v4, second), v6)));
        BgpDaemon gobgp = start(DaemonKind.GOBGP, DaemonConfig.of(gobgpAddress, 65002)
                .withNeighbor(Neighbor.of(birdAddress, 65001).asPassive().withAddPath(AddPath.RECEIVE)));

        gobgp.awaitEstablished(birdAddress);
        bird.awaitEstablished(gobgpAddress);
        gobgp.awaitReceivedCount(birdAddress, IPV4_UNICAST, 2100);
        gobgp.awaitReceivedCount(birdAddress, IPV6_UNICAST, 200);

        List<Route> got = gobgp.received(birdAddress, IPV4_UNICAST);
        assertEquals(2100, got.size());
        List<Route> first = got.stream().filter(r -> r.prefix().equals(v4.get(1).prefix())).toList();
        assertEquals(2, first.size(), first.toString());
        // GoBGP shows no LOCAL_PREF on eBGP routes and no received path ids; BIRD prepends its AS
        assertTrue(first.contains(v4.get(1).prepend(65001).withLocalPref(null)), first.toString());
        assertTrue(first.contains(second.get(1).withPathId(0).prepend(65001).withLocalPref(null)), first.toString());
        System.out.println(first);
    }
}
