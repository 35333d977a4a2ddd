package bgp.interop;

import static bgp.interop.daemon.Family.IPV4_UNICAST;
import static bgp.interop.daemon.Family.IPV6_UNICAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.nlri.IpPrefix;
import bgp.interop.daemon.AddPath;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.BgpDaemon;
import bgp.interop.daemon.DaemonConfig;
import bgp.interop.daemon.DaemonKind;
import bgp.interop.daemon.Daemons;
import bgp.interop.daemon.Family;
import bgp.interop.daemon.Loopback;
import bgp.interop.daemon.Neighbor;
import bgp.interop.daemon.Route;
import bgp.interop.daemon.TestRoutes;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Our reactor against each real daemon on its own 127.x address: an eBGP session carrying IPv4 and IPv6 unicast,
 * 10,000 IPv4 and 1,000 IPv6 routes each way held exactly (every prefix, the attributes of each route), 1,000
 * withdrawals each way, and a restart of the daemon after which the session and both tables recover.
 */
class ReactorInteropTest {
    static final long OUR_AS = 65001;
    static final long THEIR_AS = 65002;
    static final Duration WAIT = Duration.ofSeconds(60);

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[interop] " + format + "%n", args);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private OurSpeaker ours(InetAddress address, int port) {
        OurSpeaker s = new OurSpeaker(address, port);
        started.add(s);
        return s;
    }

    private BgpDaemon daemon(DaemonKind kind, DaemonConfig config) throws Exception {
        BgpDaemon d = kind.create(config);
        started.add(d);
        d.start();
        return d;
    }

    private static Peer peer(OurSpeaker us, InetAddress self, InetAddress them, int port, boolean addPathReceive) {
        bgp.reactor.Neighbor.Builder b = bgp.reactor.Neighbor.builder(Addresses.text(them))
                .localAddress(Addresses.text(self)).localAs(OUR_AS).peerAs(THEIR_AS).routerId(Addresses.text(self))
                .port(port).families(Set.of(bgp.codec.Family.IPV4_UNICAST, bgp.codec.Family.IPV6_UNICAST));
        if (addPathReceive) {
            b.addPath(bgp.codec.Family.IPV4_UNICAST, false, true);
        }
        return us.reactor.addPeer(b.build());
    }

    /** How a route sent by the daemon over eBGP arrives in our Adj-RIB-In. */
    private static Route asWeGetIt(DaemonKind kind, Route sent, InetAddress daemon, Route got) {
        Route r = sent.prepend(THEIR_AS).withLocalPref(null);
        if (kind == DaemonKind.OPENBGPD) {
            // OpenBGPD always puts its own address as next hop on eBGP (::1 for IPv6 over an IPv4 session) and
            // drops the MED of routes loaded from MRT
            r = r.withNextHop(got.nextHop()).withMed(null);
            if (sent.family() == IPV4_UNICAST) {
                assertEquals(daemon, got.nextHop());
            }
        } else if (kind == DaemonKind.BIRD && sent.family() == IPV4_UNICAST) {
            r = r.withNextHop(got.nextHop()); // BIRD's own address or the original one, by its rules
        }
        return r.withPathId(got.pathId());
    }

    /** How a route we sent over eBGP shows in the daemon. */
    private static Route asTheyShowIt(DaemonKind kind, Route sent) {
        Route r = sent.prepend(OUR_AS);
        if (kind == DaemonKind.BIRD || kind == DaemonKind.OPENBGPD) {
            r = r.withLocalPref(100L); // they add the default LOCAL_PREF on eBGP
        } else {
            r = r.withLocalPref(null);
        }
        return r;
    }

    private static Map<Route.Key, Route> byKey(List<Route> routes) {
        return routes.stream().collect(Collectors.toMap(Route::key, r -> r, (a, b) -> a));
    }

    @ParameterizedTest
    @EnumSource(DaemonKind.class)
    void routesBothWaysWithdrawalsAndARestart(DaemonKind kind) throws Exception {
        Daemons.assumeAvailable(kind);
        InetAddress self = Loopback.allocate();
        InetAddress them = Loopback.allocate();
        int ourPort = Loopback.freePort(self);
        List<Route> theirV4 = TestRoutes.ipv4(20, 0, 10_000);
        List<Route> theirV6 = TestRoutes.ipv6(5, 0, 1_000);
        List<Route> ourV4 = TestRoutes.ipv4(30, 0, 10_000);
        List<Route> ourV6 = TestRoutes.ipv6(6, 0, 1_000);

        OurSpeaker us = ours(self, ourPort);
        BgpDaemon daemon = daemon(kind, DaemonConfig.of(them, THEIR_AS)
                .withNeighbor(Neighbor.of(self, OUR_AS).withPort(ourPort).withFamilies(IPV4_UNICAST, IPV6_UNICAST))
                .withRoutes(Stream.concat(theirV4.stream(), theirV6.stream()).toList()));
        Peer peer = peer(us, self, them, 179, false);
        for (Route r : ourV4) {
            peer.announce(OurSpeaker.toOurs(r, OUR_AS, true));
        }
        for (Route r : ourV6) {
            peer.announce(OurSpeaker.toOurs(r, OUR_AS, true));
        }
        long t0 = System.nanoTime();
        await("the session with " + kind, WAIT, () -> peer.state() == PeerState.ESTABLISHED);
        daemon.awaitEstablished(self);
        log("%s: established in %d ms", kind, (System.nanoTime() - t0) / 1_000_000);

        // they announce: we hold every route, exactly
        await("10,000 IPv4 and 1,000 IPv6 routes from " + kind, WAIT,
                () -> OurSpeaker.count(peer, IPV4_UNICAST) == 10_000 && OurSpeaker.count(peer, IPV6_UNICAST) == 1_000);
        Map<Route.Key, Route> got = OurSpeaker.received(peer);
        assertEquals(11_000, got.size());
        for (Route sent : Stream.concat(theirV4.stream(), theirV6.stream()).toList()) {
            Route r = got.get(sent.key());
            assertTrue(r != null, "missing " + sent.prefix());
            assertEquals(asWeGetIt(kind, sent, them, r), r, "route from " + kind);
        }

        // we announce: they hold every route, exactly
        daemon.awaitReceivedCount(self, IPV4_UNICAST, 10_000, WAIT);
        daemon.awaitReceivedCount(self, IPV6_UNICAST, 1_000, WAIT);
        Map<Route.Key, Route> theirs = byKey(daemon.received(self, IPV4_UNICAST));
        theirs.putAll(byKey(daemon.received(self, IPV6_UNICAST)));
        for (Route sent : Stream.concat(ourV4.stream(), ourV6.stream()).toList()) {
            Route r = theirs.get(sent.key());
            assertTrue(r != null, kind + " misses " + sent.prefix());
            assertEquals(asTheyShowIt(kind, sent), r.withPathId(0), kind + " holds");
        }

        // withdrawals both ways
        for (Route r : ourV4.subList(0, 1_000)) {
            peer.withdraw(IpPrefix.parse(r.prefix().toString(), 0));
        }
        daemon.withdraw(theirV4.subList(0, 1_000));
        daemon.awaitReceivedCount(self, IPV4_UNICAST, 9_000, WAIT);
        await("1,000 withdrawals from " + kind, WAIT, () -> OurSpeaker.count(peer, IPV4_UNICAST) == 9_000);
        assertFalse(OurSpeaker.received(peer).containsKey(theirV4.get(999).key()));

        // the daemon restarts: the session comes back and both tables with it
        daemon.stop();
        await("the session down", WAIT, () -> peer.state() != PeerState.ESTABLISHED);
        t0 = System.nanoTime();
        daemon.start();
        await("the session back with " + kind, WAIT, () -> peer.state() == PeerState.ESTABLISHED);
        await("our table back from " + kind, WAIT,
                () -> OurSpeaker.count(peer, IPV4_UNICAST) == 9_000 && OurSpeaker.count(peer, IPV6_UNICAST) == 1_000);
        daemon.awaitReceivedCount(self, IPV4_UNICAST, 9_000, WAIT);
        daemon.awaitReceivedCount(self, IPV6_UNICAST, 1_000, WAIT);
        log("%s: restart recovered in %d ms", kind, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void birdSendsTwoPathsPerPrefixWithAddPath() throws Exception {
        Daemons.assumeAvailable(DaemonKind.BIRD);
        InetAddress self = Loopback.allocate();
        InetAddress them = Loopback.allocate();
        int ourPort = Loopback.freePort(self);
        List<Route> first = TestRoutes.ipv4(40, 0, 500);
        List<Route> second = first.stream().map(r -> r.withPathId(2).withNextHop("192.0.2.251").withMed(5L)).toList();
        OurSpeaker us = ours(self, ourPort);
        BgpDaemon bird = daemon(DaemonKind.BIRD, DaemonConfig.of(them, THEIR_AS)
                .withNeighbor(Neighbor.of(self, OUR_AS).withPort(ourPort).withFamilies(IPV4_UNICAST)
                        .withAddPath(AddPath.SEND))
                .withRoutes(Stream.concat(first.stream(), second.stream()).toList()));
        Peer peer = peer(us, self, them, 179, true);
        await("the add-path session", WAIT, () -> peer.state() == PeerState.ESTABLISHED);
        assertTrue(peer.context().orElseThrow().addPathReceive(bgp.codec.Family.IPV4_UNICAST));
        await("two paths for each of 500 prefixes", WAIT, () -> OurSpeaker.count(peer, IPV4_UNICAST) == 1_000);
        Map<Route.Key, Route> got = OurSpeaker.received(peer);
        Map<String, List<Route>> byPrefix = got.values().stream()
                .collect(Collectors.groupingBy(r -> r.prefix().toString()));
        assertEquals(500, byPrefix.size());
        List<Route> paths = byPrefix.get(first.get(7).prefix().toString());
        assertEquals(2, paths.size());
        assertEquals(2, paths.stream().map(Route::pathId).distinct().count(), "distinct path identifiers");
        assertEquals(Set.of(first.get(7).med(), 5L), paths.stream().map(Route::med).collect(Collectors.toSet()));
        bird.withdraw(second.subList(0, 100));
        await("100 second paths withdrawn", WAIT, () -> OurSpeaker.count(peer, IPV4_UNICAST) == 900);
    }

    /**
     * The figure the reactor issue asks for, from one run: OpenBGPD (the fastest sender here) announces 100,000
     * IPv4 routes to us, then to BIRD; each time from Established to the last prefix held.
     */
    @Test
    void receiving100kRoutesFromOpenBgpdUsAndBird() throws Exception {
        Daemons.assumeAvailable(DaemonKind.OPENBGPD, DaemonKind.BIRD);
        List<Route> table = TestRoutes.ipv4(50, 0, 100_000);

        InetAddress self = Loopback.allocate();
        InetAddress sender = Loopback.allocate();
        int ourPort = Loopback.freePort(self);
        OurSpeaker us = ours(self, ourPort);
        BgpDaemon open = daemon(DaemonKind.OPENBGPD, DaemonConfig.of(sender, THEIR_AS)
                .withNeighbor(Neighbor.of(self, OUR_AS).withPort(ourPort)).withRoutes(table));
        Peer peer = peer(us, self, sender, 179, false);
        await("the session", WAIT, () -> peer.state() == PeerState.ESTABLISHED);
        long t0 = System.nanoTime();
        await("100,000 routes", WAIT, () -> OurSpeaker.count(peer, IPV4_UNICAST) == 100_000);
        long ourMs = (System.nanoTime() - t0) / 1_000_000;
        open.close();

        InetAddress bird = Loopback.allocate();
        InetAddress sender2 = Loopback.allocate();
        BgpDaemon b = daemon(DaemonKind.BIRD, DaemonConfig.of(bird, OUR_AS)
                .withNeighbor(Neighbor.of(sender2, THEIR_AS).asPassive()));
        BgpDaemon open2 = daemon(DaemonKind.OPENBGPD, DaemonConfig.of(sender2, THEIR_AS)
                .withNeighbor(Neighbor.of(bird, OUR_AS)).withRoutes(table));
        b.awaitEstablished(sender2);
        t0 = System.nanoTime();
        b.awaitReceivedCount(sender2, IPV4_UNICAST, 100_000, WAIT);
        long birdMs = (System.nanoTime() - t0) / 1_000_000;
        open2.close();
        log("receiving 100,000 IPv4 routes from OpenBGPD: us %d ms, BIRD %d ms (BIRD's figure includes its CLI "
                + "polling, 200 ms granularity)", ourMs, birdMs);
    }
}
