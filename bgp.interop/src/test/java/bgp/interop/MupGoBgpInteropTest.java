package bgp.interop;

import static bgp.interop.GoBgpCli.await;
import static bgp.interop.GoBgpCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.mup.MupNlri;
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
 * BGP-MUP with GoBGP 3 (which speaks ipv4-mup and ipv6-mup) on loopback: GoBGP receives our routes of the four
 * route types and shows them in its Adj-RIB-In with the fields we sent, and we decode the routes GoBGP announces
 * from its global RIB.
 */
class MupGoBgpInteropTest {
    private static String adjIn(GoBgpCli.Gobgpd gobgpd, String ours, String family, int routes)
            throws InterruptedException {
        String[] out = {""};
        await(routes + " " + family + " routes at gobgpd", () -> {
            try {
                out[0] = gobgpd.run("neighbor", ours, "adj-in", "-a", family);
            } catch (IOException | InterruptedException e) {
                return false;
            }
            return out[0].split("\\[type:", -1).length - 1 == routes;
        });
        return out[0];
    }

    /** One line of gobgp's table matches {@code regex}. */
    private static void assertShows(String table, String regex) {
        assertTrue(table.lines().anyMatch(l -> l.strip().matches("\\d+\\s+" + regex)), regex + " not in\n" + table);
    }

    @Test
    void goBgpReceivesOurRoutesAndWeDecodeItsRoutes() throws Exception {
        Daemons.assumeAvailable(DaemonKind.GOBGP);
        String ours = Addresses.text(Loopback.allocate());
        var theirAddress = Loopback.allocate();
        String theirs = Addresses.text(theirAddress);
        int port = Loopback.freePort(theirAddress);
        try (GoBgpCli.Gobgpd gobgpd = GoBgpCli.Gobgpd.start(ours, theirs, port, "ipv4-mup", "ipv6-mup");
                BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(ours), 0, 1))) {
            Peer peer = reactor.addPeer(Neighbor.builder(theirs).localAddress(ours).localAs(65001).peerAs(65002)
                    .routerId("10.0.0.1").families(Set.of(MupNlri.IPV4, MupNlri.IPV6)).port(port).build());
            await("the session with gobgpd", () -> peer.state() == PeerState.ESTABLISHED);

            String hop = " next-hop 10.0.0.1"; // gobgpd takes a loopback NEXT_HOP as invalid (treat-as-withdraw)
            for (String text : List.of(
                    "ipv4 mup mup-isd 10.0.1.0/24 rd 100:100" + hop + " extended-community [target:10:10] "
                            + "bgp-prefix-sid-srv6 ( l3-service 2001:db8:1:1:: 0x48 [64,24,16,0,0,0] )",
                    "ipv4 mup mup-dsd 10.0.0.1 rd 100:100" + hop + " extended-community [target:10:10 mup:10:10]",
                    "ipv4 mup mup-t1st 192.168.0.1/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1 source 10.0.1.1"
                            + hop,
                    "ipv4 mup mup-t2st 10.0.0.1 rd 100:100 teid 12345/32" + hop,
                    "ipv6 mup mup-t1st 2001:db8:1:1::1/128 rd 100:100 teid 12345 qfi 9 endpoint 2001::1" + hop,
                    "ipv6 mup mup-dsd 2001::1 rd 100:100 next-hop 2001::2")) {
                List<ConfigRoute> r = RouteParser.parse(Token.split(text), true);
                peer.announce(RouteDefaults.forSession(r.get(0).route(), 65001, 65002));
            }
            String v4 = adjIn(gobgpd, ours, "ipv4-mup", 4);
            assertShows(v4, "\\[type:isd\\]\\[rd:100:100\\]\\[prefix:10.0.1.0/24\\]\\s+10.0.0.1\\s+65001 .*"
                    + "\\{Extcomms: \\[10:10\\]\\} \\{Prefix SID attributes: \\{SRv6 L3 Service Attribute: \\{SRv6 "
                    + "Information Sub TLV: SID: 2001:db8:1:1:: Flag: 0 Endpoint Behavior: 72 \\{SRv6 Structure Sub Sub "
                    + "TLV: \\[ Locator Block Length: 64, Locator Node Length: 24, Function Length: 16, .*");
            // GoBGP prints the MUP extended community as its value alone, like the route target
            assertShows(v4, "\\[type:dsd\\]\\[rd:100:100\\]\\[prefix:10.0.0.1\\]\\s+10.0.0.1\\s+65001 .*"
                    + "\\{Extcomms: \\[10:10\\], \\[10:10\\]\\}.*");
            // GoBGP does not print the source of a T1ST route
            assertShows(v4, "\\[type:t1st\\]\\[rd:100:100\\]\\[prefix:192.168.0.1/32\\]\\s+12345\\s+9\\s+10.0.0.1"
                    + "\\s+10.0.0.1\\s+65001 .*");
            assertShows(v4, "\\[type:t2st\\]\\[rd:100:100\\]\\[endpoint:10.0.0.1\\]\\[teid:12345\\]\\s+10.0.0.1"
                    + "\\s+65001 .*");
            String v6 = adjIn(gobgpd, ours, "ipv6-mup", 2);
            // the IPv4-mapped next hop ::ffff:10.0.0.1 prints as 10.0.0.1
            assertShows(v6, "\\[type:t1st\\]\\[rd:100:100\\]\\[prefix:2001:db8:1:1::1/128\\]\\s+12345\\s+9"
                    + "\\s+2001::1\\s+10.0.0.1\\s+65001 .*");
            assertShows(v6, "\\[type:dsd\\]\\[rd:100:100\\]\\[prefix:2001::1\\]\\s+2001::2\\s+65001 .*");

            gobgpd.run("global", "rib", "-a", "ipv4-mup", "add", "t1st", "192.168.9.0/24", "rd", "200:200",
                    "rt", "10:10", "teid", "777", "qfi", "3", "endpoint", "10.9.9.9", "nexthop", "10.0.0.9");
            gobgpd.run("global", "rib", "-a", "ipv4-mup", "add", "t2st", "10.9.9.8", "rd", "200:200",
                    "rt", "10:10", "teid", "4242", "mup", "10:10", "nexthop", "10.0.0.9");
            gobgpd.run("global", "rib", "-a", "ipv4-mup", "add", "isd", "10.9.0.0/16", "rd", "200:200",
                    "prefix", "2001:db8:9::/48", "locator-node-length", "24", "function-length", "16",
                    "behavior", "ENDM_GTP4E", "rt", "10:10", "nexthop", "2001::9");
            gobgpd.run("global", "rib", "-a", "ipv6-mup", "add", "dsd", "2001:db8::9", "rd", "200:200",
                    "prefix", "2001:db8:1:1::/64", "locator-node-length", "24", "function-length", "16",
                    "behavior", "END_DT4", "rt", "10:10", "mup", "10:10", "nexthop", "2001::9");
            List<String> got = new CopyOnWriteArrayList<>();
            await("gobgpd's routes here", () -> {
                got.clear();
                peer.visitAdjRibIn((nlri, set) -> got.add(nlri + " " + set.attributes()));
                return got.size() == 4;
            });
            // GoBGP sends the prefix of a T1ST route as a whole address (192.168.9.0 in 4 bytes for a /24)
            assertEquals(List.of(
                    "mup-dsd 2001:db8::9 rd 200:200 [incomplete, AsPath[65002], ExtendedCommunities[target:10:10 "
                            + "mup:10:10], PrefixSid[0x0500220001001E0020010DB8000100010000000000000000000013000100064018"
                            + "10000000]]",
                    "mup-isd 10.9.0.0/16 rd 200:200 [incomplete, AsPath[65002], ExtendedCommunities[target:10:10], "
                            + "PrefixSid[0x0500220001001E0020010DB80009000000000000000000000000480001000630181000000"
                            + "0]]",
                    "mup-t1st 192.168.9.0/24 rd 200:200 teid 777 qfi 3 endpoint 10.9.9.9 [incomplete, AsPath[65002], "
                            + "ExtendedCommunities[target:10:10]]",
                    "mup-t2st 10.9.9.8 rd 200:200 teid 4242/32 [incomplete, AsPath[65002], "
                            + "ExtendedCommunities[target:10:10 mup:10:10]]"),
                    got.stream().sorted().toList());
        }
    }
}
