package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS2;
import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.internal.attribute.CodecAssertions.encode;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.ErrorAction;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.AtomicAggregate;
import org.junit.jupiter.api.Test;

class AggregatorCodecsTest {
    private final AggregatorCodec aggregator = new AggregatorCodec();
    private final As4AggregatorCodec as4Aggregator = new As4AggregatorCodec();
    private final AtomicAggregateCodec atomic = new AtomicAggregateCodec();

    @Test
    void aggregatorIsEightBytesOnFourOctetSessions() throws Exception {
        assertBothWays(aggregator, "FA56EA00 0A000001", AS4, new Aggregator(4200000000L, 0x0A000001));
    }

    @Test
    void aggregatorIsSixBytesOnTwoOctetSessionsWithAsTrans() throws Exception {
        assertBothWays(aggregator, "FDE8 0A000001", AS2, new Aggregator(65000, 0x0A000001));
        assertEquals("5BA00A000001", encode(aggregator, new Aggregator(4200000000L, 0x0A000001), AS2));
    }

    @Test
    void aggregatorOfTheOtherSizeIsAnAttributeLengthErrorDiscarded() {
        assertMalformed(aggregator, "FDE8 0A000001", AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
        assertMalformed(aggregator, "0000FDE8 0A000001", AS2, ATTRIBUTE_LENGTH_ERROR,
                ErrorAction.ATTRIBUTE_DISCARD);
        assertMalformed(aggregator, "", AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
    }

    @Test
    void aggregatorWithAsZeroIsDiscarded() {
        assertMalformed(aggregator, "0000 0A000001", AS2, OPTIONAL_ATTRIBUTE_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
        assertMalformed(aggregator, "00000000 0A000001", AS4, OPTIONAL_ATTRIBUTE_ERROR,
                ErrorAction.ATTRIBUTE_DISCARD);
    }

    @Test
    void as4AggregatorIsEightBytesWhateverTheSession() throws Exception {
        assertBothWays(as4Aggregator, "FA56EA00 01020304", AS2, new As4Aggregator(4200000000L, 0x01020304));
        assertMalformed(as4Aggregator, "FDE8 01020304", AS2, ATTRIBUTE_LENGTH_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
        assertMalformed(as4Aggregator, "00000000 01020304", AS2, OPTIONAL_ATTRIBUTE_ERROR,
                ErrorAction.ATTRIBUTE_DISCARD);
    }

    @Test
    void atomicAggregateHasNoValue() throws Exception {
        assertBothWays(atomic, "", AS4, AtomicAggregate.INSTANCE);
        assertMalformed(atomic, "00", AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.ATTRIBUTE_DISCARD);
    }
}
