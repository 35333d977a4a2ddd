package bgp.codec.internal.capability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.message.Notification;

/** Shared assertions: decode a value given in hex, encode a capability to hex, expect a malformed value. */
final class CapabilityTesting {
    /** Bytes put before and after the value, so codecs are tested away from the array's edges. */
    private static final byte[] PAD = {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE};

    private CapabilityTesting() {
    }

    /** Decode a value (hex), placed in the middle of a larger array. */
    static Capability decode(CapabilityCodec codec, String valueHex) throws BgpDecodeException {
        byte[] value = Hex.decode(valueHex);
        byte[] buf = new byte[PAD.length + value.length + PAD.length];
        System.arraycopy(PAD, 0, buf, 0, PAD.length);
        System.arraycopy(value, 0, buf, PAD.length, value.length);
        System.arraycopy(PAD, 0, buf, PAD.length + value.length, PAD.length);
        return codec.decode(buf, PAD.length, value.length);
    }

    /** The value bytes a codec writes, in hex; also checks that it appends after what the writer holds. */
    static String encode(CapabilityCodec codec, Capability capability) {
        WireWriter out = new WireWriter(16);
        out.writeByte(0xAA);
        codec.encode(capability, out);
        byte[] all = out.toByteArray();
        assertEquals((byte) 0xAA, all[0], "encode must append, not overwrite");
        return Hex.encode(all, 1, all.length - 1);
    }

    /** {@code valueHex} decodes to {@code expected}, and {@code expected} encodes to {@code valueHex}. */
    static void assertBothWays(CapabilityCodec codec, String valueHex, Capability expected) throws BgpDecodeException {
        assertEquals(expected, decode(codec, valueHex), "decode " + valueHex);
        assertEquals(normalize(valueHex), encode(codec, expected), "encode " + expected);
    }

    /**
     * The value is rejected with OPEN Message Error / Unspecific, session reset, the capability TLV as data and a
     * message naming the capability; returns the exception for further checks.
     */
    static BgpDecodeException assertMalformed(CapabilityCodec codec, String valueHex) {
        byte[] value = Hex.decode(valueHex);
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(codec, valueHex),
                "malformed value " + valueHex);
        assertEquals(Notification.OPEN_MESSAGE_ERROR, e.code(), "code");
        assertEquals(0, e.subcode(), "subcode");
        assertEquals(ErrorAction.SESSION_RESET, e.action(), "action");
        byte[] tlv = new byte[value.length + 2];
        tlv[0] = (byte) codec.code();
        tlv[1] = (byte) value.length;
        System.arraycopy(value, 0, tlv, 2, value.length);
        assertArrayEquals(tlv, e.data(), "data is the capability TLV");
        String name = ((AbstractCapabilityCodec<?>) codec).name();
        assertTrue(e.getMessage().startsWith(name + " capability (" + codec.code() + "): "),
                "message names the capability: " + e.getMessage());
        return e;
    }

    static String normalize(String hex) {
        return Hex.encode(Hex.decode(hex));
    }
}
