package bgp.api.command.internal;

import static bgp.api.command.internal.DynamicPeersTest.await;
import static bgp.api.command.internal.DynamicPeersTest.freeLoopbackAddress;
import static bgp.api.command.internal.DynamicPeersTest.reactor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.codec.Family;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shutdown} and {@code restart} against a real session (our speaker, a second reactor as the peer, each on
 * its own 127.x address): the peer receives Cease 6/2 then the stopping action runs, after the answer; restart
 * reloads the file and the peer receives Cease 6/4, then the session comes back.
 */
class LifecycleCommandsTest {
    @TempDir
    Path dir;
    BgpReactor speaker;
    BgpReactor remote;
    String local;
    String peer;
    Peer theirs;
    final List<PeerEvent> remoteEvents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        local = freeLoopbackAddress();
        peer = freeLoopbackAddress();
        speaker = reactor(local, 0);
        remote = reactor(peer, 179);
        remote.addListener(remoteEvents::add);
        theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").families(Set.of(Family.IPV4_UNICAST)).passive(true).build());
    }

    @AfterEach
    void stop() {
        speaker.close();
        remote.close();
    }

    private boolean ceaseReceived(int subcode, String communication) {
        return remoteEvents.stream().anyMatch(e -> e instanceof PeerEvent.NotificationMessage n && n.received()
                && n.notification().code() == 6 && n.notification().subcode() == subcode
                && n.notification().communication().orElse("").equals(communication));
    }

    @Test
    void shutdownCeasesEverySessionThenStopsAfterTheAnswer() throws Exception {
        Peer ours = speaker.addPeer(Neighbor.builder(peer).localAddress(local).localAs(65001).peerAs(65002)
                .routerId("10.0.0.1").families(Set.of(Family.IPV4_UNICAST)).build());
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stoppedBeforeTheAnswer = new AtomicBoolean();
        CommandTable api = new CommandTable();
        api.add(Map.of(Command.NAME, "shutdown", "service.id", 1L), new ShutdownCommand(speaker, () -> {
            speaker.close(); // what stopping the framework does to the reactor
            stopped.countDown();
        }));
        assertEquals(List.of("error: shutdown takes no argument", "error"), api.dispatch("shutdown now"));
        assertEquals(1, stopped.getCount());
        List<String> answer = api.dispatch("shutdown");
        stoppedBeforeTheAnswer.set(stopped.getCount() == 0);
        assertEquals(List.of("done"), answer);
        assertEquals(false, stoppedBeforeTheAnswer.get(), "the answer comes first");
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the stopping action ran");
        await("the peer's Cease 6/2", () -> ceaseReceived(2, ShutdownCommand.COMMUNICATION));
        assertEquals(1, remoteEvents.stream().filter(e -> e instanceof PeerEvent.NotificationMessage n
                && n.received()).count(), "one NOTIFICATION");
    }

    @Test
    void restartReloadsTheFileAndResetsEverySession() throws Exception {
        Path file = dir.resolve("speaker.conf");
        Files.writeString(file, "neighbor " + peer + " { router-id 10.0.0.1; local-address " + local
                + "; local-as 65001; peer-as 65002; }\n");
        ConfigurationComponent config = new ConfigurationComponent(speaker, "");
        CommandTable api = new CommandTable();
        api.add(Map.of(Command.NAME, "restart", "service.id", 1L), new RestartCommand(speaker, config));
        assertEquals(List.of("restart: 0 sessions reset", "done"), api.dispatch("restart"), "no file, no peer");
        config.load(file);
        Peer ours = speaker.peer(peer).orElseThrow();
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
        // a dynamic peer: the reload part removes it (nobody listens there)
        speaker.addPeer(Neighbor.builder("127.0.0.1").localAddress(local).localAs(65001).peerAs(65003)
                .routerId("10.0.0.1").passive(true).dynamic(true).build());

        assertEquals(List.of("error: restart takes no argument", "error"), api.dispatch("restart all"));
        assertEquals(List.of("reload: 0 added, 1 removed, 0 restarted, 0 with new routes, 1 unchanged",
                "restart: 1 sessions reset", "done"), api.dispatch("restart"));
        await("the peer's Cease 6/4", () -> ceaseReceived(4, ""));
        assertEquals(List.of(peer), speaker.peers().stream().map(p -> p.neighbor().peerAddress()).toList());
        await("established again", () -> ours.state() == PeerState.ESTABLISHED
                && theirs.state() == PeerState.ESTABLISHED);

        Files.writeString(file, "neighbor " + peer + " { peer-as x; }\n");
        List<String> bad = api.dispatch("restart");
        assertTrue(bad.get(0).startsWith("error: " + file + ":1:"), bad.get(0));
        assertEquals(1, remoteEvents.stream().filter(e -> e instanceof PeerEvent.NotificationMessage n
                && n.received()).count(), "a bad file restarts nothing");
    }
}
