package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS2;
import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;

import bgp.codec.ErrorAction;
import bgp.codec.attribute.As4Path;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AsPath.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class As4PathCodecTest {
    private final As4PathCodec codec = new As4PathCodec();

    @Test
    void alwaysFourOctetAsns() throws Exception {
        As4Path path = new As4Path(AsPath.sequence(65000, 4200000000L));
        assertBothWays(codec, "0202 0000FDE8 FA56EA00", AS2, path);
        assertBothWays(codec, "0202 0000FDE8 FA56EA00", AS4, path);
    }

    @Test
    void confederationSegmentsAreKeptAsReceived() throws Exception {
        assertBothWays(codec, "0301 0000FC00 0201 FA56EA00", AS2, new As4Path(AsPath.of(
                Segment.of(AsPath.AS_CONFED_SEQUENCE, 64512), Segment.of(AsPath.AS_SEQUENCE, 4200000000L))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"00 01 0000FDE8", "02 00", "02 02 0000FDE8", "02", "02 01 FDE8", "02 01 00000000"})
    void malformedIsAnOptionalAttributeErrorDiscarded(String hex) {
        assertMalformed(codec, hex, AS2, OPTIONAL_ATTRIBUTE_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
    }
}
