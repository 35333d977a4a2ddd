package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS2;
import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;

import bgp.codec.ErrorAction;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.Otc;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourOctetCodecsTest {
    @Test
    void medIsAnUnsigned32BitNumber() throws Exception {
        assertBothWays(new MedCodec(), "000000C8", AS4, new Med(200));
        assertBothWays(new MedCodec(), "FFFFFFFF", AS4, new Med(4294967295L));
    }

    @Test
    void localPrefIsAnUnsigned32BitNumber() throws Exception {
        assertBothWays(new LocalPrefCodec(), "00000064", AS4, new LocalPref(100));
        assertBothWays(new LocalPrefCodec(), "80000000", AS4, new LocalPref(2147483648L));
    }

    @Test
    void originatorIdIsAnAddress() throws Exception {
        assertBothWays(new OriginatorIdCodec(), "0A00630C", AS4, OriginatorId.parse("10.0.99.12"));
    }

    @Test
    void otcIsAFourOctetAsWhateverTheSession() throws Exception {
        assertBothWays(new OtcCodec(), "FA56EA00", AS2, new Otc(4200000000L));
        assertBothWays(new OtcCodec(), "0000FDE8", AS4, new Otc(65000));
    }

    @Test
    void lengthOtherThanFourIsAnAttributeLengthErrorTreatedAsWithdraw() {
        for (AttributeCodec codec : List.of(new MedCodec(), new LocalPrefCodec(), new OriginatorIdCodec(),
                new OtcCodec())) {
            for (String hex : List.of("", "000064", "0000000064")) {
                assertMalformed(codec, hex, AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW);
            }
        }
    }
}
