package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.capability.FourOctetAsCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 4-octet AS (RFC 6793 §3, code 65): AS(4). */
class FourOctetAsCapabilityCodecTest {
    private final FourOctetAsCapabilityCodec codec = new FourOctetAsCapabilityCodec();

    @Test
    void hasCode65() {
        assertEquals(65, codec.code());
    }

    @Test
    void twoByteAs() throws BgpDecodeException {
        assertBothWays(codec, "0000FFFD", new FourOctetAsCapability(65533));
    }

    @Test
    void fourByteAsUpToTheLargest() throws BgpDecodeException {
        assertBothWays(codec, "00030D40", new FourOctetAsCapability(200000));
        assertBothWays(codec, "FFFFFFFF", new FourOctetAsCapability(4294967295L));
        assertBothWays(codec, "80000000", new FourOctetAsCapability(2147483648L));
    }

    @Test
    void asZeroDecodesTheOpenCheckRejectsIt() throws BgpDecodeException {
        assertBothWays(codec, "00000000", new FourOctetAsCapability(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FFFD", "00FFFD", "0000FFFD00", "0000FFFD0000FFFD"})
    void aLengthOtherThan4IsMalformed(String value) {
        assertMalformed(codec, value);
    }
}
