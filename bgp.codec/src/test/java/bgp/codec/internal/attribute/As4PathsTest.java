package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS2;
import static bgp.codec.internal.attribute.CodecAssertions.decode;
import static bgp.codec.internal.attribute.CodecAssertions.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.As4Path;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AsPath.Segment;
import org.junit.jupiter.api.Test;

/** RFC 6793 §4.2: AS4_PATH / AS4_AGGREGATOR between NEW and OLD speakers. */
class As4PathsTest {
    private static final long TRANS = AsPath.AS_TRANS;
    private static final long BIG1 = 4200000001L;
    private static final long BIG2 = 4200000002L;

    private static Segment seq(long... asns) {
        return Segment.of(AsPath.AS_SEQUENCE, asns);
    }

    private static Segment set(long... asns) {
        return Segment.of(AsPath.AS_SET, asns);
    }

    private static Segment confed(long... asns) {
        return Segment.of(AsPath.AS_CONFED_SEQUENCE, asns);
    }

    private static As4Path as4(Segment... segments) {
        return new As4Path(AsPath.of(segments));
    }

    @Test
    void withoutAs4PathTheAsPathStands() {
        AsPath p = AsPath.sequence(65001, 65002);
        assertSame(p, As4Paths.reconcile(p, null));
    }

    @Test
    void leadingAsnsOfAsPathThenAs4Path() {
        assertEquals(AsPath.sequence(65001, BIG1, BIG2, 65002),
                As4Paths.reconcile(AsPath.sequence(65001, TRANS, TRANS, 65002), as4(seq(BIG1, BIG2, 65002))));
    }

    @Test
    void as4PathOfTheSameLengthReplacesAsPath() {
        assertEquals(AsPath.sequence(BIG1, BIG2),
                As4Paths.reconcile(AsPath.sequence(TRANS, TRANS), as4(seq(BIG1, BIG2))));
    }

    @Test
    void as4PathLongerThanAsPathIsIgnored() {
        AsPath p = AsPath.sequence(65001, TRANS);
        assertSame(p, As4Paths.reconcile(p, as4(seq(BIG1, BIG2, 65003))));
    }

    @Test
    void aLeadingSegmentIsCutWhereTheCountsMeet() {
        assertEquals(AsPath.sequence(1, 2, 3, BIG1),
                As4Paths.reconcile(AsPath.sequence(1, 2, 3, TRANS), as4(seq(BIG1))));
    }

    @Test
    void anAsSetCountsAsOne() {
        AsPath asPath = AsPath.of(seq(65001, TRANS), set(1, TRANS, 3));
        assertEquals(AsPath.of(seq(65001, BIG1), set(1, BIG2, 3)),
                As4Paths.reconcile(asPath, as4(seq(BIG1), set(1, BIG2, 3))));
    }

    @Test
    void confederationSegmentsOfAs4PathAreDropped() {
        assertEquals(AsPath.sequence(65001, BIG1),
                As4Paths.reconcile(AsPath.sequence(65001, TRANS), as4(confed(64512), seq(BIG1))));
    }

    @Test
    void aLeadingConfederationSegmentOfAsPathIsKept() {
        assertEquals(AsPath.of(confed(64512, 64513), seq(BIG1)),
                As4Paths.reconcile(AsPath.of(confed(64512, 64513), seq(TRANS)), as4(seq(BIG1))));
    }

    @Test
    void aConfederationSegmentAfterATakenSegmentIsKept() {
        assertEquals(AsPath.of(seq(65001), confed(64512), seq(BIG1)),
                As4Paths.reconcile(AsPath.of(seq(65001), confed(64512), seq(TRANS)), as4(seq(BIG1))));
    }

    @Test
    void anAggregatorOtherThanAsTransMeansAs4PathIsIgnored() {
        AsPath p = AsPath.sequence(65001, TRANS);
        assertSame(p, As4Paths.reconcile(p, as4(seq(BIG1)), new Aggregator(65010, 0x0A000001)));
        assertEquals(AsPath.sequence(65001, BIG1),
                As4Paths.reconcile(p, as4(seq(BIG1)), new Aggregator(TRANS, 0x0A000001)));
        assertEquals(AsPath.sequence(65001, BIG1), As4Paths.reconcile(p, as4(seq(BIG1)), null));
    }

    @Test
    void as4AggregatorReplacesAnAggregatorOfAsTrans() {
        Aggregator trans = new Aggregator(TRANS, 0x0A000001);
        As4Aggregator real = new As4Aggregator(BIG1, 0x0A000002);
        assertEquals(new Aggregator(BIG1, 0x0A000002), As4Paths.reconcile(trans, real));
        Aggregator old = new Aggregator(65010, 0x0A000001);
        assertSame(old, As4Paths.reconcile(old, real));
        assertSame(trans, As4Paths.reconcile(trans, null));
        assertNull(As4Paths.reconcile(null, real));
    }

    @Test
    void as4AttributesAreSentOnlyWhenAnAsnDoesNotFitTwoOctets() {
        assertNull(As4Paths.toAs4Path(AsPath.sequence(65000, 65001)));
        assertEquals(as4(seq(65000, BIG1)), As4Paths.toAs4Path(AsPath.sequence(65000, BIG1)));
        assertEquals(as4(seq(BIG1)), As4Paths.toAs4Path(AsPath.of(confed(64512), seq(BIG1))));
        assertNull(As4Paths.toAs4Aggregator(new Aggregator(65000, 1)));
        assertEquals(new As4Aggregator(BIG1, 1), As4Paths.toAs4Aggregator(new Aggregator(BIG1, 1)));
    }

    @Test
    void aPathSentToAnOldSpeakerIsRebuiltByItsNewPeer() throws Exception {
        AsPath original = AsPath.of(seq(65000, BIG1, 65001, BIG2), set(7, BIG1));
        AsPathCodec asPathCodec = new AsPathCodec();
        As4PathCodec as4PathCodec = new As4PathCodec();
        String asPathWire = encode(asPathCodec, original, AS2);
        assertEquals("0204FDE85BA0FDE95BA0" + "010200075BA0", asPathWire);
        String as4PathWire = encode(as4PathCodec, As4Paths.toAs4Path(original), AS2);
        AsPath received = (AsPath) decode(asPathCodec, asPathWire, AS2);
        As4Path receivedAs4 = (As4Path) decode(as4PathCodec, as4PathWire, AS2);
        assertEquals(original, As4Paths.reconcile(received, receivedAs4));
    }
}
