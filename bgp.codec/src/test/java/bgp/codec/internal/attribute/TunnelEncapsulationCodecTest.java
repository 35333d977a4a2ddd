package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.srpolicy.Segment;
import bgp.codec.srpolicy.SegmentList;
import bgp.codec.srpolicy.SrPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Tunnel Encapsulation attribute values of ExaBGP's conf-sr-policy.ci, both ways, and malformed values. */
class TunnelEncapsulationCodecTest {
    private final TunnelEncapsulationCodec codec = new TunnelEncapsulationCodec();

    static final String MPLS = "000F0024" + "0C0600000000 0064" + "0D06 1000 05DC0100"
            + "800011 00 0906000000000001 0106000003E81100";
    static final String SRV6 = "000F005C" + "0C06 0000 000000C8" + "1412 0000 FC000000000000000000000000000001"
            + "800025 00 0906000000000002 0D1A 1000 FC000000000000000000000000000001 0041 0000 20001000"
            + "82000A 00 6D792D706F6C696379" + "810008 00 7072696D617279";
    static final String TWO_LISTS = "000F0030" + "0C060000 0000012C"
            + "800011 00 0906000000000001 0106000003E81100" + "800011 00 0906000000000002 0106000003E82100";
    static final String IPV6 = "000F0028" + "0C060000 00000064"
            + "80001D 00 0906000000000001 0D12 0000 20010DB8000100000000000000000001";

    @Test
    void conformanceValuesBothWays() throws Exception {
        assertBothWays(codec, MPLS, AS4, TunnelEncapsulation.srPolicy(SrPolicy.builder().preference(100)
                .mplsBindingSid(24000).segmentList(new SegmentList(1, List.of(Segment.typeA(16001)))).build()));
        byte[] fc001 = IpAddresses.parseIpv6("fc00::1");
        assertBothWays(codec, SRV6, AS4, TunnelEncapsulation.srPolicy(SrPolicy.builder().preference(200)
                .srv6BindingSid(fc001).segmentList(new SegmentList(2, List.of(Segment.typeB(fc001,
                        new int[] {65, 32, 0, 16, 0})))).policyName("my-policy").candidatePathName("primary")
                .build()));
        assertBothWays(codec, TWO_LISTS, AS4, TunnelEncapsulation.srPolicy(SrPolicy.builder().preference(300)
                .segmentList(new SegmentList(1, List.of(Segment.typeA(16001))))
                .segmentList(new SegmentList(2, List.of(Segment.typeA(16002)))).build()));
        assertBothWays(codec, IPV6, AS4, TunnelEncapsulation.srPolicy(SrPolicy.builder().preference(100)
                .segmentList(new SegmentList(1, List.of(Segment.typeB(IpAddresses.parseIpv6("2001:db8:1::1"),
                        null)))).build()));
    }

    @Test
    void srPolicyViewOfTheSrv6Vector() throws Exception {
        TunnelEncapsulation t = (TunnelEncapsulation) CodecAssertions.decode(codec, SRV6, AS4);
        assertEquals(1, t.tunnelCount());
        assertEquals(15, t.tunnelType(0));
        SrPolicy p = t.srPolicy(0);
        assertEquals(200, p.preference());
        assertEquals(-1, p.priority());
        assertEquals(-1, p.enlp());
        assertEquals(null, p.bindingSid());
        assertEquals("0000FC000000000000000000000000000001", Hex.encode(p.srv6BindingSid()));
        assertEquals("my-policy", p.policyName());
        assertEquals("primary", p.candidatePathName());
        assertEquals(1, p.segmentLists().size());
        SegmentList l = p.segmentLists().get(0);
        assertEquals(2, l.weight());
        Segment s = l.segments().get(0);
        assertEquals('B', s.letter());
        assertEquals(Segment.FLAG_B, s.flags());
        assertEquals("fc00::1", IpAddresses.format(s.srv6Sid()));
        assertEquals(List.of(65, 32, 0, 16, 0), java.util.Arrays.stream(s.behavior()).boxed().toList());
        assertEquals(-1, s.mplsSid());
    }

    @Test
    void unknownTunnelsAndSubTlvsAreKeptAsBytes() throws Exception {
        // a VXLAN tunnel (type 8) with an unknown sub-TLV, then an SR Policy with priority, ENLP and unknown sub-TLVs
        String hex = "00080006 FE0003010203" + "000F0016 0F020A00 0E03000002 FA00020102 0A06000000000007";
        TunnelEncapsulation t = TunnelEncapsulation.wrap(Hex.decode(hex.replace(" ", "")));
        assertBothWays(codec, hex, AS4, t);
        assertEquals(2, t.tunnelCount());
        assertEquals(8, t.tunnelType(0));
        assertEquals("FE0003010203", Hex.encode(t.subTlvs(0)));
        SrPolicy p = t.srPolicy(1);
        assertEquals(10, p.priority());
        assertEquals(2, p.enlp());
        assertEquals(2, p.others().size());
        assertEquals(250, p.others().get(0).type());
        assertEquals("0102", Hex.encode(p.others().get(0).value()));
        assertEquals(10, p.others().get(1).type());
        assertEquals("tunnel 0 is of type 8, not SR Policy",
                assertThrows(IllegalArgumentException.class, () -> t.srPolicy(0)).getMessage());
    }

    @Test
    void everySegmentTypeBuildsWithItsLayout() {
        byte[] a4 = IpAddresses.parse("10.0.0.1");
        byte[] b4 = IpAddresses.parse("10.0.0.2");
        byte[] a6 = IpAddresses.parseIpv6("fc00::1");
        byte[] b6 = IpAddresses.parseIpv6("fc00::2");
        byte[] sid = IpAddresses.parseIpv6("fc00::100");
        String n1 = "FC000000000000000000000000000001";
        String n2 = "FC000000000000000000000000000002";
        assertHex("0000 0A000001", Segment.build(Segment.TYPE_C, 0, 0, a4, 0, null, -1, null, null));
        assertHex("2005 0A000002 03E81100", Segment.build(Segment.TYPE_C, 5, 0, b4, 0, null, 16001, null, null));
        assertHex("2000" + n1 + "03E82100", Segment.build(Segment.TYPE_D, 0, 0, a6, 0, null, 16002, null, null));
        assertHex("0000 00000001 0A000001", Segment.build(Segment.TYPE_E, 0, 1, a4, 0, null, -1, null, null));
        assertHex("0000 0A000001 0A000002", Segment.build(Segment.TYPE_F, 0, 0, a4, 0, b4, -1, null, null));
        assertHex("0000 00000001" + n1 + "00000002" + n2, Segment.build(Segment.TYPE_G, 0, 1, a6, 2, b6, -1, null,
                null));
        assertHex("2000" + n1 + n2 + "03E86100", Segment.build(Segment.TYPE_H, 0, 0, a6, 0, b6, 16006, null, null));
        Segment i = Segment.build(Segment.TYPE_I, 0, 0, a6, 0, null, -1, sid, new int[] {65, 32, 0, 16, 0});
        assertHex("3000" + n1 + "FC000000000000000000000000000100 0041000020001000", i);
        assertEquals(65, i.behavior()[0]);
        Segment j = Segment.build(Segment.TYPE_J, 7, 3, a6, 4, b6, -1, sid, null);
        assertHex("2007 00000003" + n1 + "00000004" + n2 + "FC000000000000000000000000000100", j);
        assertEquals(3, j.localInterfaceId());
        assertEquals(4, j.remoteInterfaceId());
        assertEquals(7, j.algorithm());
        assertEquals("fc00::2", IpAddresses.format(j.remoteAddress()));
        assertEquals("fc00::100", IpAddresses.format(j.srv6Sid()));
        assertEquals(null, j.behavior());
        assertHex("0000" + n1 + n2, Segment.build(Segment.TYPE_K, 0, 0, a6, 0, b6, -1, null, null));
        Segment c = Segment.build(Segment.TYPE_C, 0, 0, b4, 0, null, 16001, null, null);
        assertEquals(0x03E81100L, c.mplsSid());
        assertEquals("10.0.0.2", IpAddresses.format(c.localAddress()));
        assertEquals("a type C segment has no SRv6 SID", assertThrows(IllegalArgumentException.class,
                () -> Segment.build(Segment.TYPE_C, 0, 0, a4, 0, null, -1, sid, null)).getMessage());
        assertEquals("a IPv4 node address of 4 bytes is needed", assertThrows(IllegalArgumentException.class,
                () -> Segment.build(Segment.TYPE_C, 0, 0, a6, 0, null, -1, null, null)).getMessage());
        assertEquals("label 1048576 is not within 0..1048575", assertThrows(IllegalArgumentException.class,
                () -> Segment.typeA(1 << 20)).getMessage());
        assertEquals("an endpoint behavior needs an SRv6 SID", assertThrows(IllegalArgumentException.class,
                () -> Segment.build(Segment.TYPE_K, 0, 0, a6, 0, b6, -1, null, new int[] {1, 0, 0, 0, 0}))
                .getMessage());
    }

    private static void assertHex(String expected, Segment s) {
        assertEquals(expected.replace(" ", ""), Hex.encode(s.value()));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "|no tunnel TLV",
        "000F00|truncated tunnel TLV header",
        "000F0004 0C06|tunnel type 15 length 4 with 2 bytes left",
        "000F0002 0C05|tunnel type 15: sub-TLV 12 length 5 with 0 bytes left",
        "000F0007 0C05 0000000064|tunnel type 15: sub-TLV 12 length 5",
        "000F0004 0D02 1000 00|truncated tunnel TLV header",
        "000F0005 0D03 100000|tunnel type 15: sub-TLV 13 length 3",
        "000F0004 0F03 0A00|tunnel type 15: sub-TLV 15 length 3 with 2 bytes left",
        "000F0003 800000|tunnel type 15: segment list without its reserved byte",
        "000F0005 800002 0009|tunnel type 15: truncated segment list sub-TLV header",
        "000F000B 800008 00 0906 0000000001|tunnel type 15: segment list sub-TLV 9 length 6 with 5 bytes left",
        "000F000B 800008 00 0105 0000000000|tunnel type 15: segment type 1 length 5",
        "000F000B 800008 00 0905 0000000000|tunnel type 15: weight length 5",
        "000F0002 8100|tunnel type 15: truncated sub-TLV header",
        "000F0003 810000|tunnel type 15: sub-TLV 129 length 0",
        "00080002 7E05|tunnel type 8: sub-TLV 126 length 5 with 0 bytes left",
        "00080001 80|tunnel type 8: truncated sub-TLV header",
    })
    void malformedIsAnOptionalAttributeErrorTreatAsWithdraw(String hex, String why) {
        BgpDecodeException e = assertMalformed(codec, hex == null ? "" : hex, AS4, OPTIONAL_ATTRIBUTE_ERROR,
                ErrorAction.TREAT_AS_WITHDRAW);
        assertEquals("malformed TUNNEL_ENCAPSULATION: " + why, e.getMessage());
    }
}
