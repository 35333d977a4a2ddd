package bgp.interop.daemon;

import static bgp.interop.daemon.Family.IPV4_UNICAST;
import static bgp.interop.daemon.Family.IPV6_UNICAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The harness proves itself before our speaker is plugged in: pairs of real daemons on 127.x addresses exchange
 * routes, and what one announces the other must hold exactly (counts, and every attribute of sample routes, as
 * that daemon shows them), through withdrawals, announcements at run time and restarts.
 */
class DaemonHarnessTest {
    private final List<BgpDaemon> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(BgpDaemon::close);
        for (BgpDaemon d : started) {
            assertFalse(d.running(), d + " still runs");
        }
    }

    private BgpDaemon start(DaemonKind kind, DaemonConfig config) throws Exception {
        BgpDaemon d = kind.create(config);
        started.add(d);
        long t0 = System.nanoTime();
        d.start();
        log("%s started in %d ms (%s)", d, (System.nanoTime() - t0) / 1_000_000, d.dir());
        return d;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[interop] " + format + "%n", args);
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Map<Prefix, Route> byPrefix(List<Route> routes) {
        return routes.stream().collect(Collectors.toMap(Route::prefix, Function.identity()));
    }

    /** Waits for the count and logs how long it took. */
    private static void awaitCount(BgpDaemon receiver, InetAddress from, Family family, long count) {
        long t0 = System.nanoTime();
        receiver.awaitReceivedCount(from, family, count);
        log("%s holds %d %s paths from %s after %d ms", receiver.kind(), count, family, Addresses.text(from),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** A route sent by OpenBGPD (AS 65003) on eBGP, as BIRD shows it. */
    private static Route ebgpFromOpenBgpd(Route sent, InetAddress nextHop) {
        return sent.prepend(65003).withNextHop(nextHop).withMed(null).withLocalPref(100L);
    }

    @Test
    void openBgpdSendsTenThousandIpv4AndIpv6RoutesToBird() throws Exception {
        Daemons.assumeAvailable(DaemonKind.OPENBGPD, DaemonKind.BIRD);
        InetAddress birdAddress = Loopback.allocate();
        InetAddress openAddress = Loopback.allocate();
        List<Route> v4 = TestRoutes.ipv4(10, 0, 10_000);
        List<Route> v6 = TestRoutes.ipv6(3, 0, 1000);
        BgpDaemon bird = start(DaemonKind.BIRD, DaemonConfig.of(birdAddress, 65001)
                .withNeighbor(Neighbor.of(openAddress, 65003).asPassive()));
        BgpDaemon open = start(DaemonKind.OPENBGPD, DaemonConfig.of(openAddress, 65003)
                .withNeighbor(Neighbor.of(birdAddress, 65001)).withRoutes(concat(v4, v6)));

        bird.awaitEstablished(openAddress);
        open.awaitEstablished(birdAddress);
        awaitCount(bird, openAddress, IPV4_UNICAST, 10_000);
        awaitCount(bird, openAddress, IPV6_UNICAST, 1000);

        // eBGP: OpenBGPD sends its own address as next hop, prepends its AS and drops the MED of routes it did not
        // learn from a neighbor of its own AS (MRT-loaded ones); BIRD adds LOCAL_PREF 100
        Map<Prefix, Route> got = byPrefix(bird.received(openAddress, IPV4_UNICAST));
        assertEquals(10_000, got.size());
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 4999, 9999}) {
            Route sent = v4.get(i);
            assertEquals(ebgpFromOpenBgpd(sent, openAddress), got.get(sent.prefix()), "route " + i);
        }
        Map<Prefix, Route> got6 = byPrefix(bird.received(openAddress, IPV6_UNICAST));
        Route sent6 = v6.get(6);
        Route received6 = got6.get(sent6.prefix());
        assertEquals(ebgpFromOpenBgpd(sent6, received6.nextHop()), received6);

        // withdraw 1000, announce 500 new ones
        open.withdraw(v4.subList(0, 1000));
        open.announce(TestRoutes.ipv4(11, 0, 500));
        awaitCount(bird, openAddress, IPV4_UNICAST, 9500);
        got = byPrefix(bird.received(openAddress, IPV4_UNICAST));
        assertFalse(got.containsKey(v4.get(999).prefix()));
        assertTrue(got.containsKey(v4.get(1000).prefix()));
        Route late = TestRoutes.ipv4(11, 499);
        assertEquals(ebgpFromOpenBgpd(late, openAddress), got.get(late.prefix()));

        // OpenBGPD stops: BIRD drops the session and its routes; it starts again, with the routes of before
        open.stop();
        bird.awaitNotEstablished(openAddress, Duration.ofSeconds(20));
        bird.awaitReceivedCount(openAddress, IPV4_UNICAST, 0, Duration.ofSeconds(20));
        long t0 = System.nanoTime();
        open.start();
        bird.awaitEstablished(openAddress);
        awaitCount(bird, openAddress, IPV4_UNICAST, 9500);
        awaitCount(bird, openAddress, IPV6_UNICAST, 1000);
        log("BIRD recovered from the OpenBGPD stop and start in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void birdSendsToGoBgpWithAddPathAndRecoversFromItsRestart() throws Exception {
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
        awaitCount(gobgp, birdAddress, IPV4_UNICAST, 2100);
        awaitCount(gobgp, birdAddress, IPV6_UNICAST, 200);

        // GoBGP keeps the next hop on eBGP, shows no LOCAL_PREF on eBGP and no received path ids
        List<Route> got = gobgp.received(birdAddress, IPV4_UNICAST);
        assertEquals(2100, got.size());
        List<Route> both = got.stream().filter(r -> r.prefix().equals(v4.get(1).prefix())).toList();
        assertEquals(List.of(v4.get(1).prepend(65001).withLocalPref(null),
                second.get(1).withPathId(0).prepend(65001).withLocalPref(null)).stream().sorted(
                        java.util.Comparator.comparing(Route::nextHop, java.util.Comparator.comparing(Addresses::text)))
                .toList(), both.stream().sorted(java.util.Comparator.comparing(Route::nextHop,
                        java.util.Comparator.comparing(Addresses::text))).toList());
        Map<Prefix, Route> got6 = byPrefix(gobgp.received(birdAddress, IPV6_UNICAST));
        assertEquals(v6.get(7).prepend(65001), got6.get(v6.get(7).prefix()));

        // withdraw the second paths and 100 more prefixes
        bird.withdraw(second);
        bird.withdraw(v4.subList(1900, 2000));
        awaitCount(gobgp, birdAddress, IPV4_UNICAST, 1900);
        assertEquals(1, gobgp.received(birdAddress, IPV4_UNICAST).stream()
                .filter(r -> r.prefix().equals(v4.get(1).prefix())).count());

        // BIRD restarts (and reads its routes back from the config)
        long pid = bird.pid().orElseThrow();
        long t0 = System.nanoTime();
        bird.restart();
        assertNotEquals(pid, bird.pid().orElseThrow());
        gobgp.awaitNotEstablished(birdAddress, Duration.ofSeconds(20)); // GoBGP stays Idle for seconds
        gobgp.awaitEstablished(birdAddress);
        awaitCount(gobgp, birdAddress, IPV4_UNICAST, 1900);
        awaitCount(gobgp, birdAddress, IPV6_UNICAST, 200);
        log("GoBGP recovered from the BIRD restart in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void goBgpSendsTenThousandRoutesToOpenBgpdListeningOnAnotherPort() throws Exception {
        Daemons.assumeAvailable(DaemonKind.GOBGP, DaemonKind.OPENBGPD);
        InetAddress gobgpAddress = Loopback.allocate();
        InetAddress openAddress = Loopback.allocate();
        int openPort = Loopback.freePort(openAddress);
        List<Route> v4 = TestRoutes.ipv4(20, 0, 10_000);
        List<Route> v6 = TestRoutes.ipv6(2, 0, 500);
        BgpDaemon open = start(DaemonKind.OPENBGPD, DaemonConfig.of(openAddress, 65003).withPort(openPort)
                .withNeighbor(Neighbor.of(gobgpAddress, 65002).asPassive()));
        BgpDaemon gobgp = start(DaemonKind.GOBGP, DaemonConfig.of(gobgpAddress, 65002)
                .withNeighbor(Neighbor.of(openAddress, 65003).withPort(openPort)).withRoutes(concat(v4, v6)));
        assertEquals(10_500, gobgp.announced().size());

        open.awaitEstablished(gobgpAddress);
        gobgp.awaitEstablished(openAddress);
        awaitCount(open, gobgpAddress, IPV4_UNICAST, 10_000);
        awaitCount(open, gobgpAddress, IPV6_UNICAST, 500);

        // OpenBGPD shows LOCAL_PREF 100 on eBGP, a missing MED as absent
        Map<Prefix, Route> got = byPrefix(open.received(gobgpAddress, IPV4_UNICAST));
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 7777, 9999}) {
            Route sent = v4.get(i);
            assertEquals(sent.prepend(65002).withLocalPref(100L), got.get(sent.prefix()), "route " + i);
        }
        Map<Prefix, Route> got6 = byPrefix(open.received(gobgpAddress, IPV6_UNICAST));
        assertEquals(v6.get(3).prepend(65002).withLocalPref(100L), got6.get(v6.get(3).prefix()));

        gobgp.withdraw(v4.subList(0, 20));
        gobgp.withdraw(v6.subList(0, 5));
        gobgp.announce(List.of(TestRoutes.ipv4(21, 1)));
        awaitCount(open, gobgpAddress, IPV4_UNICAST, 9981);
        awaitCount(open, gobgpAddress, IPV6_UNICAST, 495);
    }

    @Test
    void exaBgpAndBirdExchangeRoutesOnIbgpAndRecoverFromAnExaBgpRestart() throws Exception {
        Daemons.assumeAvailable(DaemonKind.EXABGP, DaemonKind.BIRD);
        InetAddress birdAddress = Loopback.allocate();
        InetAddress exaAddress = Loopback.allocate();
        int birdPort = Loopback.freePort(birdAddress);
        List<Route> exaV4 = TestRoutes.ipv4(30, 0, 1000);
        List<Route> exaV6 = TestRoutes.ipv6(4, 0, 100);
        List<Route> birdV4 = TestRoutes.ipv4(40, 0, 300);
        List<Route> birdV6 = TestRoutes.ipv6(5, 0, 30);
        BgpDaemon bird = start(DaemonKind.BIRD, DaemonConfig.of(birdAddress, 65000).withPort(birdPort)
                .withNeighbor(Neighbor.of(exaAddress, 65000).asPassive()).withRoutes(concat(birdV4, birdV6)));
        BgpDaemon exa = start(DaemonKind.EXABGP, DaemonConfig.of(exaAddress, 65000)
                .withNeighbor(Neighbor.of(birdAddress, 65000).withPort(birdPort)).withRoutes(concat(exaV4, exaV6)));

        exa.awaitEstablished(birdAddress);
        bird.awaitEstablished(exaAddress);
        awaitCount(bird, exaAddress, IPV4_UNICAST, 1000);
        awaitCount(bird, exaAddress, IPV6_UNICAST, 100);
        awaitCount(exa, birdAddress, IPV4_UNICAST, 300);
        awaitCount(exa, birdAddress, IPV6_UNICAST, 30);

        // iBGP: next hop, AS path and LOCAL_PREF travel as set (BIRD and ExaBGP show LOCAL_PREF 100 when unset)
        Map<Prefix, Route> atBird = byPrefix(bird.received(exaAddress, IPV4_UNICAST));
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 999}) {
            Route sent = exaV4.get(i);
            Route expected = sent.localPref() == null ? sent.withLocalPref(100L) : sent;
            assertEquals(expected, atBird.get(sent.prefix()), "route " + i);
        }
        assertEquals(exaV6.get(9).withLocalPref(100L), byPrefix(bird.received(exaAddress, IPV6_UNICAST))
                .get(exaV6.get(9).prefix()));
        Map<Prefix, Route> atExa = byPrefix(exa.received(birdAddress, IPV4_UNICAST));
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 299}) {
            Route sent = birdV4.get(i);
            Route expected = sent.localPref() == null ? sent.withLocalPref(100L) : sent;
            assertEquals(expected, atExa.get(sent.prefix()), "route " + i);
        }
        assertEquals(birdV6.get(3).withLocalPref(100L), byPrefix(exa.received(birdAddress, IPV6_UNICAST))
                .get(birdV6.get(3).prefix()));

        // at run time, through ExaBGP's API: withdraw 100, announce 10; BIRD withdraws 50 by reconfiguring
        exa.withdraw(exaV4.subList(0, 100));
        exa.announce(TestRoutes.ipv4(31, 0, 10));
        bird.withdraw(birdV4.subList(0, 50));
        awaitCount(bird, exaAddress, IPV4_UNICAST, 910);
        awaitCount(exa, birdAddress, IPV4_UNICAST, 250);
        Route late = TestRoutes.ipv4(31, 9);
        assertEquals(late.localPref() == null ? late.withLocalPref(100L) : late,
                byPrefix(bird.received(exaAddress, IPV4_UNICAST)).get(late.prefix()));

        // ExaBGP stops (BIRD drops the session and its routes) and starts again with the routes it announced last
        exa.stop();
        bird.awaitNotEstablished(exaAddress, Duration.ofSeconds(20));
        bird.awaitReceivedCount(exaAddress, IPV4_UNICAST, 0, Duration.ofSeconds(20));
        long t0 = System.nanoTime();
        exa.start();
        bird.awaitEstablished(exaAddress);
        exa.awaitEstablished(birdAddress, Duration.ofSeconds(60));
        awaitCount(bird, exaAddress, IPV4_UNICAST, 910);
        awaitCount(exa, birdAddress, IPV4_UNICAST, 250);
        awaitCount(exa, birdAddress, IPV6_UNICAST, 30);
        log("BIRD and ExaBGP recovered from the ExaBGP stop and start in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
