package bgp.tools;

import bgp.api.command.internal.json.ExabgpJson;
import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.message.Message;
import bgp.codec.nlri.NlriCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code decode [-f "<afi> <safi>"] [-i] [-n] [-c <conf>] <hex>|-}: BGP messages in hex (spaces and colons ignored; one
 * or more whole messages laid end to end, or an UPDATE without its 19-byte header, as ExaBGP's {@code decode}
 * takes it) printed as ExaBGP's JSON, one line per message, direction {@code in}.
 */
final class DecodeTool {
    static final String USAGE = "decode [-f \"<afi> <safi>\"] [-i] [-n] [-c <configuration>] <hex>|-";
    private static final int HEADER = 19;

    private final ToolContext context;
    private final MessageCodec codec = BuiltinCodecs.codec();
    private final ExabgpJson json;

    DecodeTool(ToolContext context, ExabgpJson json) {
        this.context = context;
        this.json = json;
    }

    /** The JSON lines of the messages in one hex text. */
    List<String> decode(String hex) throws ToolException {
        byte[] bytes;
        try {
            bytes = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new ToolException("invalid hex: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new ToolException("no message given");
        }
        if (!startsWithMarker(bytes, 0)) {
            bytes = withUpdateHeader(bytes);
        }
        List<String> out = new ArrayList<>();
        int p = 0;
        while (p < bytes.length) {
            if (bytes.length - p < HEADER) {
                throw new ToolException("message at byte " + p + ": " + (bytes.length - p)
                        + " bytes left, shorter than a BGP header (19)");
            }
            if (!startsWithMarker(bytes, p)) {
                throw new ToolException("message at byte " + p + ": the marker is not 16 bytes of FF");
            }
            int len = (bytes[p + 16] & 0xFF) << 8 | bytes[p + 17] & 0xFF;
            if (len < HEADER || p + len > bytes.length) {
                throw new ToolException("message at byte " + p + ": length " + len + " but " + (bytes.length - p)
                        + " bytes given");
            }
            byte[] one = Arrays.copyOfRange(bytes, p, p + len);
            Message m;
            try {
                m = codec.decode(one, context.session());
            } catch (BgpDecodeException e) {
                throw new ToolException("message at byte " + p + ": " + e.getMessage() + " (NOTIFICATION "
                        + e.code() + "/" + e.subcode() + ")");
            }
            out.add(json.message(context.peer(), ExabgpJson.IN, m, null));
            p += len;
        }
        return out;
    }

    /**
     * With {@code -n}: the hex is one NLRI field of {@code family} (ExaBGP's {@code nlri} decoding vectors); its
     * routes as ExaBGP prints them, one object (an array when there are several).
     */
    String decodeNlri(String hex, Family family, boolean addPath) throws ToolException {
        byte[] bytes;
        try {
            bytes = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new ToolException("invalid hex: " + e.getMessage());
        }
        NlriCodec nlri = NlriCodecs.builtin(family);
        if (nlri == null) {
            throw new ToolException("no NLRI codec for " + family);
        }
        try {
            return ExabgpJson.nlri(nlri.decode(bytes, 0, bytes.length, addPath));
        } catch (BgpDecodeException e) {
            throw new ToolException(e.getMessage() + " (NOTIFICATION " + e.code() + "/" + e.subcode() + ")");
        }
    }

    private static boolean startsWithMarker(byte[] b, int off) {
        if (b.length - off < 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            if (b[off + i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withUpdateHeader(byte[] body) throws ToolException {
        int len = body.length + HEADER;
        if (len > 0xFFFF) {
            throw new ToolException("UPDATE body of " + body.length + " bytes is too long for one message");
        }
        byte[] m = new byte[len];
        Arrays.fill(m, 0, 16, (byte) 0xFF);
        m[16] = (byte) (len >>> 8);
        m[17] = (byte) len;
        m[18] = Message.TYPE_UPDATE;
        System.arraycopy(body, 0, m, HEADER, body.length);
        return m;
    }
}
