package bgp.codec.mup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.RouteDistinguisher;
import org.junit.jupiter.api.Test;

/** BGP-MUP NLRI (draft-mpmz-bess-mup-safi) against the routes of ExaBGP's {@code conf-srv6-mup*} tests. */
class MupNlrisTest {
    static final RouteDistinguisher RD = RouteDistinguisher.parse("100:100");
    static final String ISD4 = "0100010C0000006400000064180A0001";
    static final String DSD4 = "0100020C00000064000000640A000001";
    static final String T1ST4 = "01000317000000640000006420C0A800010000303909200A000001";
    static final String T1ST4_SOURCE = "0100031C000000640000006420C0A800020000303909200A000001200A000101";
    static final String T2ST4_32 = "010004110000006400000064400A00000100003039";
    static final String T2ST4_23 = "010004100000006400000064370A000001003039";
    static final String T2ST4_0 = "0100040D0000006400000064200A000001";
    static final String ISD6 = "010001110000006400000064402001000000000000";
    static final String DSD6 = "01000218000000640000006420010000000000000000000000000001";
    static final String T1ST6 = "0100032F00000064000000648020010DB80001000100000000000000010000303909802001000000"
            + "0000000000000000000001";
    static final String T1ST6_SOURCE = "0100034000000064000000648020010DB800010001000000000000000200003039098020010"
            + "0000000000000000000000000018020020000000000000000000000000002";
    static final String T2ST6 = "0100041D0000006400000064A02001000000000000000000000000000100003039";

    static String bytes(MupNlri n) {
        WireWriter w = new WireWriter();
        n.encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    static byte[] ip(String s) {
        return IpAddresses.parse(s);
    }

    static MupNlris decode(Family f, String hex) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return MupNlris.decode(f, b, 0, b.length, false);
    }

    @Test
    void buildsExaBgpsBytes() {
        Family v4 = MupNlri.IPV4;
        Family v6 = MupNlri.IPV6;
        assertEquals(ISD4, bytes(MupNlri.isd(v4, RD, ip("10.0.1.0"), 24)));
        assertEquals(DSD4, bytes(MupNlri.dsd(v4, RD, ip("10.0.0.1"))));
        assertEquals(T1ST4, bytes(MupNlri.t1st(v4, RD, ip("192.168.0.1"), 32, 12345, 9, ip("10.0.0.1"), null)));
        assertEquals(T1ST4_SOURCE, bytes(MupNlri.t1st(v4, RD, ip("192.168.0.2"), 32, 12345, 9, ip("10.0.0.1"),
                ip("10.0.1.1"))));
        assertEquals(T2ST4_32, bytes(MupNlri.t2st(v4, RD, ip("10.0.0.1"), 12345, 32)));
        assertEquals(T2ST4_23, bytes(MupNlri.t2st(v4, RD, ip("10.0.0.1"), 12345, 23)));
        assertEquals(T2ST4_0, bytes(MupNlri.t2st(v4, RD, ip("10.0.0.1"), 0, 0)));
        assertEquals(ISD6, bytes(MupNlri.isd(v6, RD, ip("2001::"), 64)));
        assertEquals(DSD6, bytes(MupNlri.dsd(v6, RD, ip("2001::1"))));
        assertEquals(T1ST6, bytes(MupNlri.t1st(v6, RD, ip("2001:db8:1:1::1"), 128, 12345, 9, ip("2001::1"), null)));
        assertEquals(T1ST6_SOURCE, bytes(MupNlri.t1st(v6, RD, ip("2001:db8:1:1::2"), 128, 12345, 9, ip("2001::1"),
                ip("2002::2"))));
        assertEquals(T2ST6, bytes(MupNlri.t2st(v6, RD, ip("2001::1"), 12345, 32)));
    }

    @Test
    void refusesWhatItCannotEncode() {
        assertEquals("teid 12345 does not fit in 0 bits", assertThrows(IllegalArgumentException.class,
                () -> MupNlri.t2st(MupNlri.IPV4, RD, ip("10.0.0.1"), 12345, 0)).getMessage());
        assertEquals("teid length 33 out of range, expected 0 to 32", assertThrows(IllegalArgumentException.class,
                () -> MupNlri.t2st(MupNlri.IPV4, RD, ip("10.0.0.1"), 1, 33)).getMessage());
        assertEquals("address of 16 bytes in a ipv4 mup route", assertThrows(IllegalArgumentException.class,
                () -> MupNlri.dsd(MupNlri.IPV4, RD, ip("2001::1"))).getMessage());
        assertEquals("not a mup family: ipv4 unicast", assertThrows(IllegalArgumentException.class,
                () -> MupNlris.empty(Family.IPV4_UNICAST)).getMessage());
        assertEquals("Type1SessionTransformedRoute with an endpoint length of 24 bits, expected 32 or 128",
                assertThrows(IllegalArgumentException.class, () -> MupNlri.t1st(MupNlri.IPV4, RD, ip("10.0.0.0"),
                        8, 1, 1, new byte[3], null)).getMessage());
    }

    @Test
    void decodesTheFieldsOfEachType() throws Exception {
        MupNlris l = decode(MupNlri.IPV4, ISD4 + DSD4 + T1ST4 + T2ST4_23 + T1ST4_SOURCE);
        assertEquals(5, l.size());
        MupNlri isd = l.get(0);
        assertEquals(1, isd.architecture());
        assertEquals(MupNlri.INTERWORK_SEGMENT_DISCOVERY, isd.routeType());
        assertEquals("100:100", RouteDistinguisher.format(isd.rd()));
        assertEquals(24, isd.prefixLength());
        assertEquals("10.0.1.0", IpAddresses.format(isd.prefix()));
        assertEquals(ISD4, isd.raw());
        assertEquals("mup-isd 10.0.1.0/24 rd 100:100", isd.toString());
        assertEquals("mup-dsd 10.0.0.1 rd 100:100", l.get(1).toString());
        assertEquals("10.0.0.1", IpAddresses.format(l.get(1).address()));
        MupNlri t1 = l.get(2);
        assertEquals(12345, t1.teid());
        assertEquals(9, t1.qfi());
        assertEquals(32, t1.endpointLength());
        assertEquals("10.0.0.1", IpAddresses.format(t1.endpoint()));
        assertNull(t1.source());
        assertEquals("mup-t1st 192.168.0.1/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1", t1.toString());
        MupNlri t2 = l.get(3);
        assertEquals(55, t2.endpointLength());
        assertEquals(23, t2.teidLength());
        assertEquals(12345, t2.teid());
        assertEquals("mup-t2st 10.0.0.1 rd 100:100 teid 12345/23", t2.toString());
        assertEquals("10.0.1.1", IpAddresses.format(l.get(4).source()));
        assertEquals("mup-t1st 192.168.0.2/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1 source 10.0.1.1",
                l.get(4).toString());
        assertEquals(4, l.routeType(3));
        assertEquals(1, l.architecture(3));
        assertEquals(16, l.valueLength(3));
        assertThrows(IllegalStateException.class, isd::teid);
        assertThrows(IllegalStateException.class, t2::qfi);

        MupNlris v6 = decode(MupNlri.IPV6, ISD6 + DSD6 + T1ST6_SOURCE + T2ST6);
        assertEquals("mup-isd 2001::/64 rd 100:100", v6.get(0).toString());
        assertEquals("mup-dsd 2001::1 rd 100:100", v6.get(1).toString());
        assertEquals("mup-t1st 2001:db8:1:1::2/128 rd 100:100 teid 12345 qfi 9 endpoint 2001::1 source 2002::2",
                v6.get(2).toString());
        assertEquals("mup-t2st 2001::1 rd 100:100 teid 12345/32", v6.get(3).toString());
        assertEquals(160, v6.get(3).endpointLength());
        assertEquals("mup-t2st 10.0.0.1 rd 100:100 teid 0/0", decode(MupNlri.IPV4, T2ST4_0).get(0).toString());
    }

    /** GoBGP 3 sends the prefix of ISD and T1ST routes as a whole address, whatever its length. */
    @Test
    void readsAPrefixSentAsAWholeAddress() throws Exception {
        String isd = "0100010D0000006400000064180A000100";
        String t1st = "01000317000000C8000000C818C0A8090000000309032" + "00A090909"; // from gobgpd
        MupNlris l = decode(MupNlri.IPV4, isd + t1st);
        assertEquals("mup-isd 10.0.1.0/24 rd 100:100", l.get(0).toString());
        assertEquals(isd, l.get(0).raw());
        MupNlri t = l.get(1);
        assertEquals("mup-t1st 192.168.9.0/24 rd 200:200 teid 777 qfi 3 endpoint 10.9.9.9", t.toString());
        assertEquals(24, t.prefixLength());
        assertNull(t.source());
        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        assertEquals(isd + t1st, Hex.encode(w.toByteArray()));
        // a /32 reads the same both ways; a value that fits the compact layout is read so
        assertEquals("mup-t1st 192.168.0.1/32 rd 100:100 teid 12345 qfi 9 endpoint 10.0.0.1",
                decode(MupNlri.IPV4, T1ST4).get(0).toString());
    }

    @Test
    void keepsOtherArchitecturesAndTypesAsBytes() throws Exception {
        MupNlris l = decode(MupNlri.IPV4, "02000103010203" + "01000500" + ISD4);
        assertEquals(3, l.size());
        MupNlri other = l.get(0);
        assertFalse(other.known());
        assertEquals(2, other.architecture());
        assertEquals("mup:2:1:0x010203", other.toString());
        assertEquals("02000103010203", other.raw());
        assertArrayEquals(Hex.decode("010203"), other.value());
        assertThrows(IllegalStateException.class, other::rd);
        assertEquals("mup:1:5:0x", l.get(1).toString());
        assertTrue(l.get(2).known());
        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        assertEquals("02000103010203" + "01000500" + ISD4, Hex.encode(w.toByteArray()));
    }

    @Test
    void pathIdentifiersRoundTrip() throws Exception {
        byte[] b = Hex.decode("00000007" + ISD4 + "00000008" + T2ST4_32);
        MupNlris l = MupNlris.decode(MupNlri.IPV4, b, 0, b.length, true);
        assertEquals(2, l.size());
        assertEquals(8, l.pathId(1));
        assertEquals(8, l.get(1).pathId());
        assertEquals(l, MupNlris.of(l.get(0), l.get(1)));
        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        assertEquals(ISD4 + T2ST4_32, Hex.encode(w.toByteArray()));
        assertEquals(20, l.encodedLength(0, true));
    }

    @Test
    void malformedFieldsAreInvalidNetworkField() {
        String[][] cases = {
            {"4", "010001", "truncated entry at byte 0"},
            {"4", ISD4 + "0100", "truncated entry at byte 16"},
            {"4", "0100010D0000006400000064180A0001",
                "architecture 1 route type 1 of 13 bytes at byte 0 overruns the field"},
            {"4", "0100010C0000006400000064210A0001",
                "InterworkSegmentDiscoveryRoute with a prefix length of 33 bits, expected at most 32 at byte 0"},
            {"4", "0100010E0000006400000064180A00010000",
                "InterworkSegmentDiscoveryRoute of 14 bytes, its fields take 12 at byte 0"},
            {"4", "010001080000006400000064",
                "InterworkSegmentDiscoveryRoute of 8 bytes, shorter than its rd and first field at byte 0"},
            {"4", DSD6, "DirectSegmentDiscoveryRoute of 24 bytes, its fields take 12 at byte 0"},
            {"6", DSD4, "DirectSegmentDiscoveryRoute of 12 bytes, its fields take 24 at byte 0"},
            {"4", "01000317000000640000006420C0A800010000303909180A000001",
                "Type1SessionTransformedRoute with an endpoint length of 24 bits, expected 32 or 128 at byte 0"},
            {"4", "01000312000000640000006420C0A800010000303909",
                "Type1SessionTransformedRoute of 18 bytes ends before its endpoint at byte 0"},
            {"4", "01000317000000640000006420C0A800010000303909800A000001",
                "Type1SessionTransformedRoute of 23 bytes ends inside its endpoint at byte 0"},
            {"4", "0100031A000000640000006420C0A800010000303909200A000001100A00",
                "Type1SessionTransformedRoute with a source length of 16 bits, expected 32 or 128 at byte 0"},
            {"4", "010004110000006400000064410A00000100003039",
                "Type2SessionTransformedRoute with an endpoint length of 65 bits, expected 32 to 64 at byte 0"},
            {"4", "0100040D00000064000000641F0A000001",
                "Type2SessionTransformedRoute with an endpoint length of 31 bits, expected 32 to 64 at byte 0"},
            {"4", "010004100000006400000064400A000001003039",
                "Type2SessionTransformedRoute of 16 bytes, its fields take 17 at byte 0"},
            {"6", T2ST4_32, "Type2SessionTransformedRoute with an endpoint length of 64 bits, expected 128 to 160"
                + " at byte 0"},
        };
        for (String[] c : cases) {
            Family f = c[0].equals("4") ? MupNlri.IPV4 : MupNlri.IPV6;
            BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(f, c[1]), c[1]);
            assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
            assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
            assertEquals("invalid " + f + " NLRI: " + c[2], e.getMessage());
        }
    }
}
