package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.srpolicy.SrPolicyNlri;
import bgp.rib.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SR Policy route text: the {@code cmd:} lines of ExaBGP's conf-sr-policy.ci give its Tunnel Encapsulation bytes. */
class SrPolicyParserTest {
    static Route route(String text) throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(Token.split(text), true);
        assertEquals(1, routes.size());
        return routes.get(0).route();
    }

    static String tunnel(Route r) {
        for (Attribute a : r.attributes()) {
            if (a instanceof TunnelEncapsulation t) {
                return Hex.encode(t.tlvs());
            }
        }
        return null;
    }

    @Test
    void theConformanceCommands() throws RouteSyntaxException {
        Route r = route("ipv4 sr-policy distinguisher 0 color 100 endpoint 10.0.0.1 next-hop 192.0.2.1 preference 100"
                + " binding-sid mpls 24000 segment-list weight 1 segment type-a mpls 16001");
        assertEquals(new SrPolicyNlri(0, 100, IpAddresses.parse("10.0.0.1"), 0), r.nlri());
        assertEquals("192.0.2.1", IpAddresses.format(r.nextHop()));
        assertEquals("000F00240C060000000000640D06100005DC01008000110009060000000000010106000003E81100", tunnel(r));
        assertEquals(1, r.attributes().size());
        r = route("ipv4 sr-policy distinguisher 1 color 200 endpoint 10.0.0.2 next-hop 192.0.2.1 preference 200"
                + " srv6-binding-sid fc00::1 segment-list weight 2 segment type-b srv6 fc00::1 endpoint-behavior 65 32"
                + " 0 16 0 policy-name \"my-policy\" candidate-path-name \"primary\"");
        assertEquals("000F005C0C060000000000C814120000FC0000000000000000000000000000018000250009060000000000020D1A1000"
                + "FC000000000000000000000000000001004100002000100082000A006D792D706F6C696379810008007072696D617279",
                tunnel(r));
        r = route("ipv4 sr-policy distinguisher 0 color 300 endpoint 10.0.0.3 next-hop 192.0.2.1 preference 300"
                + " segment-list weight 1 segment type-a mpls 16001 segment-list weight 2 segment type-a mpls 16002");
        assertEquals("000F00300C0600000000012C8000110009060000000000010106000003E811008000110009060000000000020106"
                + "000003E82100", tunnel(r));
        r = route("ipv6 sr-policy distinguisher 0 color 100 endpoint 2001:db8::1 next-hop 2001:db8::2 preference 100"
                + " segment-list weight 1 segment type-b srv6 2001:db8:1::1");
        assertEquals(SrPolicyNlri.IPV6, r.family());
        assertEquals("000F00280C0600000000006480001D0009060000000000010D12000020010DB8000100000000000000000001",
                tunnel(r));
    }

    @Test
    void familyFromTheEndpointPriorityEnlpAndPathAttributes() throws RouteSyntaxException {
        Route r = route("sr-policy distinguisher 7 color 9 endpoint 2001:db8::9 next-hop self local-preference 200"
                + " priority 10 enlp 2 segment-list segment type-c ipv4 10.0.0.1 algorithm 1 sid 16001");
        assertEquals(new Family(2, 73), r.family());
        assertEquals(List.of(new LocalPref(200), TunnelEncapsulation.wrap(Hex.decode("000F0019" + "0E03000002"
                + "0F020A00" + "80000D 00 030A 2001 0A000001 03E81100".replace(" ", "")))), r.attributes());
    }

    @Test
    void everySegmentTypeOfTheAllTypesExample() throws RouteSyntaxException {
        Route r = route("sr-policy distinguisher 0 color 800 endpoint 10.80.80.80 next-hop 192.168.100.2"
                + " segment-list weight 1 segment type-d ipv6 fc00::1 algorithm 0 segment type-e local-if-id 1 ipv4"
                + " 10.0.0.1 segment type-f local 192.168.1.1 remote 192.168.1.2 sid 16004 segment type-g local-if-id"
                + " 1 local-ipv6 fc00::1 remote-if-id 2 remote-ipv6 fc00::2 segment type-h local fc00::3 remote"
                + " fc00::4 segment type-i ipv6 fc00::3 algorithm 0 sid fc00::200 endpoint-behavior 65 32 0 16 0"
                + " segment type-j local-if-id 3 local-ipv6 fc00::3 remote-if-id 4 remote-ipv6 fc00::4 algorithm 0"
                + " sid fc00::300 segment type-k local fc00::1 remote fc00::2 algorithm 0 sid fc00::500");
        String f1 = "FC000000000000000000000000000001";
        String f2 = "FC000000000000000000000000000002";
        String f3 = "FC000000000000000000000000000003";
        String f4 = "FC000000000000000000000000000004";
        String segments = "0906000000000001" + "0412 0000" + f1 + "050A 0000 00000001 0A000001"
                + "060E 2000 C0A80101 C0A80102 03E84100" + "072A 0000 00000001" + f1 + "00000002" + f2
                + "0822 0000" + f3 + f4 + "0E2A 3000" + f3 + "FC000000000000000000000000000200 0041000020001000"
                + "0F3A 2000 00000003" + f3 + "00000004" + f4 + "FC000000000000000000000000000300"
                + "1032 2000" + f1 + f2 + "FC000000000000000000000000000500";
        segments = segments.replace(" ", "");
        int length = segments.length() / 2 + 1;
        assertEquals("000F" + String.format("%04X", length + 3) + "80" + String.format("%04X", length) + "00"
                + segments, tunnel(r));
    }

    @Test
    void aWithdrawalNeedsNoNextHopAndNoPolicy() throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(Token.split("ipv4 sr-policy distinguisher 0 color 100"
                + " endpoint 10.0.0.1"), false);
        assertEquals(Route.of(new SrPolicyNlri(0, 100, IpAddresses.parse("10.0.0.1"), 0), "0.0.0.0", List.of()),
                routes.get(0).route());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "ipv4 sr-policy color 1 endpoint 10.0.0.1 next-hop 1.1.1.1|missing distinguisher in "
                + "sr-policy, expected distinguisher <n>",
        "ipv4 sr-policy distinguisher 0 color 1 endpoint 2001:db8::1 next-hop 1.1.1.1|endpoint "
                + "2001:db8::1 is not ipv4",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1|missing next-hop in sr-policy, "
                + "expected next-hop <ip>",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 segment type-a mpls 1|"
                + "segment outside a segment-list, expected 'segment-list [weight <n>] segment ...'",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 segment-list segment type-z|"
                + "unknown segment 'type-z', expected type-a to type-k",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 segment-list segment type-c ipv4 "
                + "10.0.0.1 sid fc00::1|invalid label 'fc00::1', expected a number from 0 to "
                + "1048575",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 segment-list segment type-f local "
                + "10.0.0.1|missing remote in segment type-f",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 binding-sid srv6 fc00::1|"
                + "expected 'mpls <label>' after binding-sid",
        "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 1.1.1.1 preference|missing"
                + " value for preference in sr-policy",
        "sr-policy distinguisher 0 color 4294967296 endpoint 10.0.0.1 next-hop 1.1.1.1|invalid "
                + "color '4294967296', expected a number from 0 to 4294967295",
    })
    void errorsNameTheTokenAndWhatWasExpected(String text, String message) {
        RouteSyntaxException e = assertThrows(RouteSyntaxException.class, () -> route(text));
        assertEquals(message, e.getMessage());
    }
}
