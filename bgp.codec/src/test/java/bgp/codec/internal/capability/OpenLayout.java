package bgp.codec.internal.capability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: the capability TLVs of a whole OPEN message (RFC 4271 §4.2, RFC 5492 §4), without the real OPEN
 * codec. Layout after the 19-byte header: version(1) AS(2) hold(2) id(4) opt-len(1), then parameters
 * type(1) len(1) value; a parameter of type 2 holds capabilities code(1) len(1) value. RFC 9072's extended form
 * (opt-len 255, then type 255 and a 2-byte length, parameters with 2-byte lengths) is read too. Any framing fault
 * is an {@link IllegalArgumentException}: the conformance data is expected to be well-formed.
 */
final class OpenLayout {
    static final int HEADER = 19;
    static final int TYPE_OPEN = 1;
    private static final int PARAM_CAPABILITIES = 2;

    /** One capability TLV: where its value starts in the message, and a copy of the value. */
    record Tlv(int code, int valueOffset, byte[] value) {
        @Override
        public String toString() {
            return "capability " + code + " " + bgp.codec.Hex.encode(value);
        }
    }

    private OpenLayout() {
    }

    /** The capabilities of every type-2 parameter, in order. */
    static List<Tlv> capabilities(byte[] message) {
        check(message.length >= HEADER + 10, "shorter than an OPEN");
        for (int i = 0; i < 16; i++) {
            check(message[i] == (byte) 0xFF, "marker not all ones");
        }
        int length = u16(message, 16);
        check(length == message.length, "header length " + length + " but " + message.length + " bytes");
        check(message[18] == TYPE_OPEN, "not an OPEN: type " + message[18]);
        int p = HEADER + 9;
        int optLength = message[p++] & 0xFF;
        boolean extended = false;
        if (optLength == 255 && p < message.length && (message[p] & 0xFF) == 255) {
            check(p + 3 <= message.length, "truncated extended parameters length");
            optLength = u16(message, p + 1);
            p += 3;
            extended = true;
        }
        int end = p + optLength;
        check(end == message.length, "optional parameters end at " + end + " but the message at " + message.length);
        List<Tlv> out = new ArrayList<>();
        while (p < end) {
            int headerSize = extended ? 3 : 2;
            check(p + headerSize <= end, "truncated parameter header at " + p);
            int type = message[p] & 0xFF;
            int len = extended ? u16(message, p + 1) : message[p + 1] & 0xFF;
            p += headerSize;
            check(p + len <= end, "parameter " + type + " overruns");
            if (type == PARAM_CAPABILITIES) {
                int q = p;
                while (q < p + len) {
                    check(q + 2 <= p + len, "truncated capability header at " + q);
                    int code = message[q] & 0xFF;
                    int clen = message[q + 1] & 0xFF;
                    check(q + 2 + clen <= p + len, "capability " + code + " overruns its parameter");
                    out.add(new Tlv(code, q + 2, Arrays.copyOfRange(message, q + 2, q + 2 + clen)));
                    q += 2 + clen;
                }
            }
            p += len;
        }
        return out;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("malformed OPEN: " + what);
        }
    }
}
