package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import bgp.codec.Hex;
import bgp.config.internal.ConfigurationComponent;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchdogs end to end: a configuration with {@code watchdog <name>} routes (one marked {@code withdraw}) runs in the
 * speaker, a second reactor on its own 127.x address is the peer, and {@code announce|withdraw watchdog <name>} and
 * {@code announce route ... watchdog <name>} send exactly the UPDATEs expected.
 */
class WatchdogTest {
    static final String MARKER = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    /** iBGP defaults and next hop 192.0.2.1: ORIGIN igp, empty AS_PATH, NEXT_HOP, LOCAL_PREF 100 (21 bytes). */
    static final String ATTRS = "40010100400200400304C000020140050400000064";

    @TempDir
    Path dir;
    BgpReactor speaker;
    BgpReactor remote;
    ConfigurationComponent config;
    CommandTable api;
    String local;
    String peer;
    final List<String> updates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        local = DynamicPeersTest.freeLoopbackAddress();
        peer = DynamicPeersTest.freeLoopbackAddress();
        speaker = DynamicPeersTest.reactor(local, 0);
        remote = DynamicPeersTest.reactor(peer, 179);
        remote.addListener(e -> {
            if (e instanceof PeerEvent.UpdateReceived u && u.update().endOfRib().isEmpty()) {
                updates.add(Hex.encode(u.raw()));
            }
        });
        config = new ConfigurationComponent(speaker, "");
        api = new CommandTable();
        api.add(Map.of(Command.NAME, "announce", Command.NEIGHBOR, true, "service.id", 1L),
                new AnnounceCommand(speaker));
        api.add(Map.of(Command.NAME, "withdraw", Command.NEIGHBOR, true, "service.id", 2L),
                new WithdrawCommand(speaker));
    }

    @AfterEach
    void stop() {
        speaker.close();
        remote.close();
    }

    /** The UPDATEs received since the last call, waiting until there are {@code n} (and a little more for extras). */
    List<String> received(int n) throws InterruptedException {
        DynamicPeersTest.await(n + " UPDATE(s)", () -> updates.size() >= n);
        Thread.sleep(300);
        List<String> out = List.copyOf(updates);
        updates.clear();
        return out;
    }

    static String update(String withdrawn, String attributes, String nlri) {
        int length = 19 + 2 + withdrawn.length() / 2 + 2 + attributes.length() / 2 + nlri.length() / 2;
        return MARKER + String.format("%04X", length) + "02" + String.format("%04X", withdrawn.length() / 2) + withdrawn
                + String.format("%04X", attributes.length() / 2) + attributes + nlri;
    }

    @Test
    void watchdogGroupsAreAnnouncedAndWithdrawnWholeAndAWithdrawRouteStartsWithdrawn() throws Exception {
        Path f = dir.resolve("speaker.conf");
        Files.writeString(f, "neighbor " + peer + " {\n router-id 10.0.0.1;\n local-address " + local + ";\n"
                + " local-as 65001;\n peer-as 65001;\n family { ipv4 unicast; }\n static {\n"
                + "  route 10.1.0.0/24 next-hop 192.0.2.1;\n"
                + "  route 10.2.0.0/24 next-hop 192.0.2.1 watchdog dns withdraw;\n"
                + "  route 10.3.0.0/24 next-hop 192.0.2.1 watchdog dns;\n }\n}\n");
        config.load(f);
        // the peer exists from now on: the session comes up on the speaker's retry, with every route held
        Peer theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65001).peerAs(65001)
                .routerId("10.0.0.2").passive(true).build());
        Peer ours = speaker.peer(peer).orElseThrow();
        DynamicPeersTest.await("established", () -> ours.state() == PeerState.ESTABLISHED
                && theirs.state() == PeerState.ESTABLISHED);
        // the plain route and the announced watchdog route; 10.2.0.0/24 waits in its group
        assertEquals(List.of(update("", ATTRS, "180A0100180A0300")), received(1));
        assertEquals(Map.of("dns", List.of("-10.2.0.0/24", "+10.3.0.0/24")), ours.watchdogs());

        assertEquals(List.of("done"), api.dispatch("withdraw watchdog dns"));
        assertEquals(List.of(update("180A0300", "", "")), received(1));
        assertEquals(Map.of("dns", List.of("-10.2.0.0/24", "-10.3.0.0/24")), ours.watchdogs());

        assertEquals(List.of("done"), api.dispatch("neighbor " + peer + " announce watchdog dns"));
        assertEquals(List.of(update("", ATTRS, "180A0200180A0300")), received(1));
        assertEquals(List.of("done"), api.dispatch("announce watchdog dns")); // already announced: nothing sent

        // as ExaBGP: a name without a group changes nothing and is not an error
        assertEquals(List.of("done"), api.dispatch("withdraw watchdog nosuch"));
        assertEquals(List.of("done"), api.dispatch("announce watchdog nosuch"));
        assertEquals(List.of("error: expected 'announce watchdog <name>'", "error"),
                api.dispatch("announce watchdog"));
        assertEquals(List.of("error: expected 'withdraw watchdog <name>'", "error"),
                api.dispatch("withdraw watchdog a b"));
        assertEquals(List.of("error: no neighbors match the selector", "error"),
                api.dispatch("neighbor 127.0.0.254 withdraw watchdog dns"));
        Thread.sleep(300);
        assertEquals(List.of(), updates);

        // routes of the API join groups as configured ones do
        assertEquals(List.of("done"),
                api.dispatch("announce route 10.4.0.0/24 next-hop 192.0.2.1 watchdog api withdraw"));
        assertEquals(List.of("done"), api.dispatch("announce route 10.5.0.0/24 next-hop 192.0.2.1 watchdog api"));
        assertEquals(List.of(update("", ATTRS, "180A0500")), received(1));
        assertEquals(List.of("done"), api.dispatch("announce watchdog api"));
        assertEquals(List.of(update("", ATTRS, "180A0400")), received(1));
        assertEquals(List.of("done"), api.dispatch("withdraw watchdog api"));
        assertEquals(List.of(update("180A0400180A0500", "", "")), received(1));
        // a plain withdraw takes the route out of its group for good
        assertEquals(List.of("done"), api.dispatch("withdraw route 10.3.0.0/24"));
        assertEquals(List.of(update("180A0300", "", "")), received(1));
        assertEquals(Map.of("api", List.of("-10.4.0.0/24", "-10.5.0.0/24"), "dns", List.of("+10.2.0.0/24")),
                ours.watchdogs());
        assertEquals(List.of("done"), api.dispatch("withdraw watchdog dns"));
        assertEquals(List.of(update("180A0200", "", "")), received(1));
    }

    @Test
    void aReloadKeepsTheStateOfUnchangedWatchdogRoutesAndAppliesChangedOnes() throws Exception {
        Path f = dir.resolve("speaker.conf");
        String head = "neighbor " + peer + " {\n router-id 10.0.0.1;\n local-address " + local + ";\n"
                + " local-as 65001;\n peer-as 65001;\n family { ipv4 unicast; }\n static {\n";
        Files.writeString(f, head + "  route 10.2.0.0/24 next-hop 192.0.2.1 watchdog dns withdraw;\n"
                + "  route 10.3.0.0/24 next-hop 192.0.2.1 watchdog dns withdraw;\n }\n}\n");
        config.load(f);
        // the peer exists from now on: the session comes up on the speaker's retry, with every route held
        Peer theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65001).peerAs(65001)
                .routerId("10.0.0.2").passive(true).build());
        Peer ours = speaker.peer(peer).orElseThrow();
        DynamicPeersTest.await("established", () -> ours.state() == PeerState.ESTABLISHED
                && theirs.state() == PeerState.ESTABLISHED);
        assertEquals(List.of("done"), api.dispatch("announce watchdog dns"));
        assertEquals(List.of(update("", ATTRS, "180A0200180A0300")), received(1));
        // 10.2.0.0/24 unchanged: stays announced; 10.3.0.0/24 leaves its group for a plain route with a MED
        Files.writeString(f, head + "  route 10.2.0.0/24 next-hop 192.0.2.1 watchdog dns withdraw;\n"
                + "  route 10.3.0.0/24 next-hop 192.0.2.1 med 5;\n }\n}\n");
        config.reload();
        assertEquals(List.of(update("", "40010100400200400304C0000201800404000000054005040000006" + "4",
                "180A0300")), received(1));
        assertEquals(Map.of("dns", List.of("+10.2.0.0/24")), ours.watchdogs());
    }
}
