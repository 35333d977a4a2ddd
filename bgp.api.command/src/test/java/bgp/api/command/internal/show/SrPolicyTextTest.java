package bgp.api.command.internal.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.Hex;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.config.route.RouteParser;
import bgp.config.route.Token;
import bgp.rib.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Tunnel Encapsulation attribute in route text: SR Policy words that read back to the same bytes, else hex. */
class SrPolicyTextTest {
    static final String HEAD = "sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 10.0.0.9";

    private static Route route(String text) throws Exception {
        return RouteParser.parse(Token.split(text), true).get(0).route();
    }

    private static String text(List<Attribute> attributes) {
        StringBuilder sb = new StringBuilder();
        RouteText.appendAttributes(sb, attributes);
        return sb.toString();
    }

    @Test
    void policyWordsReadBackToTheSameRoute() throws Exception {
        String words = " preference 5 priority 10 enlp 2 binding-sid mpls 24000 srv6-binding-sid fc00::1"
                + " policy-name \"my policy\" candidate-path-name \"primary\""
                + " segment-list weight 1 segment type-a mpls 16001 segment type-b srv6 fc00::1 endpoint-behavior"
                + " 65 32 0 16 0 segment type-c ipv4 10.0.0.1 algorithm 1 sid 16001"
                + " segment-list segment type-d ipv6 fc00::1 algorithm 2 segment type-e local-if-id 3 ipv4 10.0.0.2"
                + " segment type-f local 192.168.1.1 remote 192.168.1.2 sid 16004"
                + " segment type-g local-if-id 1 local-ipv6 fc00::1 remote-if-id 2 remote-ipv6 fc00::2 sid 16005"
                + " segment type-h local fc00::3 remote fc00::4"
                + " segment type-i ipv6 fc00::5 algorithm 0 sid fc00::100 endpoint-behavior 65 32 0 16 0"
                + " segment type-j local-if-id 3 local-ipv6 fc00::3 remote-if-id 4 remote-ipv6 fc00::4 algorithm 1"
                + " sid fc00::300 segment type-k local fc00::1 remote fc00::2 algorithm 0";
        Route r = route(HEAD + words);
        assertEquals(words, text(r.attributes()));
        assertEquals(r, route(HEAD + text(r.attributes())));
    }

    @Test
    void whatTheWordsCannotSayIsHex() {
        // an SR Policy segment with the V flag; a tunnel of another type
        String flagged = "000F000C" + "800009" + "00" + "0106" + "8000" + "03E81100";
        assertEquals(" attribute [ 0x17 0xC0 0x" + flagged + " ]", text(List.of(TunnelEncapsulation.wrap(
                Hex.decode(flagged)))));
        assertEquals(" attribute [ 0x17 0xC0 0x00080000 ]", text(List.of(TunnelEncapsulation.wrap(
                Hex.decode("00080000")))));
    }
}
