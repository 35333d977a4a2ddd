package bgp.interop;

import static bgp.interop.GoBgpCli.await;
import static bgp.interop.GoBgpCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.internal.BuiltinCodecs;
import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.config.route.RouteParser;
import bgp.config.route.Token;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.DaemonKind;
import bgp.interop.daemon.Daemons;
import bgp.interop.daemon.Loopback;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Flowspec with GoBGP 3 (which speaks it) on loopback: GoBGP receives our rule and shows it in its Adj-RIB-In as we
 * sent it (components, operators, action), and we decode the rule GoBGP announces from its global RIB.
 */
class FlowspecGoBgpInteropTest {
    @Test
    void goBgpReceivesOurRuleAndWeDecodeItsRule() throws Exception {
        Daemons.assumeAvailable(DaemonKind.GOBGP);
        String ours = Addresses.text(Loopback.allocate());
        var theirAddress = Loopback.allocate();
        String theirs = Addresses.text(theirAddress);
        int port = Loopback.freePort(theirAddress);
        try (GoBgpCli.Gobgpd gobgpd = GoBgpCli.Gobgpd.start(ours, theirs, port, "ipv4-flowspec");
                BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(ours), 0, 1))) {
            Peer peer = reactor.addPeer(Neighbor.builder(theirs).localAddress(ours).localAs(65001).peerAs(65002)
                    .routerId("10.0.0.1").families(Set.of(Family.IPV4_FLOW)).port(port).build());
            await("the session with gobgpd", () -> peer.state() == PeerState.ESTABLISHED);

            List<ConfigRoute> rule = RouteParser.parse(Token.split("flow route { match { destination 192.0.2.0/24; "
                    + "source 203.0.113.0/24; protocol [ tcp udp ]; destination-port [ >=137&<=139 =8080 ]; "
                    + "tcp-flags [ syn ]; packet-length >100; } then { rate-limit 9600; } }"), true);
            peer.announce(RouteDefaults.forSession(rule.get(0).route(), 65001, 65002));
            String[] adjIn = {""};
            await("our rule at gobgpd", () -> {
                try {
                    adjIn[0] = gobgpd.run("neighbor", ours, "adj-in", "-a", "ipv4-flowspec");
                } catch (IOException | InterruptedException e) {
                    return false;
                }
                return adjIn[0].contains("[destination:");
            });
            assertTrue(adjIn[0].contains("[destination: 192.0.2.0/24][source: 203.0.113.0/24]"
                    + "[protocol: ==tcp ==udp][destination-port: >=137&<=139 ==8080][tcp-flags: S]"
                    + "[packet-length: >100]"), adjIn[0]); // GoBGP writes syn as S
            assertTrue(adjIn[0].contains("rate: 9600"), adjIn[0]);

            gobgpd.run("global", "rib", "add", "-a", "ipv4-flowspec", "match", "destination", "10.0.0.0/24",
                    "protocol", "tcp", "destination-port", "==80", "then", "rate-limit", "1000");
            List<String> got = new CopyOnWriteArrayList<>();
            await("gobgpd's rule here", () -> {
                got.clear();
                peer.visitAdjRibIn((nlri, set) -> got.add(nlri + " " + set.attributes()));
                return !got.isEmpty();
            });
            assertEquals(List.of("flow destination-ipv4 10.0.0.0/24 protocol =tcp destination-port =80 [incomplete, "
                    + "AsPath[65002], ExtendedCommunities[rate-limit:1000]]"), got);
        }
    }
}
