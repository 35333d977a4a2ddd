package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.nlri.FlowRule;
import bgp.rib.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExaBGP's flow route text into rules, actions and next hops: exact NLRI bytes and attributes, exact errors. */
class FlowParserTest {
    private static Route route(String text) throws RouteSyntaxException {
        List<ConfigRoute> l = RouteParser.parse(Token.split(text), true);
        assertEquals(1, l.size());
        return l.get(0).route();
    }

    private static String nlri(Route r) {
        WireWriter w = new WireWriter();
        r.nlri().encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    private static String error(String text) {
        return assertThrows(RouteSyntaxException.class, () -> RouteParser.parse(Token.split(text), true))
                .getMessage();
    }

    @Test
    void rfc8955Example2FromText() throws Exception {
        Route r = route("flow route destination 192.0.2.0/24 source 203.0.113.0/24 port [ >=137&<=139 =8080 ]");
        assertEquals("120118C000020218CB0071040389458B911F90", nlri(r));
        assertEquals(0, r.nextHop().length);
        assertEquals(List.of(), r.attributes());
    }

    @Test
    void actionsBecomeExtendedCommunitiesInAscendingOrderAndNextHops() throws Exception {
        Route r = route("flow route source 10.0.0.1/32 rate-limit 1000 packets mark 10 action sample redirect "
                + "1.2.3.4:5678 extended-community [ target:65000:1 ]");
        assertEquals("[ExtendedCommunities[target:65000:1 action sample mark 10 rate-limit:1000:packets "
                + "0x810801020304162E]]", r.attributes().toString());
        Route copy = route("flow route { match { destination 10.0.0.0/8; } then { copy 192.0.2.1; } }");
        assertEquals("192.0.2.1", bgp.codec.IpAddresses.format(copy.nextHop()));
        assertEquals("[ExtendedCommunities[copy-to-nexthop]]", copy.attributes().toString());
        Route v6 = route("flow route { match { destination 2001:db8::/32; next-header tcp; } then { "
                + "redirect-to-nexthop-ietf 2001:db8::1; discard; } }");
        assertEquals("ipv6 flow", v6.family().toString());
        assertEquals("[ExtendedCommunities[rate-limit:0], Ipv6ExtendedCommunities[redirect-to-nexthop-ietf "
                + "2001:db8::1]]", v6.attributes().toString());
        Route asn4 = route("flow route source 10.0.0.1/32 redirect 4200000000:7");
        assertEquals("[ExtendedCommunities[redirect:4200000000:7]]", asn4.attributes().toString());
    }

    @Test
    void scopeInterfaceSetsBecomeExtendedCommunities() throws Exception {
        // api-flow-merge.conf's route two: 4702CAFFEE014001, 0702000000FE80FE, then discard's 8006000000000000
        Route r = route("flow route { match { source 202.255.238.1/32; } scope { interface-set [ "
                + "non-transitive:input:3405770241:1 transitive:output:254:254 ]; } then { discard; } }");
        assertEquals("[ExtendedCommunities[interface-set:output:254:254 interface-set:input:3405770241:1 "
                + "rate-limit:0]]", r.attributes().toString());
        Route one = route("flow route source 10.0.0.1/32 interface-set transitive:input-output:1234:10");
        assertEquals("[ExtendedCommunities[interface-set:input-output:1234:10]]", one.attributes().toString());
        assertEquals("invalid interface-set 'sideways:1:2', expected transitive|non-transitive:input|output|"
                + "input-output:<asn>:<group>", error("flow route source 10.0.0.1/32 interface-set sideways:1:2"));
    }

    @Test
    void rdMakesFlowVpn() throws Exception {
        Route r = route("ipv4 flow source-ipv4 10.0.0.1/32 rd 65535:65536 extended-community [rate-limit:0]");
        assertEquals("ipv4 flow-vpn", r.family().toString());
        assertEquals("0E0000FFFF0001000002200A000001", nlri(r));
        assertEquals("flow source-ipv4 10.0.0.1/32 rd 65535:65536", r.nlri().toString());
        assertEquals("missing rd for a ipv4 flow-vpn route, expected rd <rd>",
                error("ipv4 flow-vpn source-ipv4 10.0.0.1/32"));
    }

    @Test
    void bitmaskAndNumericValues() throws Exception {
        FlowRule r = (FlowRule) route("flow route tcp-flags [ ack+cwr&!fin+ece =rst ] fragment not-a-fragment "
                + "icmp-type [ echo-request ] icmp-code host-unreachable dscp >=46 packet-length !=0").nlri();
        assertEquals("flow icmp-type =echo-request icmp-code =1 tcp-flags [ ack+cwr&!fin+ece =rst ] "
                + "packet-length !=0 dscp >=46 fragment not-a-fragment", r.toString());
    }

    @Test
    void errorsNameTheValueAndWhatWasExpected() {
        assertEquals("invalid value 'fun', expected [=|!|!=] and fin, syn, rst, push, ack, urg, ece, cwr joined by +",
                error("flow route tcp-flags fun"));
        assertEquals("invalid value '=300', expected [=|>|<|>=|<=|!=] and a number from 0 to 255 or a name",
                error("flow route protocol =300"));
        assertEquals("'flow-label' is not a match condition of ipv4 flow", error("ipv4 flow flow-label 1"));
        assertEquals("invalid rate-limit 'fast', expected a number of bytes per second",
                error("flow route source 10.0.0.0/8 rate-limit fast"));
        assertEquals("missing '}' at the end of the flow route", error("flow route { match { source 10.0.0.0/8; }"));
        assertEquals("unsupported family 'ipv4 flowspec', expected unicast, multicast, nlri-mpls, mpls-vpn, mcast-vpn, mup, flow, "
                + "flow-vpn or sr-policy", error("ipv4 flowspec source 10.0.0.0/8"));
        assertEquals("expected 'route' after 'flow', got 'rule'", error("flow rule source 10.0.0.0/8"));
    }
}
