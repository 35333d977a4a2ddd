package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;
import static bgp.codec.message.Notification.INVALID_ORIGIN_ATTRIBUTE;

import bgp.codec.ErrorAction;
import bgp.codec.attribute.Origin;
import org.junit.jupiter.api.Test;

class OriginCodecTest {
    private final OriginCodec codec = new OriginCodec();

    @Test
    void igpEgpIncompleteAreOneByte() throws Exception {
        assertBothWays(codec, "00", AS4, Origin.IGP);
        assertBothWays(codec, "01", AS4, Origin.EGP);
        assertBothWays(codec, "02", AS4, Origin.INCOMPLETE);
    }

    @Test
    void wrongLengthIsAnAttributeLengthErrorTreatedAsWithdraw() {
        assertMalformed(codec, "", AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW);
        assertMalformed(codec, "0000", AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW);
    }

    @Test
    void undefinedValueIsAnInvalidOriginTreatedAsWithdraw() {
        assertMalformed(codec, "03", AS4, INVALID_ORIGIN_ATTRIBUTE, ErrorAction.TREAT_AS_WITHDRAW);
        assertMalformed(codec, "FF", AS4, INVALID_ORIGIN_ATTRIBUTE, ErrorAction.TREAT_AS_WITHDRAW);
    }
}
