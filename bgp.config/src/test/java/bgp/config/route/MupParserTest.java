package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.mup.MupNlri;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExaBGP's mup route text, as the API and the configuration's announce sections write it. */
class MupParserTest {
    static ConfigRoute parse(String text, boolean nextHopRequired) throws RouteSyntaxException {
        List<ConfigRoute> routes = RouteParser.parse(Token.split(text), nextHopRequired);
        assertEquals(1, routes.size());
        return routes.get(0);
    }

    static ConfigRoute parse(String text) throws RouteSyntaxException {
        return parse(text, true);
    }

    static String nlri(ConfigRoute r) {
        WireWriter w = new WireWriter();
        r.route().nlri().encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void theFourRouteTypesOfTheConformanceData() throws RouteSyntaxException {
        ConfigRoute isd = parse("ipv4 mup mup-isd 10.0.1.0/24 rd 100:100 next-hop 2001::1 extended-community "
                + "[target:10:10] bgp-prefix-sid-srv6 ( l3-service 2001:db8:1:1:: 0x48 [64,24,16,0,0,0] )");
        assertEquals(MupNlri.IPV4, isd.route().family());
        assertEquals("0100010C0000006400000064180A0001", nlri(isd));
        assertEquals("2001::1", IpAddresses.format(isd.route().nextHop()));
        assertEquals(List.of(ExtendedCommunities.parse("target:10:10"), PrefixSid.srv6Service(
                PrefixSid.TLV_SRV6_L3_SERVICE, IpAddresses.parse("2001:db8:1:1::"), 0x48,
                new int[] {64, 24, 16, 0, 0, 0})), isd.route().attributes());
        assertEquals("0100020C00000064000000640A000001", nlri(parse("ipv4 mup mup-dsd 10.0.0.1 rd 100:100 "
                + "next-hop 2001::2 extended-community [target:10:10 mup:10:10]")));
        assertEquals("01000317000000640000006420C0A800010000303909200A000001", nlri(parse("ipv4 mup mup-t1st "
                + "192.168.0.1/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1 next-hop 10.0.0.2")));
        assertEquals("0100031C000000640000006420C0A800020000303909200A000001200A000101", nlri(parse("ipv4 mup "
                + "mup-t1st 192.168.0.2/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1 source 10.0.1.1 "
                + "next-hop 10.0.0.2")));
        assertEquals("010004100000006400000064370A000001003039", nlri(parse("ipv4 mup mup-t2st 10.0.0.1 rd 100:100 "
                + "teid 12345/23 next-hop 10.0.0.2")));
        assertEquals("0100040D0000006400000064200A000001", nlri(parse("ipv4 mup mup-t2st 10.0.0.1 rd 100:100 "
                + "teid 0/0 next-hop 10.0.0.2")));
        assertEquals("010001110000006400000064402001000000000000", nlri(parse("ipv6 mup mup-isd 2001::/64 "
                + "rd 100:100 next-hop 2001::2")));
        ConfigRoute t2 = parse("ipv6 mup mup-t2st 2001::1 rd 100:100 teid 12345/32 next-hop 10.0.0.2");
        assertEquals("0100041D0000006400000064A02001000000000000000000000000000100003039", nlri(t2));
        // an IPv4 next hop of an IPv6 route: its IPv4-mapped address, as ExaBGP sends it
        assertEquals("::ffff:10.0.0.2", IpAddresses.format(t2.route().nextHop()));
        assertEquals("::ffff:10.0.0.2", IpAddresses.format(parse("ipv6 mup mup-t1st 2001:db8:1:1::1/128 "
                + "rd 100:100 teid 12345 qfi 9 endpoint 2001::1 next-hop ::ffff:10.0.0.2").route().nextHop()));
        assertTrue(parse("ipv6 mup mup-dsd 2001::1 rd 100:100 next-hop self").route().isSelf());
    }

    @Test
    void withdrawalsNeedNoNextHop() throws RouteSyntaxException {
        ConfigRoute r = parse("ipv4 mup mup-isd 10.0.1.0/24 rd 100:100", false);
        assertEquals("0.0.0.0", IpAddresses.format(r.route().nextHop()));
        assertEquals("mup-isd 10.0.1.0/24 rd 100:100", r.route().nlri().toString());
    }

    @Test
    void errors() {
        assertEquals("unknown mup route 'mup-xyz', expected mup-isd, mup-dsd, mup-t1st or mup-t2st",
                error("ipv4 mup mup-xyz 10.0.0.1 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("expected mup-isd, mup-dsd, mup-t1st or mup-t2st after mup", error("ipv4 mup"));
        assertEquals("expected a prefix after mup-isd", error("ipv4 mup mup-isd"));
        assertEquals("expected an address after mup-t2st", error("ipv4 mup mup-t2st ["));
        assertEquals("missing rd in mup-dsd, expected rd <rd>", error("ipv4 mup mup-dsd 10.0.0.1 next-hop 1.1.1.1"));
        assertEquals("invalid address '2001::1', expected an ipv4 address",
                error("ipv4 mup mup-dsd 2001::1 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("prefix '2001::/64' is not ipv4", error("ipv4 mup mup-isd 2001::/64 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("invalid prefix '10.0.0.0/33', expected <ip>/<length>",
                error("ipv4 mup mup-isd 10.0.0.0/33 rd 1:1 next-hop 1.1.1.1"));
        assertEquals("missing teid in mup-t1st, expected teid <n>",
                error("ipv4 mup mup-t1st 10.0.0.0/8 rd 1:1 qfi 9 endpoint 1.1.1.1 next-hop 1.1.1.1"));
        assertEquals("missing qfi in mup-t1st, expected qfi <n>",
                error("ipv4 mup mup-t1st 10.0.0.0/8 rd 1:1 teid 1 endpoint 1.1.1.1 next-hop 1.1.1.1"));
        assertEquals("missing endpoint in mup-t1st, expected endpoint <ip>",
                error("ipv4 mup mup-t1st 10.0.0.0/8 rd 1:1 teid 1 qfi 9 next-hop 1.1.1.1"));
        assertEquals("invalid qfi '256', expected a number from 0 to 255",
                error("ipv4 mup mup-t1st 10.0.0.0/8 rd 1:1 teid 1 qfi 256 endpoint 1.1.1.1 next-hop 1.1.1.1"));
        assertEquals("invalid teid '12345', expected <teid>/<bits>",
                error("ipv4 mup mup-t2st 10.0.0.1 rd 1:1 teid 12345 next-hop 1.1.1.1"));
        assertEquals("invalid teid '12345/0', 12345 does not fit in 0 bits",
                error("ipv4 mup mup-t2st 10.0.0.1 rd 1:1 teid 12345/0 next-hop 1.1.1.1"));
        assertEquals("invalid teid length '33', expected a number from 0 to 32",
                error("ipv4 mup mup-t2st 10.0.0.1 rd 1:1 teid 1/33 next-hop 1.1.1.1"));
        assertEquals("missing next-hop in mup-isd, expected next-hop <ip>", error("ipv4 mup mup-isd 10.0.0.0/8 rd 1:1"));
        assertEquals("invalid next-hop 'x', expected an IP address",
                error("ipv4 mup mup-isd 10.0.0.0/8 rd 1:1 next-hop x"));
        assertEquals("missing value for rd in mup-isd", error("ipv4 mup mup-isd 10.0.0.0/8 next-hop 1.1.1.1 rd"));
        // qfi is not a field of a T2ST route: it is read as an attribute, which it is not
        RouteSyntaxException e = assertThrows(RouteSyntaxException.class, () -> parse("ipv4 mup mup-t2st "
                + "10.0.0.1 rd 1:1 teid 1/8 qfi 9 next-hop 1.1.1.1"));
        assertEquals("qfi", e.token().text());
    }

    private static String error(String text) {
        return assertThrows(RouteSyntaxException.class, () -> parse(text)).getMessage();
    }
}
