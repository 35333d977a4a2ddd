package bgp.codec.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message layer: header checks, OPEN, NOTIFICATION, KEEPALIVE, ROUTE-REFRESH, exact bytes both ways. */
class MessageLayerTest {
    static final String MARKER = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    final MessageCodec codec = BuiltinCodecs.codec();
    final OpenContext ctx = OpenContext.builder().build();

    static byte[] hex(String s) {
        return Hex.decode(s);
    }

    BgpDecodeException decodeError(String hex) {
        return decodeError(hex, ctx);
    }

    BgpDecodeException decodeError(String hex, OpenContext c) {
        return assertThrows(BgpDecodeException.class, () -> codec.decode(hex(hex), c));
    }

    void assertError(BgpDecodeException e, int code, int subcode, String data, ErrorAction action) {
        assertEquals(code + "/" + subcode + " " + data + " " + action,
                e.code() + "/" + e.subcode() + " " + Hex.encode(e.data()) + " " + e.action(), e.getMessage());
    }

    @Test
    void keepaliveBothWays() throws Exception {
        byte[] wire = hex(MARKER + "001304");
        assertInstanceOf(Keepalive.class, codec.decode(wire, ctx));
        assertArrayEquals(wire, codec.encode(Keepalive.INSTANCE, ctx));
    }

    @Test
    void markerNotAllOnesIsConnectionNotSynchronized() {
        assertError(decodeError("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00001304"), 1, 1, "", ErrorAction.SESSION_RESET);
    }

    @Test
    void badLengthsAreBadMessageLengthWithTheLengthField() {
        assertError(decodeError(MARKER + "001204"), 1, 2, "0012", ErrorAction.SESSION_RESET);
        assertError(decodeError(MARKER + "00140400"), 1, 2, "0014", ErrorAction.SESSION_RESET);
        assertError(decodeError(MARKER + "00160500010001"), 1, 2, "0016", ErrorAction.SESSION_RESET);
        assertError(decodeError(MARKER + "00140300"), 1, 2, "0014", ErrorAction.SESSION_RESET);
        // an UPDATE longer than 4096 without extended message
        byte[] big = new byte[4097];
        System.arraycopy(hex(MARKER + "100102"), 0, big, 0, 19);
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> codec.decode(big, ctx));
        assertError(e, 1, 2, "1001", ErrorAction.SESSION_RESET);
    }

    @Test
    void extendedMessageAllowsLargeUpdates() throws Exception {
        OpenContext ext = OpenContext.builder().extendedMessage(true).build();
        // 5000-byte UPDATE: no withdrawn, no attributes ... would need NLRI: fill with /32 prefixes (5 bytes each)
        int prefixes = (5000 - 23) / 5;
        int len = 23 + prefixes * 5;
        byte[] m = new byte[len];
        System.arraycopy(hex(MARKER), 0, m, 0, 16);
        m[16] = (byte) (len >>> 8);
        m[17] = (byte) len;
        m[18] = 2;
        // attributes: none -> the UPDATE is treat-as-withdraw (missing mandatory) but decodes
        for (int i = 0; i < prefixes; i++) {
            int p = 23 + 5 * i;
            m[p] = 32;
            m[p + 1] = 10;
            m[p + 4] = (byte) i;
        }
        Update u = (Update) codec.decode(m, ext);
        assertEquals(prefixes, u.nlri().size());
        assertEquals(ErrorAction.TREAT_AS_WITHDRAW, u.action());
        assertThrows(BgpDecodeException.class, () -> codec.decode(m, ctx));
        BgpEncodeException tooBig = assertThrows(BgpEncodeException.class, () -> codec.encode(u, ctx));
        assertEquals("update of " + len + " bytes exceeds the maximum message size 4096", tooBig.getMessage());
        assertArrayEquals(m, codec.encode(u, ext));
    }

    @Test
    void unknownTypeIsBadMessageTypeWithTheType() {
        assertError(decodeError(MARKER + "001306"), 1, 3, "06", ErrorAction.SESSION_RESET);
    }

    @Test
    void checkHeaderReturnsTheLength() throws Exception {
        assertEquals(19, codec.checkHeader(hex(MARKER + "001304"), 0, 4096));
        assertEquals(0x31, codec.checkHeader(hex("00" + MARKER + "003101"), 1, 4096));
    }

    /** ExaBGP's default OPEN (EXABGP.md): iBGP AS 65533, hold 180, id 10.0.0.2, one capability per parameter. */
    static final String EXABGP_OPEN = MARKER + "003101" + "04FFFD00B40A00000214" + "0206010400010001"
            + "020641040000FFFD" + "02020600";

    @Test
    void exabgpDefaultOpenDecodesAndEncodesBack() throws Exception {
        Open open = (Open) codec.decode(hex(EXABGP_OPEN), ctx);
        assertEquals(4, open.version());
        assertEquals(65533, open.myAutonomousSystem());
        assertEquals(65533L, open.asn());
        assertEquals(180, open.holdTime());
        assertEquals(0x0A000002, open.bgpIdentifier());
        assertEquals(3, open.parameters().size());
        assertEquals(List.of(1, 65, 6), open.capabilities().stream().map(c -> c.code()).toList());
        assertEquals(EXABGP_OPEN, Hex.encode(codec.encode(open, ctx)));
    }

    @Test
    void openErrors() {
        // version 3 -> 2/1 with the highest supported version as data
        assertError(decodeError(MARKER + "001D01" + "03FFFD00B40A00000200"), 2, 1, "0004", ErrorAction.SESSION_RESET);
        // hold time 2 -> 2/6
        assertError(decodeError(MARKER + "001D01" + "04FFFD00020A00000200"), 2, 6, "", ErrorAction.SESSION_RESET);
        // identifier 0 -> 2/3
        assertError(decodeError(MARKER + "001D01" + "04FFFD00B40000000000"), 2, 3, "", ErrorAction.SESSION_RESET);
        // unknown optional parameter type 1 -> 2/4
        assertError(decodeError(MARKER + "002001" + "04FFFD00B40A00000203" + "0101AA"), 2, 4, "",
                ErrorAction.SESSION_RESET);
        // parameter length overruns
        assertError(decodeError(MARKER + "002001" + "04FFFD00B40A00000203" + "0205AA"), 2, 0, "",
                ErrorAction.SESSION_RESET);
        // optional parameters length disagrees with the message
        assertError(decodeError(MARKER + "002001" + "04FFFD00B40A00000204" + "020100"), 2, 0, "",
                ErrorAction.SESSION_RESET);
        // capability overruns its parameter
        assertError(decodeError(MARKER + "002101" + "04FFFD00B40A00000204" + "02024104"), 2, 0, "4104",
                ErrorAction.SESSION_RESET);
    }

    @Test
    void openWithExtendedOptionalParameterLengthRfc9072() throws Exception {
        // 300 bytes of unknown capability 200 force 2-byte parameter lengths
        StringBuilder cap = new StringBuilder();
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            cap.setLength(0);
            cap.append("C864");
            cap.append("AB".repeat(100));
            params.append("02").append(String.format("%04X", 102)).append(cap);
        }
        int paramsLength = 3 * 105;
        String body = "04FFFD00B40A000002" + "FF" + "FF" + String.format("%04X", paramsLength) + params;
        String msg = MARKER + String.format("%04X", 19 + body.length() / 2) + "01" + body;
        Open open = (Open) codec.decode(hex(msg), ctx);
        assertEquals(3, open.capabilities().size());
        assertEquals(msg, Hex.encode(codec.encode(open, ctx)));
    }

    @Test
    void notificationWithShutdownCommunication() throws Exception {
        Notification n = Notification.shutdown(Notification.ADMINISTRATIVE_SHUTDOWN, "maintenance");
        byte[] wire = codec.encode(n, ctx);
        assertEquals(MARKER + "00210306020B6D61696E74656E616E6365", Hex.encode(wire));
        Notification back = (Notification) codec.decode(wire, ctx);
        assertEquals(n, back);
        assertEquals("maintenance", back.communication().orElseThrow());
        assertEquals("Cease / Administrative shutdown", back.description());
    }

    @Test
    void notificationNames() {
        assertEquals("UPDATE message error / Malformed AS_PATH", new Notification(3, 11).description());
        assertEquals("Cease / Peer de-configured", new Notification(6, 3).description());
        assertEquals("OPEN message error / Role mismatch", new Notification(2, 11).description());
        assertEquals("Unknown error code 9 / Unknown subcode 1", new Notification(9, 1).description());
    }

    @Test
    void shutdownCommunicationIsCutAtACharacterBoundary() {
        String text = "é".repeat(200); // 400 UTF-8 bytes
        Notification n = Notification.shutdown(Notification.ADMINISTRATIVE_RESET, text);
        assertEquals(254, n.data()[0] & 0xFF);
        assertEquals("é".repeat(127), n.communication().orElseThrow());
    }

    @Test
    void routeRefreshWithSubtypes() throws Exception {
        byte[] wire = hex(MARKER + "00170500020180");
        RouteRefresh rr = (RouteRefresh) codec.decode(wire, ctx);
        assertEquals(new RouteRefresh(Family.IPV6_MPLS_VPN, RouteRefresh.BEGIN), rr);
        assertArrayEquals(wire, codec.encode(rr, ctx));
        assertEquals(MARKER + "00170500010001", Hex.encode(codec.encode(RouteRefresh.request(Family.IPV4_UNICAST), ctx)));
    }

    @Test
    void routeRefreshBadLengthWithEnhancedRouteRefreshIsRfc7313Error() {
        OpenContext enhanced = OpenContext.builder().enhancedRouteRefresh(true).build();
        String msg = MARKER + "0018050001000100";
        assertError(decodeError(msg, enhanced), 7, 1, msg, ErrorAction.SESSION_RESET);
        assertError(decodeError(msg), 1, 2, "0018", ErrorAction.SESSION_RESET);
    }

    @Test
    void decodeRejectsALengthFieldThatDisagreesWithTheFrame() {
        assertError(decodeError(MARKER + "00140400"), 1, 2, "0014", ErrorAction.SESSION_RESET);
        BgpDecodeException e = assertThrows(BgpDecodeException.class,
                () -> codec.decode(hex(MARKER + "00130400"), ctx));
        assertEquals(1, e.code());
        assertTrue(e.getMessage().contains("19 but 20 bytes"), e.getMessage());
    }

    @Test
    void everyTypeNameIsExabgps() {
        assertEquals("open update notification keepalive route-refresh",
                String.join(" ", List.of(1, 2, 3, 4, 5).stream().map(Message::typeName).toList()));
    }
}
