package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExaBGP's {@code vpls} route text, as the API and the configuration write it. */
class VplsParserTest {
    static final String CMD = "vpls rd 192.168.201.1:123 endpoint 5 base 10702 offset 1 size 8 next-hop 192.168.201.1"
            + " origin igp local-preference 1 med 2000 extended-community [target:54591:6 l2info:19:0:1500:111]";

    @Test
    void theConformanceCommand() throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(Token.split(CMD), true);
        assertEquals(1, routes.size());
        ConfigRoute r = routes.get(0);
        VplsNlri n = (VplsNlri) r.route().nlri();
        assertEquals(VplsNlri.of(RouteDistinguisher.parse("192.168.201.1:123"), 5, 10702, 1, 8), n);
        WireWriter w = new WireWriter();
        n.encode(w, false);
        assertEquals("00110001C0A8C901007B000500010008029CE1", Hex.encode(w.toByteArray()));
        assertArrayEquals(IpAddresses.parse("192.168.201.1"), r.route().nextHop());
        assertEquals(List.of(Origin.IGP, new Med(2000), new LocalPref(1),
                ExtendedCommunities.parse("target:54591:6", "l2info:19:0:1500:111")), r.route().attributes());
        assertNull(r.name());
        assertFalse(r.withdraw());
    }

    @Test
    void keywordsInAnyOrderSelfNameAndWithdraw() throws RouteSyntaxException {
        ConfigRoute r = VplsParser.parse(Token.split("vpls next-hop self size 8 offset 1 base 10 endpoint 3 "
                + "route-distinguisher 65000:7 name site withdraw med 5"), true);
        assertTrue(r.route().isSelf());
        assertEquals("site", r.name());
        assertTrue(r.withdraw());
        assertEquals("vpls rd 65000:7 endpoint 3 base 10 offset 1 size 8", r.route().nlri().toString());
    }

    @Test
    void aWithdrawalNeedsNoNextHop() throws RouteSyntaxException {
        ConfigRoute r = RouteParser.parse(Token.split("vpls rd 1:1 endpoint 1 base 1 offset 1 size 1"), false).get(0);
        assertArrayEquals(new byte[4], r.route().nextHop());
    }

    @Test
    void errorsNameTheTokenAndWhatWasExpected() {
        assertEquals("missing next-hop in vpls, expected next-hop <ip>",
                error("vpls rd 1:1 endpoint 1 base 1 offset 1 size 1"));
        assertEquals("missing rd in vpls, expected rd <rd>",
                error("vpls endpoint 1 base 1 offset 1 size 1 next-hop 1.1.1.1"));
        assertEquals("missing size in vpls, expected size <n>",
                error("vpls rd 1:1 endpoint 1 base 1 offset 1 next-hop 1.1.1.1"));
        assertEquals("invalid endpoint '65536', expected a number from 0 to 65535",
                error("vpls rd 1:1 endpoint 65536 base 1 offset 1 size 1 next-hop 1.1.1.1"));
        assertEquals("invalid base '1048576', expected a number from 0 to 1048575",
                error("vpls rd 1:1 endpoint 1 base 1048576 offset 1 size 1 next-hop 1.1.1.1"));
        assertEquals("vpls label base 1048575 with size 8 exceeds 20 bits (1048575)",
                error("vpls rd 1:1 endpoint 1 base 1048575 offset 1 size 8 next-hop 1.1.1.1"));
        assertEquals("invalid rd 'x:1', expected <asn>:<n> or <ipv4>:<n>",
                error("vpls rd x:1 endpoint 1 base 1 offset 1 size 1 next-hop 1.1.1.1"));
        assertEquals("invalid next-hop 'nowhere', expected an IP address or self",
                error("vpls rd 1:1 endpoint 1 base 1 offset 1 size 1 next-hop nowhere"));
        assertEquals("missing value for size in vpls",
                error("vpls rd 1:1 endpoint 1 base 1 offset 1 next-hop 1.1.1.1 size"));
        RouteSyntaxException e = assertThrows(RouteSyntaxException.class, () -> RouteParser.parse(
                Token.split("vpls rd 1:1 endpoint 1 base 1 offset 1 size 1 next-hop 1.1.1.1 med x"), true));
        assertEquals("x", e.token().text());
    }

    private static String error(String text) {
        return assertThrows(RouteSyntaxException.class, () -> RouteParser.parse(Token.split(text), true))
                .getMessage();
    }
}
