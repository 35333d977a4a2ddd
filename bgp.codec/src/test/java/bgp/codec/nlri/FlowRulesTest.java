package bgp.codec.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flow specification NLRI: RFC 8955's examples, ExaBGP's vectors, the builder, the checks, byte for byte. */
class FlowRulesTest {
    private static FlowRules decode(Family f, String hex) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return FlowRules.decode(f, b, 0, b.length, false);
    }

    private static String encode(NlriList l) {
        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        return Hex.encode(w.toByteArray());
    }

    private static String encode(FlowRule r) {
        WireWriter w = new WireWriter();
        r.encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void rfc8955Example1DestinationProtocolPort() throws Exception {
        String wire = "0B" + "0118C00002" + "038106" + "048119";
        FlowRules l = decode(Family.IPV4_FLOW, wire);
        assertEquals(1, l.size());
        assertEquals("flow destination-ipv4 192.0.2.0/24 protocol =tcp port =25", l.get(0).toString());
        FlowRule built = FlowRule.builder(Family.IPV4_FLOW)
                .component(FlowSpec.PORT, new int[] {FlowSpec.EQ}, new long[] {25})
                .component(FlowSpec.PROTOCOL, new int[] {FlowSpec.EQ}, new long[] {6})
                .prefix(FlowSpec.DESTINATION, IpAddresses.parse("192.0.2.0"), 24, 0).build();
        assertEquals(wire, encode(built));
        assertEquals(l.get(0), built);
        assertEquals(wire, encode(l));
    }

    @Test
    void rfc8955Example2PortRangeOrValue() throws Exception {
        String wire = "12" + "0118C00002" + "0218CB0071" + "040389458B911F90";
        FlowRules l = decode(Family.IPV4_FLOW, wire);
        assertEquals(List.of(new FlowSpec.Field("destination-ipv4", List.of("192.0.2.0/24")),
                new FlowSpec.Field("source-ipv4", List.of("203.0.113.0/24")),
                new FlowSpec.Field("port", List.of(">=137&<=139", "=8080"))), l.fields(0));
        assertEquals("flow destination-ipv4 192.0.2.0/24 source-ipv4 203.0.113.0/24 port [ >=137&<=139 =8080 ]",
                l.get(0).toString());
        FlowRule built = FlowRule.builder(Family.IPV4_FLOW)
                .prefix(FlowSpec.SOURCE, IpAddresses.parse("203.0.113.0"), 24, 0)
                .prefix(FlowSpec.DESTINATION, IpAddresses.parse("192.0.2.0"), 24, 0)
                .component(FlowSpec.PORT, new int[] {FlowSpec.GT | FlowSpec.EQ,
                    FlowSpec.AND | FlowSpec.LT | FlowSpec.EQ, FlowSpec.EQ}, new long[] {137, 139, 8080})
                .build();
        assertEquals(wire, encode(built));
    }

    @Test
    void rfc8955Example3FragmentBits() throws Exception {
        String wire = "09" + "0120C0000201" + "0C8005";
        FlowRules l = decode(Family.IPV4_FLOW, wire);
        assertEquals("flow destination-ipv4 192.0.2.1/32 fragment dont-fragment+first-fragment",
                l.get(0).toString());
        assertEquals(wire, encode(l));
    }

    @Test
    void exabgpIpv6RuleWithOffsetsAndFlowLabel() throws Exception {
        String wire = "30" + "0180002A020B80001500007ACA39FFFEAEA87A"
                + "02807800000000000000000000000000000001" + "038111" + "0B8165" + "0D9107DD";
        FlowRules l = decode(Family.IPV6_FLOW, wire);
        assertEquals("flow destination-ipv6 2a02:b80:15:0:7aca:39ff:feae:a87a/128/0 source-ipv6 ::1/128/120"
                + " next-header =udp traffic-class =101 flow-label =2013", l.get(0).toString());
        FlowRule built = FlowRule.builder(Family.IPV6_FLOW)
                .prefix(FlowSpec.SOURCE, IpAddresses.parse("::1"), 128, 120)
                .prefix(FlowSpec.DESTINATION, IpAddresses.parse("2a02:b80:15::7aca:39ff:feae:a87a"), 128, 0)
                .component(FlowSpec.PROTOCOL, new int[] {FlowSpec.EQ}, new long[] {17})
                .component(FlowSpec.DSCP, new int[] {FlowSpec.EQ}, new long[] {101})
                .component(FlowSpec.FLOW_LABEL, new int[] {FlowSpec.EQ}, new long[] {2013}).build();
        assertEquals(wire, encode(built));
    }

    @Test
    void flowVpnRuleCarriesItsRouteDistinguisher() throws Exception {
        String wire = "0E" + "0000FFFF00010000" + "02200A000001";
        FlowRules l = decode(Family.IPV4_FLOW_VPN, wire);
        assertEquals("flow source-ipv4 10.0.0.1/32 rd 65535:65536", l.get(0).toString());
        assertEquals("65535:65536", RouteDistinguisher.format(l.rd(0)));
        FlowRule built = FlowRule.builder(Family.IPV4_FLOW_VPN).rd(RouteDistinguisher.parse("65535:65536").value())
                .prefix(FlowSpec.SOURCE, IpAddresses.parse("10.0.0.1"), 32, 0).build();
        assertEquals(wire, encode(built));
    }

    @Test
    void tcpFlagsAndBitmaskOperatorsPrintAsExabgp() throws Exception {
        assertEquals(List.of("ack", "cwr&!fin&!ece"), decode(Family.IPV4_FLOW, "09" + "0900100080420 1C240"
                .replace(" ", "")).fields(0).get(0).values());
        assertEquals(List.of("ack+cwr&!fin+ece"), decode(Family.IPV4_FLOW, "05" + "090090C241").fields(0).get(0)
                .values());
        assertEquals(List.of("=rst", "=fin+push"), decode(Family.IPV4_FLOW, "05" + "0901048109").fields(0).get(0)
                .values());
        assertEquals(List.of("syn", "rst&fin&!=push"), decode(Family.IPV4_FLOW, "09" + "0900020004 4001C308"
                .replace(" ", "")).fields(0).get(0).values());
    }

    @Test
    void numericOperatorsPrintAsExabgp() throws Exception {
        // packet-length >200&<300 >400&<500; source-port != 80 != 8080; protocol true / false
        assertEquals(List.of(">200&<300", ">400&<500"), decode(Family.IPV4_FLOW, "0C" + "0A02C854012C120190D401F4")
                .fields(0).get(0).values());
        assertEquals("flow packet-length [ >200&<300 ]", decode(Family.IPV4_FLOW, "06" + "0A02C8D4012C").get(0)
                .toString());
        assertEquals(List.of("!=80", "!=8080"), decode(Family.IPV4_FLOW, "06" + "060650961F90").fields(0).get(0)
                .values());
        assertEquals(List.of("true", "false"), decode(Family.IPV4_FLOW, "05" + "0307068011").fields(0).get(0)
                .values());
        // names where ExaBGP has them; a number where it has none (ExaBGP prints "unknown protocol type 41")
        assertEquals(List.of("=gre", "=41", "=icmp"), decode(Family.IPV4_FLOW, "07" + "03012F0129 8101".replace(" ", ""))
                .fields(0).get(0).values());
        assertEquals(List.of("not-a-fragment"), decode(Family.IPV4_FLOW, "03" + "0C8000").fields(0).get(0).values());
        assertEquals(List.of("16"), decode(Family.IPV4_FLOW, "03" + "0C8010").fields(0).get(0).values());
    }

    @Test
    void longRulesTakeATwoOctetLength() throws Exception {
        int n = 100;
        int[] ops = new int[n];
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            ops[i] = FlowSpec.EQ;
            values[i] = 1000 + i;
        }
        FlowRule r = FlowRule.builder(Family.IPV4_FLOW).component(FlowSpec.PORT, ops, values).build();
        String wire = encode(r);
        assertEquals("F12D04", wire.substring(0, 6)); // 1 + 3 * 100 = 301 = 0x12D octets
        FlowRules back = decode(Family.IPV4_FLOW, wire);
        assertEquals(r, back.get(0));
        assertEquals(wire, encode(back));
        assertEquals(wire.length() / 2, back.encodedLength(0, false));
    }

    @Test
    void severalRulesAndPathIdentifiers() throws Exception {
        String one = "06" + "0120C0000201";
        String two = "06" + "0220CB007101";
        byte[] b = Hex.decode("00000007" + one + "00000009" + two);
        FlowRules l = FlowRules.decode(Family.IPV4_FLOW, b, 0, b.length, true);
        assertEquals(2, l.size());
        assertEquals(7, l.pathId(0));
        assertEquals(9, l.get(1).pathId());
        assertEquals(one + two, encode(l));
        assertEquals(l, FlowRules.of(Family.IPV4_FLOW, List.of(l.get(0), l.get(1))));
    }

    private static void assertInvalid(Family f, String hex, String message) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(f, hex));
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        assertEquals(ErrorAction.SESSION_RESET, e.action()); // the update codec makes it AFI/SAFI disable in MP_REACH
        assertEquals(message, e.getMessage());
    }

    @Test
    void malformedRulesAreInvalidNetworkField() {
        assertInvalid(Family.IPV4_FLOW, "0A" + "0218CB0071" + "0118C00002",
                "invalid ipv4 flow NLRI: component type 1 after type 2: types must be in strictly increasing order");
        assertInvalid(Family.IPV4_FLOW, "06" + "038106" + "038111",
                "invalid ipv4 flow NLRI: component type 3 after type 3: types must be in strictly increasing order");
        assertInvalid(Family.IPV4_FLOW, "03" + "0D8101", "invalid ipv4 flow NLRI: unknown component type 13");
        assertInvalid(Family.IPV4_FLOW, "03" + "030106",
                "invalid ipv4 flow NLRI: component type 3 ends without its end-of-list bit");
        assertInvalid(Family.IPV4_FLOW, "02" + "0391", "invalid ipv4 flow NLRI: value of 2 octets of component type"
                + " 3 truncated");
        assertInvalid(Family.IPV4_FLOW, "05" + "0121C0000201", "invalid ipv4 flow NLRI: prefix length 33 exceeds 32");
        assertInvalid(Family.IPV6_FLOW, "04" + "01082020", "invalid ipv6 flow NLRI: prefix offset 32 exceeds its"
                + " length 8");
        assertInvalid(Family.IPV4_FLOW, "09" + "0118C00002", "invalid ipv4 flow NLRI: rule of 9 octets truncated: 5"
                + " left");
        assertInvalid(Family.IPV4_FLOW, "00", "invalid ipv4 flow NLRI: a rule without components");
        assertInvalid(Family.IPV4_FLOW_VPN, "04" + "00000000", "invalid ipv4 flow-vpn NLRI: rule of 4 octets has no"
                + " room for a route distinguisher");
        assertInvalid(Family.IPV4_FLOW, "F1", "invalid ipv4 flow NLRI: truncated two-octet length");
    }

    @Test
    void builderRefusesWhatCannotBeSent() {
        FlowRule.Builder b = FlowRule.builder(Family.IPV4_FLOW);
        assertEquals("a flow rule needs at least one match component",
                assertThrows(IllegalArgumentException.class, b::build).getMessage());
        b.component(FlowSpec.PORT, new int[] {FlowSpec.EQ}, new long[] {80});
        assertEquals("component port given twice", assertThrows(IllegalArgumentException.class,
                () -> b.component(FlowSpec.PORT, new int[] {FlowSpec.EQ}, new long[] {80})).getMessage());
        assertEquals("an IPv4 prefix is needed for ipv4 flow", assertThrows(IllegalArgumentException.class,
                () -> b.prefix(FlowSpec.SOURCE, new byte[16], 8, 0)).getMessage());
        assertEquals("component type 13 is not an operator component of ipv4 flow",
                assertThrows(IllegalArgumentException.class, () -> b.component(FlowSpec.FLOW_LABEL,
                        new int[] {FlowSpec.EQ}, new long[] {1})).getMessage());
        assertEquals("a route distinguisher needs flow-vpn, not ipv4 flow",
                assertThrows(IllegalArgumentException.class, () -> b.rd(1)).getMessage());
    }
}
