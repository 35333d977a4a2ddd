package bgp.codec.internal.nlri;

import static bgp.codec.internal.nlri.NlriAssertions.assertInvalid;
import static bgp.codec.internal.nlri.NlriAssertions.decode;
import static bgp.codec.internal.nlri.NlriAssertions.encode;
import static bgp.codec.internal.nlri.NlriAssertions.encodeAll;
import static bgp.codec.internal.nlri.NlriAssertions.roundTrip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.codec.nlri.VpnPrefixes;
import org.junit.jupiter.api.Test;

class VpnPrefixCodecTest {
    private final VpnPrefixCodec v4 = new VpnPrefixCodec(Family.IPV4_MPLS_VPN);
    private final VpnPrefixCodec v6 = new VpnPrefixCodec(Family.IPV6_MPLS_VPN);

    @Test
    void decodesExaBgpAddPathVector() throws BgpDecodeException {
        // conf-addpath: 10.0.0.0/24 path-information 0.0.0.10 label [[20012, 320193]] rd 100:100
        VpnPrefixes l = (VpnPrefixes) roundTrip(v4, "0000000A 70 04E2C1 0000006400000064 0A0000", true);
        assertEquals(1, l.size());
        assertEquals(10, l.pathId(0));
        assertEquals(20012, l.label(0, 0));
        assertEquals(320193, l.rawLabel(0, 0));
        assertEquals(0x0000006400000064L, l.rd(0));
        assertEquals("100:100", l.routeDistinguisher(0).toString());
        assertEquals("10.0.0.0/24", l.prefixText(0));
        assertEquals(Ipv4Prefixes.pack(0x0A000000, 24), l.ipv4Prefix(0));
        VpnPrefix p = l.get(0);
        assertEquals("10.0.0.0/24", p.toString());
        assertEquals(new RouteDistinguisher(0x0000006400000064L), p.rd());
        assertArrayEquals(new int[] {20012}, p.labels());
        assertArrayEquals(new int[] {320193}, p.rawLabels());
        assertEquals(10, p.pathId());
        assertEquals("ipv4 mpls-vpn [10.0.0.0/24 rd 100:100 label [20012] path 10]", l.toString());
    }

    @Test
    void decodesExaBgpVpnv4Vectors() throws BgpDecodeException {
        // api-vpnv4: 1.4.0.0/16 label [[1000, 16001]] rd 65000:1; vpnv4-extended-nexthop-1: 10.1.0.0/24 [[3, 49]] 4:100
        VpnPrefixes l = (VpnPrefixes) roundTrip(v4, "68003E810000FDE8000000010104 7000003100000004000000640A0100", false);
        assertEquals("1.4.0.0/16", l.prefixText(0));
        assertEquals(1000, l.label(0, 0));
        assertEquals(16001, l.rawLabel(0, 0));
        assertEquals("65000:1", l.routeDistinguisher(0).toString());
        assertEquals("10.1.0.0/24", l.prefixText(1));
        assertEquals(3, l.label(1, 0));
        assertEquals(49, l.rawLabel(1, 0));
        assertEquals("4:100", l.routeDistinguisher(1).toString());
        assertFalse(l.hasPathIds());
    }

    @Test
    void routeDistinguishersOfEachType() throws BgpDecodeException {
        VpnPrefixes l = (VpnPrefixes) roundTrip(v4,
                "58 000641 0001C0A8C901007B  58 000641 0002FA56EA000001  58 000641 0000FFFF00010000"
                        + " 58 000641 0003000000000001", false);
        assertEquals("192.168.201.1:123", l.routeDistinguisher(0).toString());
        assertEquals("4200000000:1", l.routeDistinguisher(1).toString());
        assertEquals("65535:65536", l.routeDistinguisher(2).toString());
        assertEquals("0x0003000000000001", l.routeDistinguisher(3).toString());
        assertEquals("0.0.0.0/0", l.prefixText(0));
    }

    @Test
    void ipv6VpnZeroAndMaximumLengths() throws BgpDecodeException {
        VpnPrefixes l = (VpnPrefixes) roundTrip(v6,
                "98 000641 0000006400000064 20010DB800000000"
                        + " D8 000641 0000006400000064 20010DB8000000000000000000000001"
                        + " 58 800000 0000006400000064"
                        + " F0 000640 000651 0000006400000064 20010DB8000000000000000000000001", false);
        assertEquals("2001:db8::/64", l.prefixText(0));
        assertEquals(0x20010DB800000000L, l.ipv6High(0));
        assertEquals(0, l.ipv6Low(0));
        assertEquals("2001:db8::1/128", l.prefixText(1));
        assertEquals(1L, l.ipv6Low(1));
        assertEquals("::/0", l.prefixText(2));
        assertArrayEquals(new int[] {0x800000}, l.rawLabels(2));
        assertEquals(2, l.labelCount(3));
        assertArrayEquals(new int[] {100, 101}, l.get(3).labels());
        assertEquals(128, l.prefixLength(3));
    }

    @Test
    void readsAndWritesPathIdentifiers() throws BgpDecodeException {
        VpnPrefixes l = (VpnPrefixes) decode(v4, "0000000A 70 04E2C1 0000006400000064 0A0000", true);
        assertEquals("7004E2C100000064000000640A0000", encode(l, 0, false));
        assertEquals("7004E2C100000064000000640A0000", encodeAll(l, false));
        VpnPrefixes none = (VpnPrefixes) decode(v4, "7004E2C100000064000000640A0000", false);
        assertEquals("000000007004E2C100000064000000640A0000", encode(none, 0, true));
        assertEquals(19, none.encodedLength(0, true));
        assertTrue(l.hasPathIds());
        assertFalse(none.hasPathIds());
        assertFalse(l.equals(none));
    }

    @Test
    void rejectsALengthWithNoRoomForALabelAndRd() {
        assertInvalid(v4, "50 000641 00000064000000", false,
                "length of 80 bits leaves no room for a label and a route distinguisher");
        assertInvalid(v4, "18 000641", false, "length of 24 bits leaves no room for a label and a route distinguisher");
        assertInvalid(v6, "00", false, "leaves no room for a label and a route distinguisher");
    }

    @Test
    void rejectsALabelStackWithoutBottomOfStack() {
        assertInvalid(v4, "58 000640 0000006400000064", false,
                "label stack without bottom-of-stack before the route distinguisher");
    }

    @Test
    void rejectsPrefixesLongerThanTheFamilyAllows() {
        assertInvalid(v4, "79 000641 0000006400000064 0A00000000", false, "prefix length 33 exceeds 32");
        assertInvalid(v6, "D9 000641 0000006400000064" + "00".repeat(17), false, "prefix length 129 exceeds 128");
    }

    @Test
    void rejectsTruncatedEntries() {
        assertInvalid(v4, "70 04E2C1 0000006400000064 0A00", false, "NLRI of 112 bits truncated: 14 bytes needed, 13 left");
        assertInvalid(v4, "0000000A70", true, "NLRI of 112 bits truncated: 14 bytes needed, 0 left");
        assertInvalid(v4, "0000000A", true, "truncated path identifier");
    }

    @Test
    void refusesOtherFamilies() {
        assertThrows(IllegalArgumentException.class, () -> new VpnPrefixCodec(Family.IPV4_LABELED));
        assertThrows(IllegalArgumentException.class, () -> new VpnPrefixCodec(new Family(25, 128)));
    }
}
