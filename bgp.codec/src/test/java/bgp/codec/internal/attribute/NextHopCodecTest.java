package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.internal.attribute.CodecAssertions.encode;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;
import static bgp.codec.message.Notification.INVALID_NEXT_HOP_ATTRIBUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpEncodeException;
import bgp.codec.ErrorAction;
import bgp.codec.NextHopSelf;
import bgp.codec.attribute.NextHop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextHopCodecTest {
    private final NextHopCodec codec = new NextHopCodec();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0A0A0603", "7F000001", "DFFFFFFF", "F0000001", "01020304"})
    void unicastAddressesAreFourBytes(String hex) throws Exception {
        assertBothWays(codec, hex, AS4, NextHop.of(Integer.parseUnsignedInt(hex, 16)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "0A0A06", "0A0A060300", "00000000000000000000000000000001"})
    void lengthOtherThanFourIsAnAttributeLengthErrorTreatedAsWithdraw(String hex) {
        assertMalformed(codec, hex, AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"00000000", "E0000001", "EFFFFFFF"})
    void unspecifiedOrMulticastIsAnInvalidNextHopTreatedAsWithdraw(String hex) {
        assertMalformed(codec, hex, AS4, INVALID_NEXT_HOP_ATTRIBUTE, ErrorAction.TREAT_AS_WITHDRAW);
    }

    @Test
    void encodingAnUnresolvedSelfThrowsTheSentinelsError() {
        BgpEncodeException e = assertThrows(BgpEncodeException.class, () -> encode(codec, NextHop.SELF, AS4));
        assertEquals(NextHopSelf.IPV4.unresolved().getMessage(), e.getMessage());
    }
}
