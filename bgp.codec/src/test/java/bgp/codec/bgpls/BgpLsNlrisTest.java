package bgp.codec.bgpls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** BGP-LS NLRI (RFC 9552 §5.2) against the routes of ExaBGP's {@code qa/decoding} bgp-ls vectors. */
class BgpLsNlrisTest {
    /** bgp-ls-1: a link (type 2), OSPFv2, local and remote node descriptors. */
    static final String LINK = "00020051" + "03" + "0000000000000000" + "01000020" + "020000040000000102010004C0A87A7E"
            + "0202000400000000020300040A0A0A0A" + "01010020" + "020000040000000102010004C0A87A7E"
            + "0202000400000000020300040A020202";
    /** bgp-ls-9: a node (type 1), IS-IS level 2, identifier 700. */
    static final String NODE = "00010027" + "02" + "00000000000002BC" + "0100001A" + "0200000400003E34"
            + "0201000400000000" + "020300060101340000 41".replace(" ", "");
    /** bgp-ls-8: an IPv4 prefix (type 3) 10.134.2.88/30. */
    static final String PREFIX = "00030030" + "02" + "00000000000002BC" + "0100001A" + "0200000400003E34"
            + "0201000400000000" + "020300060101350000 41".replace(" ", "") + "01090005" + "1E0A860258";

    static BgpLsNlris decode(String hex, boolean addPath) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return BgpLsNlris.decode(BgpLsNlri.BGPLS, b, 0, b.length, addPath);
    }

    @Test
    void decodesAndReencodesExactly() throws Exception {
        BgpLsNlris l = decode(LINK + NODE + PREFIX, false);
        assertEquals(3, l.size());
        assertEquals(List.of(2, 1, 3), List.of(l.nlriType(0), l.nlriType(1), l.nlriType(2)));
        assertEquals(0x51, l.valueLength(0));
        assertEquals(4, l.valueOffset(0));
        assertEquals(3, l.data()[l.valueOffset(0)]);
        assertEquals(4 + 0x51, l.encodedLength(0, false));
        assertEquals(8 + 0x30, l.encodedLength(2, true));
        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        assertEquals(LINK + NODE + PREFIX, Hex.encode(w.toByteArray()));
        BgpLsNlri node = l.get(1);
        assertEquals("bgp-ls:1:0x" + NODE.substring(8), node.toString());
        assertEquals(node, new BgpLsNlri(BgpLsNlri.BGPLS, 1, Hex.decode(NODE.substring(8)), 0));
        assertEquals(l, BgpLsNlris.of(List.of(l.get(0), l.get(1), l.get(2))));
        WireWriter ids = new WireWriter();
        l.encodeAll(ids, true);
        BgpLsNlris withIds = BgpLsNlris.decode(BgpLsNlri.BGPLS, ids.toByteArray(), 0, ids.position(), true);
        assertTrue(withIds.hasPathIds());
        assertEquals("00000000" + LINK + "00000000" + NODE + "00000000" + PREFIX, Hex.encode(ids.toByteArray()));
        assertFalse(l.hasPathIds());
    }

    @Test
    void unknownTypesAreKeptAsBytesAndVpnRoutesStartWithTheirRd() throws Exception {
        byte[] b = Hex.decode("00090002ABCD");
        BgpLsNlris l = BgpLsNlris.decode(BgpLsNlri.BGPLS, b, 0, b.length, false);
        assertEquals(9, l.nlriType(0));
        String vpn = "00010011" + "0000FDE800000001" + "03" + "0000000000000000";
        byte[] v = Hex.decode(vpn);
        assertEquals(1, BgpLsNlris.decode(BgpLsNlri.BGPLS_VPN, v, 0, v.length, false).size());
        // the same bytes without the RD-sized room are too short for a VPN node
        byte[] plain = Hex.decode("00010009" + "03" + "0000000000000000");
        assertEquals(1, BgpLsNlris.decode(BgpLsNlri.BGPLS, plain, 0, plain.length, false).size());
        assertThrows(BgpDecodeException.class,
                () -> BgpLsNlris.decode(BgpLsNlri.BGPLS_VPN, plain, 0, plain.length, false));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "000100                                   | truncated entry at byte 0",
        "00010006 0300000000                      | NLRI type 1 of 6 bytes at byte 0 overruns the field",
        "00010004 03000000                        | NLRI type 1 of 4 bytes, shorter than its 9-byte header at byte 0",
        "0001000C 030000000000000000 010000       | truncated TLV header at byte 0",
        "0001000D 030000000000000000 01000001     | TLV 256 of 1 bytes overruns the NLRI at byte 0",
        "00010010 030000000000000000 01000003 020000 | node descriptor 256: truncated TLV header at byte 0",
    })
    void malformedIsInvalidNetworkField(String hex, String why) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(hex.replace(" ", ""), false));
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        assertEquals("invalid bgp-ls bgp-ls NLRI: " + why, e.getMessage());
    }

    @Test
    void objectsRefuseOtherFamiliesAndBadLayouts() {
        assertEquals("not a BGP-LS family: ipv4 unicast", assertThrows(IllegalArgumentException.class,
                () -> new BgpLsNlri(bgp.codec.Family.IPV4_UNICAST, 1, new byte[9], 0)).getMessage());
        assertEquals("NLRI type 2 of 3 bytes, shorter than its 9-byte header", assertThrows(
                IllegalArgumentException.class, () -> new BgpLsNlri(BgpLsNlri.BGPLS, 2, new byte[3], 0))
                .getMessage());
    }
}
