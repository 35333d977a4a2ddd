package bgp.codec.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.message.Notification;

/** Decoding and encoding one attribute value as the attribute table does, with exact-bytes assertions. */
final class CodecAssertions {
    /** A session with 4-octet AS numbers. */
    static final OpenContext AS4 = OpenContext.builder().localAs(65000).peerAs(65001).asn4(true).build();
    /** A session with an OLD speaker: 2-octet AS numbers. */
    static final OpenContext AS2 = OpenContext.builder().localAs(65000).peerAs(65001).asn4(false).build();

    private CodecAssertions() {
    }

    /** Decodes the value given in hex, placed inside a larger frame (the codec must keep to its bounds). */
    static Attribute decode(AttributeCodec codec, String hex, OpenContext context) throws BgpDecodeException {
        byte[] value = Hex.decode(hex);
        byte[] frame = new byte[value.length + 7];
        java.util.Arrays.fill(frame, (byte) 0xEE);
        System.arraycopy(value, 0, frame, 4, value.length);
        return codec.decode(frame, 4, value.length, codec.flags(), context);
    }

    /** The bytes the codec writes for the value (after what the table already wrote). */
    static String encode(AttributeCodec codec, Attribute attribute, OpenContext context) {
        WireWriter out = new WireWriter(16);
        out.writeByte(0xC0).writeByte(codec.typeCode()).writeByte(0);
        codec.encode(attribute, context, out);
        return Hex.encode(out.copyFrom(3));
    }

    /** The value decodes to {@code expected}, and {@code expected} encodes to exactly the value. */
    static void assertBothWays(AttributeCodec codec, String hex, OpenContext context, Attribute expected)
            throws BgpDecodeException {
        String normal = hex.replace(" ", "").toUpperCase();
        assertEquals(expected, decode(codec, normal, context), "decode " + normal);
        assertEquals(normal, encode(codec, expected, context), "encode " + expected);
    }

    /** Decoding throws an UPDATE Message Error with the subcode and RFC 7606 action, and no data of its own. */
    static BgpDecodeException assertMalformed(AttributeCodec codec, String hex, OpenContext context, int subcode,
                                              ErrorAction action) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class,
                () -> decode(codec, hex.replace(" ", ""), context), "decoding " + hex);
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code(), e.toString());
        assertEquals(subcode, e.subcode(), e.toString());
        assertEquals(action, e.action(), e.toString());
        assertEquals(action, codec.malformedAction(), "the codec's declared action");
        assertArrayEquals(new byte[0], e.data(), "the table fills the data in");
        return e;
    }
}
