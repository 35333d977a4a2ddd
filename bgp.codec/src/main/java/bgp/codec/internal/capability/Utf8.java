package bgp.codec.internal.capability;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for the text capabilities: malformed input is reported, never replaced. */
final class Utf8 {
    private Utf8() {
    }

    /** The text of {@code len} bytes at {@code off}, or {@code null} when they are not well-formed UTF-8. */
    static String decodeOrNull(byte[] buf, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(buf, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static byte[] encode(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
