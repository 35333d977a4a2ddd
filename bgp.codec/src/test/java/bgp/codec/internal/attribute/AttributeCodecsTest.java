package bgp.codec.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.message.Notification;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AttributeCodecsTest {
    private static final int O = Attribute.FLAG_OPTIONAL;
    private static final int T = Attribute.FLAG_TRANSITIVE;
    private static final ErrorAction TAW = ErrorAction.TREAT_AS_WITHDRAW;
    private static final ErrorAction DISCARD = ErrorAction.ATTRIBUTE_DISCARD;

    private record Entry(int flags, ErrorAction action) {
    }

    /** RFC 4271 §5 flags and the RFC 7606 (and RFC 6793, 7311, 8092, 9234) action of every built-in attribute. */
    private static final Map<Integer, Entry> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry(1, new Entry(T, TAW)),
            Map.entry(2, new Entry(T, TAW)),
            Map.entry(3, new Entry(T, TAW)),
            Map.entry(4, new Entry(O, TAW)),
            Map.entry(5, new Entry(T, TAW)),
            Map.entry(6, new Entry(T, DISCARD)),
            Map.entry(7, new Entry(O | T, DISCARD)),
            Map.entry(8, new Entry(O | T, TAW)),
            Map.entry(9, new Entry(O, TAW)),
            Map.entry(10, new Entry(O, TAW)),
            Map.entry(16, new Entry(O | T, TAW)),
            Map.entry(17, new Entry(O | T, DISCARD)),
            Map.entry(18, new Entry(O | T, DISCARD)),
            Map.entry(22, new Entry(O | T, TAW)),
            Map.entry(23, new Entry(O | T, TAW)),
            Map.entry(25, new Entry(O | T, TAW)),
            Map.entry(26, new Entry(O, DISCARD)),
            Map.entry(29, new Entry(O, DISCARD)),
            Map.entry(32, new Entry(O | T, TAW)),
            Map.entry(35, new Entry(O | T, TAW)),
            Map.entry(40, new Entry(O | T, TAW))));

    @Test
    void builtinTableHasOneCodecPerAttributeWithItsFlagsAndAction() {
        Map<Integer, Entry> actual = new TreeMap<>();
        for (AttributeCodec c : AttributeCodecs.builtin()) {
            if (actual.put(c.typeCode(), new Entry(c.flags(), c.malformedAction())) != null) {
                fail("two codecs for " + c.typeCode());
            }
        }
        assertEquals(TABLE, actual);
    }

    /**
     * Any bytes either decode to a value of the codec's type that encodes back to exactly those bytes, or throw
     * an UPDATE Message Error with the codec's action; nothing else escapes.
     */
    @Test
    void anyInputDecodesAndReencodesExactlyOrFailsWithTheCodecsAction() {
        Random random = new Random(4271);
        OpenContext[] contexts = {CodecAssertions.AS2, CodecAssertions.AS4};
        for (AttributeCodec codec : AttributeCodecs.builtin()) {
            int decoded = 0;
            for (int i = 0; i < 20000; i++) {
                int len = random.nextInt(i < 10000 ? 13 : 41);
                byte[] frame = new byte[len + 4];
                random.nextBytes(frame);
                if (random.nextBoolean() && len >= 2) {
                    // bias towards plausible headers: AS path segment / TLV
                    frame[2] = (byte) (1 + random.nextInt(4));
                    frame[3] = (byte) random.nextInt(4);
                }
                OpenContext context = contexts[i & 1];
                try {
                    Attribute a = codec.decode(frame, 2, len, codec.flags(), context);
                    assertNotNull(a);
                    assertEquals(codec.typeCode(), a.typeCode());
                    WireWriter out = new WireWriter(8);
                    codec.encode(a, context, out);
                    assertEquals(Hex.encode(frame, 2, len), Hex.encode(out.toByteArray()),
                            codec + " re-encodes what it decoded");
                    decoded++;
                } catch (BgpDecodeException e) {
                    assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
                    assertEquals(codec.malformedAction(), e.action(), e.toString());
                } catch (RuntimeException e) {
                    fail(codec + " threw " + e + " for " + Hex.encode(frame, 2, len));
                }
            }
            // AIGP and Tunnel Encapsulation need a 2-byte length that random bytes rarely give
            // (TunnelEncapsulationFuzzTest decodes seeded values)
            assertTrue(decoded > 0 || codec.typeCode() == 26 || codec.typeCode() == 23,
                    codec + " decoded nothing at all");
        }
    }
}
