package bgp.api.command.internal;

import static bgp.api.command.internal.DynamicPeersTest.await;
import static bgp.api.command.internal.DynamicPeersTest.freeLoopbackAddress;
import static bgp.api.command.internal.DynamicPeersTest.reactor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code announce|withdraw flow route ...} and {@code announce ipv4|ipv6 flow ...} over the API, end to end: a real
 * peer (a second reactor on its own 127.x address, speaking ipv4 flow, ipv6 flow and ipv4 flow-vpn) holds exactly
 * the rules and actions sent, and loses them on withdrawal; bad commands answer an error and change nothing.
 */
class FlowCommandsTest {
    BgpReactor speaker;
    BgpReactor remote;
    CommandTable api = new CommandTable();
    String local;
    String peer;
    Peer theirs;

    @BeforeEach
    void start() throws Exception {
        local = freeLoopbackAddress();
        peer = freeLoopbackAddress();
        speaker = reactor(local, 0);
        remote = reactor(peer, 179);
        api.add(Map.of(Command.NAME, "create", Command.NEIGHBOR, true, "service.id", 1L), new CreateCommand(speaker));
        api.add(Map.of(Command.NAME, "announce", Command.NEIGHBOR, true, "service.id", 2L),
                new AnnounceCommand(speaker));
        api.add(Map.of(Command.NAME, "withdraw", Command.NEIGHBOR, true, "service.id", 3L),
                new WithdrawCommand(speaker));
        Set<Family> families = Set.of(Family.IPV4_FLOW, Family.IPV6_FLOW, Family.IPV4_FLOW_VPN);
        theirs = remote.addPeer(Neighbor.builder(local).localAddress(peer).localAs(65001).peerAs(65001)
                .routerId("10.0.0.2").families(families).passive(true).build());
        assertEquals(List.of("done"), api.dispatch("neighbor " + peer + " local-ip " + local + " local-as 65001 peer-as"
                + " 65001 router-id 10.0.0.1 family-allowed ipv4-flow/ipv6-flow/ipv4-flow-vpn create"));
        Peer ours = speaker.peer(peer).orElseThrow();
        await("established", () -> ours.state() == PeerState.ESTABLISHED && theirs.state() == PeerState.ESTABLISHED);
    }

    @AfterEach
    void stop() {
        speaker.close();
        remote.close();
    }

    private List<String> received() {
        List<String> got = new CopyOnWriteArrayList<>();
        theirs.visitAdjRibIn((nlri, set) -> got.add(nlri + " " + set.nextHopAddresses() + " " + set.attributes()));
        return got.stream().sorted().toList();
    }

    private long count(Family f) {
        return theirs.receivedRoutes().getOrDefault(f, 0L);
    }

    @Test
    void blockAndOneLineFormsAnnounceAndWithdraw() throws Exception {
        assertEquals(List.of("done"), api.dispatch("announce flow route { match { source 10.0.0.1/32; destination "
                + "192.168.0.0/24; destination-port [ >8080&<8088 =3128 ]; protocol tcp; } then { rate-limit 9600; "
                + "community [ 65001:666 ]; } }"));
        assertEquals(List.of("done"), api.dispatch("announce flow route source 10.0.0.2/32 tcp-flags [ syn "
                + "rst&fin&!=push ] redirect 65500:12345"));
        assertEquals(List.of("done"), api.dispatch("announce ipv6 flow destination-ipv6 2001:db8::/32/0 next-header "
                + "=udp extended-community [ rate-limit:0 ]"));
        assertEquals(List.of("done"), api.dispatch("announce flow route named { rd 65000:1; next-hop 192.0.2.7; "
                + "match { source 10.0.0.3/32; fragment [ first-fragment last-fragment ]; } then { "
                + "redirect-to-nexthop; mark 10; } }"));
        await("4 rules", () -> count(Family.IPV4_FLOW) == 2 && count(Family.IPV6_FLOW) == 1
                && count(Family.IPV4_FLOW_VPN) == 1);
        assertEquals(List.of(
                "flow destination-ipv4 192.168.0.0/24 source-ipv4 10.0.0.1/32 protocol =tcp destination-port "
                        + "[ >8080&<8088 =3128 ] [] [igp, AsPath[], LocalPref[value=100], Communities[65001:666], "
                        + "ExtendedCommunities[rate-limit:9600]]",
                "flow destination-ipv6 2001:db8::/32/0 next-header =udp [] [igp, AsPath[], LocalPref[value=100], "
                        + "ExtendedCommunities[rate-limit:0]]",
                "flow source-ipv4 10.0.0.2/32 tcp-flags [ syn rst&fin&!=push ] [] [igp, AsPath[], "
                        + "LocalPref[value=100], ExtendedCommunities[redirect:65500:12345]]",
                "flow source-ipv4 10.0.0.3/32 fragment [ first-fragment last-fragment ] rd 65000:1 [192.0.2.7] [igp, "
                        + "AsPath[], LocalPref[value=100], ExtendedCommunities[redirect-to-nexthop mark 10]]"),
                received());

        assertEquals(List.of("done"), api.dispatch("withdraw flow route { match { source 10.0.0.1/32; destination "
                + "192.168.0.0/24; destination-port [ >8080&<8088 =3128 ]; protocol tcp; } }"));
        assertEquals(List.of("done"), api.dispatch("withdraw ipv6 flow destination-ipv6 2001:db8::/32/0 next-header "
                + "=udp"));
        await("2 rules left", () -> count(Family.IPV4_FLOW) == 1 && count(Family.IPV6_FLOW) == 0);
    }

    @Test
    void badFlowCommandsAnswerAnErrorAndChangeNothing() throws Exception {
        assertEquals(List.of("error: invalid prefix '10.0.0.1/33' for ipv4 flow, expected "
                + "<ipv4>/<length>", "error"), api.dispatch("announce flow route { match { source 10.0.0.1/33; } "
                + "then { discard; } }"));
        assertEquals(List.of("error: invalid value 'x', expected [=|>|<|>=|<=|!=] and a number from 0 to "
                + "65535", "error"), api.dispatch("announce flow route source 10.0.0.1/32 destination-port x discard"));
        assertEquals(List.of("error: a flow route needs at least one match condition, e.g. source "
                + "<prefix>", "error"), api.dispatch("announce flow route { then { discard; } }"));
        assertEquals(List.of("error: 'source' given twice in one flow route", "error"),
                api.dispatch("announce flow route source 10.0.0.1/32 source 10.0.0.2/32 discard"));
        assertEquals(List.of("error: invalid prefix '2001:db8::/32' for ipv4 flow, expected <ipv4>/<length>",
                "error"), api.dispatch("announce ipv4 flow source 2001:db8::/32 discard"));
        assertEquals(List.of("error: invalid redirect 'nowhere', expected <asn>:<n>, <ipv4>:<n> or an IP address",
                "error"), api.dispatch("announce flow route source 10.0.0.1/32 redirect nowhere"));
        Thread.sleep(200);
        assertEquals(0, count(Family.IPV4_FLOW));
    }
}
