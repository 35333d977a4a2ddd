package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.codec.Family;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Origin;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.nlri.IpPrefix;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.Route;
import bgp.rib.internal.RibFactoryComponent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed feature end to end: {@code create} over the API brings up a session with a real peer (a second reactor
 * on its own 127.x address), routes reach it, {@code delete} sends it Cease / Peer De-configured and the speaker no
 * longer lists it; every bad {@code create} answers an error and creates nothing.
 */
class DynamicPeersTest {
    BgpReactor speaker;
    BgpReactor remote;
    CommandTable api;
    String local;
    String peer;
    final List<PeerEvent> remoteEvents = new CopyOnWriteArrayList<>();

    static String freeLoopbackAddress() {
        for (int attempt = 0; attempt < 50; attempt++) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String a = "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255);
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(a))) {
                return a;
            } catch (IOException busy) {
                // another
            }
        }
        throw new IllegalStateException("no free loopback address");
    }

    static BgpReactor reactor(String address, int port) {
        return new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(address), port, 1));
    }

    @BeforeEach
    void start() {
        local = freeLoopbackAddress();
        peer = freeLoopbackAddress();
        speaker = reactor(local, 0);
        remote = reactor(peer, 179);
        remote.addListener(remoteEvents::add);
        api = new CommandTable();
        register("create", new CreateCommand(speaker));
        register("delete", new DeleteCommand(speaker));
        register("teardown", new TeardownCommand(speaker));
        register("flush", new FlushCommand(speaker));
        register("clear", new ClearCommand(speaker));
        register("announce", new AnnounceCommand(speaker));
        register("withdraw", new WithdrawCommand(speaker));
    }

    private long id;

    private void register(String name, Command c) {
        api.add(Map.of(Command.NAME, name, Command.NEIGHBOR, true, "service.id", ++id), c);
    }

    @AfterEach
    void stop() {
        speaker.close();
        remote.close();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    List<String> run(String line) {
        return api.dispatch(line);
    }

    @Test
    void createEstablishesRoutesReachThePeerDeleteCeases() throws Exception {
        // the remote side waits for us, passive, on port 179 of its own address (ExaBGP's create has no port)
        Peer theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST)).passive(true)
                .build());
        assertEquals(List.of("done"), run("neighbor " + peer + " local-ip " + local + " local-as 65001 peer-as 65002 "
                + "router-id 10.0.0.1 family-allowed ipv4-unicast/ipv6-unicast create"));
        Peer ours = speaker.peer(peer).orElseThrow();
        assertTrue(ours.neighbor().dynamic());
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), ours.neighbor().families());
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), ours.context().orElseThrow().families());

        for (int i = 0; i < 100; i++) {
            ours.announce(route("10.77." + i + ".0/24"));
        }
        await("100 routes at the peer", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 100);

        assertEquals(List.of("error: peer already exists: " + peer, "error"), run("neighbor " + peer + " local-ip "
                + local + " local-as 65001 peer-as 65002 router-id 10.0.0.1 create"));
        assertEquals(1, speaker.peers().size());

        assertEquals(List.of("done"), run("neighbor " + peer + " peer-as 65002 delete"));
        await("the peer's Cease", () -> remoteEvents.stream().anyMatch(e -> e instanceof PeerEvent.NotificationMessage n
                && n.received() && n.notification().code() == 6 && n.notification().subcode() == 3));
        assertEquals(List.of(), speaker.peers());
        await("the peer's routes gone", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "neighbor 10.0.0.1 local-as 1 peer-as 2 router-id 1.1.1.1 create|missing required parameter: local-ip",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 peer-as 2 router-id 1.1.1.1 create|missing required parameter: local-as",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 router-id 1.1.1.1 create|missing required parameter: peer-as",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 create|missing required parameter: router-id",
        "neighbor 10.0.0.x local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 create|invalid IP address 10.0.0.x",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 99999999999 router-id 1.1.1.1 create|invalid ASN 99999999999",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 family-allowed ipv4_unicast create|invalid family format ipv4_unicast, expected <afi>-<safi>",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 family-allowed ipv7-unicast create|unknown AFI ipv7",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 family-allowed ipv4-anycast create|unknown SAFI anycast",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 local-as 2 create|duplicate parameter: local-as",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 hold 9 create|unknown parameter: hold",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 create now|unknown parameter: now",
        "neighbor * local-ip 10.0.0.2 local-as 1 peer-as 2 router-id 1.1.1.1 create|create needs exactly one neighbor address",
        "neighbor 10.0.0.1 local-ip 10.0.0.2 local-as 0 peer-as 2 router-id 1.1.1.1 create|invalid ASN 0 for local-as, expected 1..4294967295",
        "create|create needs 'neighbor <ip> local-ip <ip> local-as <asn> peer-as <asn> router-id <ip>' before it"})
    void aBadCreateAnswersAnErrorAndCreatesNothing(String line, String reason) {
        assertEquals(List.of("error: " + reason, "error"), run(line));
        assertEquals(List.of(), speaker.peers());
    }

    @Test
    void adjRibCommandsEndOfRibAndRouteRefreshActOnTheSelectedPeers() throws Exception {
        Peer theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").passive(true).build());
        assertEquals(List.of("done"), run("neighbor " + peer + " local-ip " + local + " local-as 65001 peer-as 65002 "
                + "router-id 10.0.0.1 create"));
        Peer ours = speaker.peer(peer).orElseThrow();
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
        for (int i = 0; i < 10; i++) {
            ours.announce(route("10.88." + i + ".0/24"));
        }
        await("10 routes", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 10);

        long updates = theirs.counters().get("update-received");
        assertEquals(List.of("done"), run("neighbor " + peer + " flush adj-rib out"));
        await("the table again", () -> theirs.counters().get("update-received") > updates);

        long eors = remoteEvents.stream().filter(e -> e instanceof PeerEvent.EndOfRibReceived).count();
        assertEquals(List.of("done"), run("announce eor ipv4 unicast"));
        await("an End-of-RIB", () -> remoteEvents.stream().filter(e -> e instanceof PeerEvent.EndOfRibReceived)
                .count() > eors);
        assertEquals(List.of("error: ipv6 unicast was not negotiated with " + peer, "error"),
                run("announce eor ipv6 unicast"));
        assertEquals(List.of("error: route refresh was not negotiated with " + peer, "error"),
                run("announce route-refresh ipv4 unicast"));
        assertEquals(List.of("error: unknown AFI ipv9", "error"), run("announce eor ipv9 unicast"));

        assertEquals(List.of("done"), run("neighbor * clear adj-rib out"));
        await("withdrawn at the peer", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 0);
        assertEquals(List.of("error: expected 'clear adj-rib in' or 'clear adj-rib out'", "error"),
                run("clear adj-rib sideways"));
        assertEquals(List.of("error: no neighbors match the selector", "error"),
                run("neighbor * peer-as 1 clear adj-rib in"));
    }

    @Test
    void routesAnnouncedAndWithdrawnOverTheApiReachThePeer() throws Exception {
        Peer theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST)).passive(true)
                .build());
        assertEquals(List.of("done"), run("neighbor " + peer + " local-ip " + local + " local-as 65001 peer-as 65002 "
                + "router-id 10.0.0.1 family-allowed ipv4-unicast/ipv6-unicast create"));
        Peer ours = speaker.peer(peer).orElseThrow();
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);

        assertEquals(List.of("done"), run("announce route 10.99.0.0/24 next-hop self med 100 community [65001:7]"));
        assertEquals(List.of("done"), run("neighbor " + peer + " announce attributes next-hop 192.0.2.1 "
                + "as-path [ 64512 ] nlri 10.99.1.0/24 10.99.2.0/24"));
        await("3 routes", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 3);
        List<String> got = new CopyOnWriteArrayList<>();
        theirs.visitAdjRibIn((nlri, set) -> got.add(nlri + " " + set.nextHopAddresses() + " " + set.attributes()));
        // eBGP: ORIGIN igp added, our AS as the path when none is given (a given one is sent as written), no
        // LOCAL_PREF (ExaBGP's defaults)
        assertEquals(List.of(
                "10.99.0.0/24 [" + local + "] [igp, AsPath[65001], " + local + ", Med[value=100], Communities[65001:7]]",
                "10.99.1.0/24 [192.0.2.1] [igp, AsPath[64512], 192.0.2.1]",
                "10.99.2.0/24 [192.0.2.1] [igp, AsPath[64512], 192.0.2.1]"), got.stream().sorted().toList());

        assertEquals(List.of("done"), run("withdraw route 10.99.1.0/24"));
        await("2 routes", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 2);

        // bad commands change nothing
        assertEquals(List.of("error: use of \"next-hop self\": the route (ipv6) does not have the same family as "
                + "the BGP tcp session (ipv4)", "error"), run("announce route 2001:db8::/32 next-hop self"));
        assertEquals(List.of("error: family ipv4 multicast is not configured for neighbor " + peer, "error"),
                run("announce ipv4 multicast 10.99.3.0/24 next-hop 192.0.2.1"));
        List<String> bad = run("announce route 10.99.3.0/33 next-hop 192.0.2.1");
        assertEquals("error", bad.get(1));
        assertTrue(bad.get(0).startsWith("error: "), bad.toString());
        assertEquals(List.of("error: unknown announce form: roat, expected route, ipv4, ipv6, attributes, flow, eor, "
                + "route-refresh or watchdog", "error"), run("announce roat 10.0.0.0/8"));
        Thread.sleep(200);
        assertEquals(2L, theirs.receivedRoutes().get(Family.IPV4_UNICAST));
    }

    @Test
    void deleteWithNoMatchIsAnError() {
        assertEquals(List.of("error: no neighbors match the selector", "error"), run("neighbor 10.9.9.9 delete"));
        assertEquals(List.of("error: delete needs a neighbor selector: neighbor <ip>|* delete", "error"),
                run("delete"));
    }

    @Test
    void aCommentIsDone() {
        assertEquals(List.of("done"), run("# just a note"));
    }

    @Test
    void aSelectorBeforeACommandThatTakesNoneIsAnError() {
        api.add(Map.of(Command.NAME, "version", "service.id", ++id), (r, o) -> o.println("bgp x"));
        assertEquals(List.of("error: version does not take a neighbor selector", "error"),
                run("neighbor 10.0.0.1 version"));
    }

    static Route route(String prefix) {
        return Route.of(IpPrefix.parse(prefix, 0), "192.0.2.1", List.of(Origin.IGP, AsPath.sequence(65001)));
    }
}
