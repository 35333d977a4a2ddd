package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.api.command.internal.process.ProcessManager;
import bgp.codec.Family;
import bgp.config.internal.ConfigurationComponent;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured program end to end: the speaker starts it, it announces a route through the API that reaches a real
 * peer, and it receives, as ExaBGP's JSON, the state change and the UPDATE its neighbor's {@code api} block
 * subscribes it to; at exit it gets the shutdown notice.
 */
class ProcessApiTest {
    @TempDir
    Path dir;
    BgpReactor speaker;
    BgpReactor remote;
    ProcessManager processes;

    /** The speaker's and the remote reactor's loopback addresses. */
    String local;
    String peer;

    /** The speaker and, on port 179 of its own loopback address, the remote reactor. */
    void reactors() {
        local = DynamicPeersTest.freeLoopbackAddress();
        peer = DynamicPeersTest.freeLoopbackAddress();
        speaker = DynamicPeersTest.reactor(local, 0);
        remote = DynamicPeersTest.reactor(peer, 179);
    }

    /** The speaker's configuration: {@code process} block(s), then the remote reactor as its neighbor with this api. */
    Path conf(String processes, String api) throws java.io.IOException {
        Path conf = dir.resolve("speaker.conf");
        Files.writeString(conf, processes
                + "neighbor " + peer + " {\n"
                + "  router-id 10.0.0.1; local-address " + local + "; local-as 65001; peer-as 65002;\n"
                + "  family { ipv4 unicast; }\n"
                + api
                + "}\n");
        return conf;
    }

    /** The remote reactor's side of the session, passive: it comes up on the speaker's next connection attempt. */
    Peer remotePeer() {
        return remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").passive(true).build());
    }

    @AfterEach
    void stop() {
        if (processes != null) {
            processes.close();
        }
        speaker.close();
        remote.close();
    }

    static long lines(Path f, String containing) {
        try (var s = Files.lines(f)) {
            return s.filter(l -> l.contains(containing)).count();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aConfiguredProgramAnnouncesAndReceivesJson() throws Exception {
        reactors();
        Path conf = conf("process watcher {\n"
                + "  run /bin/sh -c \"exec 3<&0; cat <&3 > events & echo 'announce route 10.66.0.0/24 next-hop self';"
                + " wait\";\n"
                + "  encoder json;\n"
                + "}\n", "  api { processes [ watcher ]; neighbor-changes; receive { parsed; update; } }\n");
        ConfigurationComponent config = new ConfigurationComponent(speaker, "");
        config.load(conf);
        CommandTable dispatcher = new CommandTable();
        dispatcher.add(Map.of(Command.NAME, "announce", Command.NEIGHBOR, true, "service.id", 1L),
                new AnnounceCommand(speaker));
        processes = new ProcessManager(config.current(), dispatcher);
        speaker.addListener(processes);
        // the peer exists only from now on: the session cannot come up (on the speaker's retry) before the process
        // listener is registered, so the program always gets the "up" event
        Peer theirs = remotePeer();
        theirs.announce(DynamicPeersTest.route("10.44.0.0/24"));

        Peer ours = speaker.peer(peer).orElseThrow();
        DynamicPeersTest.await("established", () -> ours.state() == PeerState.ESTABLISHED);
        DynamicPeersTest.await("the program's route at the peer",
                () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 1);
        Path events = dir.resolve("events");
        DynamicPeersTest.await("the up and update events", () -> lines(events, "\"state\":\"up\"") == 1
                && lines(events, "10.44.0.0/24") == 1);
        List<String> got = Files.readAllLines(events);
        assertEquals("done", got.get(0), "the program's command was acknowledged first");
        String update = got.stream().filter(l -> l.contains("10.44.0.0/24")).findFirst().orElseThrow();
        assertTrue(update.contains("\"type\":\"update\""), update);
        assertTrue(update.contains("\"announce\":{\"ipv4 unicast\":{\"192.0.2.1\":[{\"nlri\":\"10.44.0.0/24\"}]}}"),
                update);
        assertTrue(update.contains("\"neighbor\":{\"address\":{\"local\":\"" + local + "\",\"peer\":\"" + peer + "\"}"),
                update);
        processes.close();
        DynamicPeersTest.await("the shutdown notice", () -> lines(events, "shutdown") == 1);
        processes = null;
    }

    @Test
    void aSessionUpBeforeTheProgramsStartedIsReportedToThem() throws Exception {
        reactors();
        Path conf = conf("process watcher {\n"
                + "  run /bin/sh -c \"cat > events\";\n"
                + "  encoder json;\n"
                + "}\n", "  api { processes [ watcher ]; neighbor-changes; }\n");
        ConfigurationComponent config = new ConfigurationComponent(speaker, "");
        config.load(conf);
        remotePeer();
        Peer ours = speaker.peer(peer).orElseThrow();
        DynamicPeersTest.await("established", () -> ours.state() == PeerState.ESTABLISHED);
        // the programs start, and hear from the reactor, only now: the up event is replayed to them
        processes = new ProcessManager(config.current(), new CommandTable());
        speaker.addListener(processes);
        processes.replayEstablished(speaker);
        Path events = dir.resolve("events");
        DynamicPeersTest.await("the replayed up event", () -> lines(events, "\"state\":\"up\"") == 1);
        String up = Files.readAllLines(events).stream().filter(l -> l.contains("\"state\":\"up\"")).findFirst()
                .orElseThrow();
        assertTrue(up.contains("\"neighbor\":{\"address\":{\"local\":\"" + local + "\",\"peer\":\"" + peer + "\"}"),
                up);
    }

    @Test
    void exabgpsApiSettingsTurnAcksOffAndMakeJsonTheDefaultEncoder() throws Exception {
        reactors();
        Path conf = conf("process watcher {\n"
                + "  run /bin/sh -c \"exec 3<&0; cat <&3 > events & echo 'announce route 10.66.0.0/24 next-hop self';"
                + " echo 'announce route 10.67.0.0/33 next-hop self'; wait\";\n"
                + "}\n", "  api { processes [ watcher ]; neighbor-changes; }\n");
        bgp.reactor.ExabgpEnvironment env = bgp.reactor.ExabgpEnvironment.of(k -> null,
                Map.of("exabgp_api_ack", "false", "exabgp.api.encoder", "json"));
        ConfigurationComponent config = new ConfigurationComponent(speaker, "", env);
        config.load(conf);
        assertEquals("json", config.current().orElseThrow().processes().get("watcher").encoder());
        CommandTable dispatcher = new CommandTable();
        dispatcher.add(Map.of(Command.NAME, "announce", Command.NEIGHBOR, true, "service.id", 1L),
                new AnnounceCommand(speaker));
        processes = new ProcessManager(config.current(), dispatcher, env);
        speaker.addListener(processes);
        // the peer exists from now on, so that the session comes up (on the speaker's retry) after the program listens
        Peer theirs = remotePeer();
        Peer ours = speaker.peer(peer).orElseThrow();
        DynamicPeersTest.await("established", () -> ours.state() == PeerState.ESTABLISHED);
        DynamicPeersTest.await("the program's route at the peer",
                () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 1);
        Path events = dir.resolve("events");
        try {
            DynamicPeersTest.await("the up event", () -> lines(events, "\"state\":\"up\"") == 1);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + (Files.exists(events) ? Files.readAllLines(events)
                    : "no events file"));
        }
        Thread.sleep(200);
        // no done for the good command, no error for the bad one: only the JSON events
        List<String> got = Files.readAllLines(events);
        assertEquals(List.of(), got.stream().filter(l -> !l.startsWith("{\"exabgp\"")).toList());
        assertTrue(got.stream().anyMatch(l -> l.contains("\"state\":\"up\"")), got.toString());
    }
}
