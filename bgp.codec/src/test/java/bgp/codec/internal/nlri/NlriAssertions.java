package bgp.codec.internal.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/** Shared checks of the NLRI codec tests: exact bytes both ways and the exact error. */
final class NlriAssertions {
    private NlriAssertions() {
    }

    static byte[] hex(String s) {
        return Hex.decode(s);
    }

    /** Decode a hex field placed inside a larger buffer (so offsets are honoured). */
    static NlriList decode(NlriCodec codec, String field, boolean addPath) throws BgpDecodeException {
        byte[] f = hex(field);
        byte[] buf = new byte[f.length + 7];
        java.util.Arrays.fill(buf, (byte) 0xEE);
        System.arraycopy(f, 0, buf, 3, f.length);
        NlriList list = codec.decode(buf, 3, f.length, addPath);
        assertEquals(codec.family(), list.family());
        return list;
    }

    static String encodeAll(NlriList list, boolean addPath) {
        WireWriter w = new WireWriter(16);
        list.encodeAll(w, addPath);
        return Hex.encode(w.toByteArray());
    }

    static String encode(NlriList list, int i, boolean addPath) {
        WireWriter w = new WireWriter(16);
        list.encode(i, w, addPath);
        assertEquals(w.position(), list.encodedLength(i, addPath), "encodedLength of entry " + i);
        return Hex.encode(w.toByteArray());
    }

    /** Decodes, re-encodes in the same mode to the same bytes entry by entry and at once; returns the list. */
    static NlriList roundTrip(NlriCodec codec, String field, boolean addPath) throws BgpDecodeException {
        NlriList list = decode(codec, field, addPath);
        String expected = Hex.encode(hex(field));
        assertEquals(expected, encodeAll(list, addPath));
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            each.append(encode(list, i, addPath));
        }
        assertEquals(expected, each.toString());
        assertEquals(list, decode(codec, field, addPath));
        assertEquals(list.hashCode(), decode(codec, field, addPath).hashCode());
        return list;
    }

    /** The field is rejected with UPDATE Message Error / Invalid Network Field, session reset, and the reason. */
    static BgpDecodeException assertInvalid(NlriCodec codec, String field, boolean addPath, String reason) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(codec, field, addPath));
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        assertEquals(ErrorAction.SESSION_RESET, e.action());
        assertEquals(0, e.data().length);
        assertTrue(e.getMessage().contains(reason), () -> "'" + e.getMessage() + "' should say '" + reason + "'");
        assertTrue(e.getMessage().startsWith("invalid " + codec.family() + " NLRI: "), e.getMessage());
        return e;
    }
}
