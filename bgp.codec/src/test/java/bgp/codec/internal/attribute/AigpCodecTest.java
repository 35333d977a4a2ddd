package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.internal.attribute.CodecAssertions.decode;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.attribute.Aigp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AigpCodecTest {
    private final AigpCodec codec = new AigpCodec();

    @Test
    void aigpTlvCarriesAnEightByteMetric() throws Exception {
        assertBothWays(codec, "01000B 0000000000000064", AS4, Aigp.of(100));
        assertEquals(-1L, ((Aigp) decode(codec, "01000BFFFFFFFFFFFFFFFF", AS4)).metric());
    }

    @Test
    void otherTlvsAreKeptAsBytes() throws Exception {
        String hex = "02000501FF 01000B 00000000000003E8";
        Aigp aigp = Aigp.wrap(Hex.decode(hex.replace(" ", "")));
        assertBothWays(codec, hex, AS4, aigp);
        assertEquals(1000, aigp.metric());
        assertFalse(((Aigp) decode(codec, "020003", AS4)).hasMetric());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",                            // no TLV
        "0100",                        // truncated TLV header
        "01000A 00000000000064",       // AIGP TLV of length 10
        "01000C 000000000000006400",   // AIGP TLV of length 12
        "020002",                      // TLV length below its header
        "020009 0000",                 // TLV beyond the attribute
        "01000B 0000000000000064 01",  // trailing byte
    })
    void malformedIsAnOptionalAttributeErrorDiscarded(String hex) {
        assertMalformed(codec, hex, AS4, OPTIONAL_ATTRIBUTE_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
    }
}
