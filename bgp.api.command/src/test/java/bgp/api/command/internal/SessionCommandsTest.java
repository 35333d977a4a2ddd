package bgp.api.command.internal;

import static bgp.api.command.internal.DynamicPeersTest.await;
import static bgp.api.command.internal.DynamicPeersTest.freeLoopbackAddress;
import static bgp.api.command.internal.DynamicPeersTest.reactor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands against a real session: our speaker and a second reactor (the remote peer) on their own 127.x addresses.
 * {@code group start} ... {@code group end} puts three announcements of one attribute set in one UPDATE on the wire
 * (without the group, the same three sent apart are three UPDATEs); {@code show adj-rib out} on our side and
 * {@code show adj-rib in} on the remote side list those routes.
 */
class SessionCommandsTest {
    BgpReactor speaker;
    BgpReactor remote;
    String local;
    String peer;
    Peer ours;
    Peer theirs;
    CommandTable api;
    CommandTable remoteApi;
    final List<PeerEvent.UpdateReceived> updates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        local = freeLoopbackAddress();
        peer = freeLoopbackAddress();
        speaker = reactor(local, 0);
        remote = reactor(peer, 179);
        remote.addListener(e -> {
            if (e instanceof PeerEvent.UpdateReceived u) {
                updates.add(u);
            }
        });
        theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65002).peerAs(65001)
                .routerId("10.0.0.2").families(Set.of(Family.IPV4_UNICAST)).passive(true).build());
        ours = speaker.addPeer(Neighbor.builder(peer).localAddress(local).localAs(65001).peerAs(65002)
                .routerId("10.0.0.1").families(Set.of(Family.IPV4_UNICAST)).build());
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
        api = table(speaker);
        remoteApi = table(remote);
    }

    static CommandTable table(BgpReactor reactor) {
        CommandTable t = new CommandTable(reactor::batch);
        t.add(Map.of(Command.NAME, "announce", Command.NEIGHBOR, true, "service.id", 1L), new AnnounceCommand(reactor));
        t.add(Map.of(Command.NAME, "withdraw", Command.NEIGHBOR, true, "service.id", 2L), new WithdrawCommand(reactor));
        t.add(Map.of(Command.NAME, "show", Command.NEIGHBOR, true, "service.id", 3L), new ShowCommand(reactor));
        return t;
    }

    @AfterEach
    void stop() {
        speaker.close();
        remote.close();
    }

    List<String> run(CommandGroup g, String line) {
        List<String> out = new ArrayList<>();
        g.dispatch(line, out::add);
        return out;
    }

    @Test
    void aGroupOfThreeAnnouncementsIsOneUpdateWithThreePrefixes() throws Exception {
        CommandGroup g = new CommandGroup(api, CommandGroup.DEFAULT_LIMIT);
        assertEquals(List.of("done"), run(g, "group start"));
        for (int i = 1; i <= 3; i++) {
            assertEquals(List.of(), run(g, "announce route 10.0." + i + ".0/24 next-hop 192.0.2.1 med 10"));
            Thread.sleep(50); // time enough for the session to send each on its own, were it not held
        }
        assertEquals(List.of(), updates, "nothing is sent before group end");
        assertEquals(List.of("done", "done", "done", "done"), run(g, "group end"));
        await("3 routes at the peer", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 3);
        Thread.sleep(200);
        assertEquals(1, updates.size(), "one UPDATE: " + updates);
        assertEquals(3, updates.get(0).update().nlri().size());
        assertEquals("10.0.1.0/24 10.0.2.0/24 10.0.3.0/24", nlri(updates.get(0)));

        // the same without a group, one command at a time: one UPDATE each
        updates.clear();
        for (int i = 4; i <= 6; i++) {
            assertEquals(List.of("done"), run(g, "announce route 10.0." + i + ".0/24 next-hop 192.0.2.1 med 10"));
            int sent = i - 3;
            await("route " + i + " at the peer", () -> updates.size() == sent);
        }
        Thread.sleep(200);
        assertEquals(3, updates.size());
        assertEquals(6, theirs.receivedRoutes().get(Family.IPV4_UNICAST));
    }

    @Test
    void aGroupMixingAnnouncementsAndWithdrawalsSendsTheEndState() throws Exception {
        CommandGroup g = new CommandGroup(api, CommandGroup.DEFAULT_LIMIT);
        run(g, "announce route 10.1.0.0/24 next-hop 192.0.2.1");
        await("the first route's UPDATE", () -> updates.size() == 1); // published after it is counted: wait for it
        updates.clear();
        run(g, "group start");
        run(g, "withdraw route 10.1.0.0/24");
        run(g, "announce route 10.1.1.0/24 next-hop 192.0.2.1");
        run(g, "announce route 10.1.2.0/24 next-hop 192.0.2.1");
        assertEquals(List.of("done", "done", "done", "done"), run(g, "group end"));
        await("two routes", () -> updates.stream().mapToInt(u -> u.update().nlri().size()).sum() == 2
                && updates.stream().mapToInt(u -> u.update().withdrawn().size()).sum() == 1);
        Thread.sleep(200);
        assertEquals(2, theirs.receivedRoutes().get(Family.IPV4_UNICAST));
        // the RIB sends withdrawals in an UPDATE of their own: two UPDATEs, both announcements in one
        assertEquals(2, updates.size(), "the withdrawal, then both announcements: " + updates);
        assertEquals("10.1.0.0/24", updates.get(0).update().withdrawn().get(0).toString());
        assertEquals(1, updates.get(0).update().withdrawn().size());
        assertEquals(0, updates.get(0).update().nlri().size());
        assertEquals("10.1.1.0/24 10.1.2.0/24", nlri(updates.get(1)));
    }

    @Test
    void aWithdrawalOfARouteNeverAnnouncedIsSentAsExaBgpDoes() throws Exception {
        CommandGroup g = new CommandGroup(api, CommandGroup.DEFAULT_LIMIT);
        assertEquals(List.of("done"), run(g, "withdraw route 10.2.0.0/24"));
        await("the withdrawal", () -> updates.size() == 1);
        Thread.sleep(200);
        assertEquals(1, updates.size());
        assertEquals(1, updates.get(0).update().withdrawn().size());
        assertEquals("10.2.0.0/24", updates.get(0).update().withdrawn().get(0).toString());
        assertEquals(0, updates.get(0).update().nlri().size());
    }

    private static String nlri(PeerEvent.UpdateReceived u) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < u.update().nlri().size(); i++) {
            l.add(u.update().nlri().get(i).toString());
        }
        return String.join(" ", l);
    }

    @Test
    void showAdjRibOutAndInListTheRoutes() throws Exception {
        assertEquals(List.of("done"), api.dispatch("announce route 10.0.2.0/24 next-hop 192.0.2.1 med 10 "
                + "community [ 65000:2 65000:1 ] as-path [ 65001 65003 ]").subList(0, 1));
        assertEquals(List.of("done"), api.dispatch("announce route 10.0.1.0/24 next-hop 192.0.2.1 origin egp "
                + "large-community 65000:1:2")
                .subList(0, 1));
        await("2 routes at the peer", () -> theirs.receivedRoutes().getOrDefault(Family.IPV4_UNICAST, 0L) == 2);
        assertEquals(List.of(
                "neighbor " + peer + " ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1",
                "neighbor " + peer + " ipv4 unicast 10.0.2.0/24 next-hop 192.0.2.1",
                "done"), api.dispatch("show adj-rib out"));
        String name = "neighbor " + peer + " local-ip " + local + " local-as 65001 peer-as 65002 router-id 10.0.0.1"
                + " family-allowed in-open";
        assertEquals(List.of(
                name + " ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1 origin egp as-path [ 65001 ]"
                        + " large-community 65000:1:2",
                name + " ipv4 unicast 10.0.2.0/24 next-hop 192.0.2.1 origin igp as-path [ 65001 65003 ] med 10"
                        + " community [ 65000:1 65000:2 ]",
                "done"), api.dispatch("show adj-rib out extensive " + peer));
        assertEquals(List.of("{\"neighbor\":\"" + peer + "\",\"rib\":\"out\",\"routes\":["
                + "{\"family\":\"ipv4 unicast\",\"nlri\":\"10.0.1.0/24\",\"next-hop\":\"192.0.2.1\",\"attribute\":"
                + "{\"origin\":\"egp\",\"as-path\":{\"0\":{\"element\":\"as-sequence\",\"value\":[65001]}},"
                + "\"large-community\":[[65000,1,2]]}},"
                + "{\"family\":\"ipv4 unicast\",\"nlri\":\"10.0.2.0/24\",\"next-hop\":\"192.0.2.1\",\"attribute\":"
                + "{\"origin\":\"igp\",\"as-path\":{\"0\":{\"element\":\"as-sequence\",\"value\":[65001,65003]}},"
                + "\"med\":10,\"community\":[[65000,1],[65000,2]]}}]}", "done"),
                api.dispatch("neighbor " + peer + " show adj-rib out json"));
        // the Adj-RIB-Out holds the routes as sent (eBGP: a given AS_PATH as written, else local-as alone)
        // what the remote peer received and keeps, eBGP: as sent
        assertEquals(List.of(
                "neighbor " + local + " ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1",
                "neighbor " + local + " ipv4 unicast 10.0.2.0/24 next-hop 192.0.2.1",
                "done"), remoteApi.dispatch("show adj-rib in"));
        assertEquals(List.of("done"), api.dispatch("show adj-rib in"), "we received nothing");
        // the summary: the session's UPDATE counters (the End-of-RIB is an UPDATE too)
        List<String> summary = api.dispatch("show neighbor summary");
        assertEquals(3, summary.size());
        assertEquals(String.format("%-15s %-7s %9s %-12s %10d %10d", peer, 65002, "0:00:00", "established",
                ours.counters().get("update-sent"), ours.counters().get("update-received")).substring(0, 24),
                summary.get(1).substring(0, 24));
    }
}
