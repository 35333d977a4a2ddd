package bgp.codec.rtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.message.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Route Target membership NLRI (RFC 4684 §4), byte for byte. */
class RtcNlrisTest {
    /** origin AS 65000, target:65000:100 (type 0x00 subtype 0x02). */
    static final String FULL = "60" + "0000FDE8" + "0002FDE800000064";
    /** origin AS 65001, target:1.2.3.4:7 as sent with its transitive bit (type 0x41)... and the wildcard. */
    static final String IP_TARGET = "60" + "0000FDE9" + "4102010203040007";
    static final String WILDCARD = "00";
    /** origin AS 65000 and the first 16 bits of a route target. */
    static final String PARTIAL = "30" + "0000FDE8" + "0002";

    static String bytes(RtcNlri n, boolean addPath) {
        WireWriter w = new WireWriter();
        n.encode(w, addPath);
        return Hex.encode(w.toByteArray());
    }

    static RtcNlris decode(String hex, boolean addPath) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return RtcNlris.decode(b, 0, b.length, addPath);
    }

    @Test
    void buildsTheBytes() {
        assertEquals(FULL, bytes(RtcNlri.of(65000, ExtendedCommunity.parse("target:65000:100")), false));
        assertEquals(WILDCARD, bytes(RtcNlri.wildcard(), false));
        assertEquals("00000007" + FULL, bytes(new RtcNlri(96, Hex.decode(FULL.substring(2)), 7), true));
        assertEquals(PARTIAL, bytes(new RtcNlri(48, Hex.decode("0000FDE80002"), 0), false));
        assertEquals(FULL + WILDCARD, Hex.encode(encodeAll(RtcNlris.of(
                RtcNlri.of(65000, ExtendedCommunity.parse("target:65000:100")), RtcNlri.wildcard()), false)));
    }

    static byte[] encodeAll(RtcNlris l, boolean addPath) {
        WireWriter w = new WireWriter();
        l.encodeAll(w, addPath);
        return w.toByteArray();
    }

    @Test
    void decodesTheFields() throws Exception {
        RtcNlris l = decode(FULL + WILDCARD + IP_TARGET + PARTIAL, false);
        assertEquals(4, l.size());
        assertEquals(RtcNlri.IPV4, l.family());
        assertFalse(l.hasPathIds());
        RtcNlri full = l.get(0);
        assertEquals(96, full.length());
        assertEquals(65000, full.originAs());
        assertEquals(65000, l.originAs(0));
        assertEquals("target:65000:100", ExtendedCommunity.format(full.routeTarget()));
        assertEquals("rtc 65000:target:65000:100", full.toString());
        assertTrue(l.get(1).isWildcard());
        assertEquals(0, l.originAs(1));
        assertEquals("rtc wildcard", l.get(1).toString());
        assertEquals("rtc 65001:target:1.2.3.4:7", l.get(2).toString());
        assertEquals(0x4102010203040007L, l.get(2).routeTarget());
        assertEquals("rtc 65000:0x0002/16", l.get(3).toString());
        assertEquals(48, l.length(3));
        assertThrows(IllegalStateException.class, () -> l.get(3).routeTarget());
        assertEquals(13 + 1 + 13 + 7, l.encodedLength(0, false) + l.encodedLength(1, false)
                + l.encodedLength(2, false) + l.encodedLength(3, false));
        assertEquals(FULL + WILDCARD + IP_TARGET + PARTIAL, Hex.encode(encodeAll(l, false)));
        assertEquals("00000000" + FULL + "00000000" + WILDCARD, Hex.encode(encodeAll(decode(FULL + WILDCARD, false),
                true)));
        RtcNlris ids = decode("0000000A" + FULL + "0000000B" + WILDCARD, true);
        assertTrue(ids.hasPathIds());
        assertEquals(10, ids.pathId(0));
        assertEquals(11, ids.get(1).pathId());
        assertEquals(FULL + WILDCARD, Hex.encode(encodeAll(ids, false)));
        assertEquals(0, decode("", false).size());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "01                           | route target prefix length 1, expected 0 or 32 to 96 at byte 0",
        "1F0000FDE8                   | route target prefix length 31, expected 0 or 32 to 96 at byte 0",
        "610000FDE80002FDE80000006400 | route target prefix length 97, expected 0 or 32 to 96 at byte 0",
        "600000FDE80002FDE8000000     | prefix of 96 bits at byte 0 overruns the field",
        "00 200000FD                  | prefix of 32 bits at byte 1 overruns the field",
    })
    void malformedIsInvalidNetworkField(String hex, String why) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(hex.replace(" ", ""), false));
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        assertEquals("invalid " + RtcNlri.IPV4 + " NLRI: " + why, e.getMessage());
    }

    @Test
    void truncatedPathIdentifier() {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode("000000", true));
        assertEquals("invalid " + RtcNlri.IPV4 + " NLRI: truncated entry at byte 0", e.getMessage());
    }

    @Test
    void objectsRefuseInconsistentValues() {
        assertEquals("route target prefix length 20, expected 0 or 32 to 96", assertThrows(
                IllegalArgumentException.class, () -> new RtcNlri(20, new byte[3], 0)).getMessage());
        assertEquals("a route target prefix of 40 bits takes 5 bytes, not 4", assertThrows(
                IllegalArgumentException.class, () -> new RtcNlri(40, new byte[4], 0)).getMessage());
        assertEquals("origin AS -1 is not within 0..4294967295", assertThrows(
                IllegalArgumentException.class, () -> RtcNlri.of(-1, 0)).getMessage());
    }
}
