package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.mvpn.McastVpnNlri;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExaBGP's mcast-vpn route text, as the API writes it. */
class McastVpnParserTest {
    static ConfigRoute parse(String text) throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(Token.split(text), true);
        assertEquals(1, routes.size());
        return routes.get(0);
    }

    static String nlri(ConfigRoute r) {
        WireWriter w = new WireWriter();
        r.route().nlri().encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void theThreeRouteTypesOfTheConformanceData() throws RouteSyntaxException {
        ConfigRoute join = parse("ipv4 mcast-vpn shared-join rp 10.99.199.1 group 239.251.255.228 rd 65000:99999 "
                + "source-as 65000 next-hop 10.10.6.3 extended-community [target:192.168.94.12:5]");
        assertEquals(McastVpnNlri.IPV4, join.route().family());
        assertEquals("06160000FDE80001869F0000FDE8200A63C70120EFFBFFE4", nlri(join));
        assertArrayEquals(IpAddresses.parse("10.10.6.3"), join.route().nextHop());
        assertEquals(List.of(ExtendedCommunities.parse("target:192.168.94.12:5")), join.route().attributes());
        assertEquals("072E0000FDE80001869F0000FDE880FD12000000000000000000000000000280FF0E00000000000000000000000000"
                + "01", nlri(parse("ipv6 mcast-vpn source-join source fd12::2 group ff0e::1 rd 65000:99999 "
                + "source-as 65000 next-hop 10.10.6.3")));
        assertEquals("05120000FDE80001869F200A630C0420EFFBFFE4", nlri(parse("ipv4 mcast-vpn source-ad source "
                + "10.99.12.4 group 239.251.255.228 rd 65000:99999 next-hop self")));
    }

    @Test
    void errors() {
        assertEquals("unknown mcast-vpn route 'joined', expected source-ad, shared-join or source-join",
                error("ipv4 mcast-vpn joined source 1.1.1.1"));
        assertEquals("missing rp in shared-join, expected rp <ip>",
                error("ipv4 mcast-vpn shared-join group 239.1.1.1 rd 1:1 source-as 1 next-hop 1.1.1.1"));
        assertEquals("missing source-as in source-join, expected source-as <asn>",
                error("ipv4 mcast-vpn source-join source 1.1.1.1 group 239.1.1.1 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("invalid group 'ff0e::1', expected an ipv4 address",
                error("ipv4 mcast-vpn source-ad source 1.1.1.1 group ff0e::1 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("missing next-hop in source-ad, expected next-hop <ip>",
                error("ipv4 mcast-vpn source-ad source 1.1.1.1 group 239.1.1.1 rd 1:1"));
        // source-as is not a field of a source-ad route: it is read as an attribute, which it is not
        RouteSyntaxException e = assertThrows(RouteSyntaxException.class, () -> parse("ipv4 mcast-vpn source-ad "
                + "source 1.1.1.1 group 239.1.1.1 rd 1:1 source-as 1 next-hop 1.1.1.1"));
        assertEquals("source-as", e.token().text());
    }

    private static String error(String text) {
        return assertThrows(RouteSyntaxException.class, () -> parse(text)).getMessage();
    }
}
