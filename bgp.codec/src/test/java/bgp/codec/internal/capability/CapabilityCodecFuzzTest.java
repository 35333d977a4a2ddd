package bgp.codec.internal.capability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.message.Notification;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random values into every codec (seeded, so a failure repeats): a decode either succeeds and re-encodes to the
 * same bytes, or throws an OPEN Message Error; nothing else escapes.
 */
class CapabilityCodecFuzzTest {
    private static final long SEED = 0x5EED_CAB5L;
    private static final int ROUNDS = 20_000;

    @Test
    void randomValuesDecodeAndReencodeOrAreRejected() {
        SplittableRandom random = new SplittableRandom(SEED);
        int decoded = 0;
        int rejected = 0;
        for (CapabilityCodec codec : CapabilityCodecs.builtin()) {
            for (int i = 0; i < ROUNDS; i++) {
                // short values mostly (where the structure is), sometimes up to the 255-byte maximum
                int len = random.nextInt(8) == 0 ? random.nextInt(256) : random.nextInt(24);
                byte[] buf = new byte[len + 4];
                random.nextBytes(buf);
                // bias length bytes towards plausible values, so the text capabilities get past their framing
                if (len > 0 && random.nextBoolean()) {
                    buf[2] = (byte) random.nextInt(len);
                }
                try {
                    Capability c = codec.decode(buf, 2, len);
                    decoded++;
                    WireWriter out = new WireWriter(8);
                    codec.encode(c, out);
                    byte[] expected = Arrays.copyOfRange(buf, 2, 2 + len);
                    if (c instanceof MultiprotocolCapability) {
                        expected[2] = 0; // reserved: ignored on receipt, sent as 0
                    }
                    assertArrayEquals(expected, out.toByteArray(), () -> "re-encode of " + Hex.encode(buf, 2, len)
                            + " by codec " + codec.code());
                } catch (BgpDecodeException e) {
                    rejected++;
                    assertEquals(Notification.OPEN_MESSAGE_ERROR, e.code());
                    assertEquals(0, e.subcode());
                } catch (RuntimeException e) {
                    fail("codec " + codec.code() + " threw " + e + " for " + Hex.encode(buf, 2, len), e);
                }
            }
        }
        // both outcomes were exercised
        assertEquals(true, decoded > 1000 && rejected > 1000, "decoded " + decoded + ", rejected " + rejected);
    }
}
