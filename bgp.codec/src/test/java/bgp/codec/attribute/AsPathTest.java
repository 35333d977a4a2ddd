package bgp.codec.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.attribute.AsPath.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsPathTest {
    private static Segment seq(long... asns) {
        return Segment.of(AsPath.AS_SEQUENCE, asns);
    }

    @Test
    void lengthCountsSequencesAsnsSetsOnceConfederationsNever() {
        AsPath p = AsPath.of(Segment.of(AsPath.AS_CONFED_SEQUENCE, 64512, 64513), seq(1, 2, 3),
                Segment.of(AsPath.AS_SET, 4, 5, 6), Segment.of(AsPath.AS_CONFED_SET, 64514));
        assertEquals(4, p.length());
        assertEquals(9, p.asnCount());
        assertEquals(4, p.segmentCount());
        assertEquals(0, AsPath.EMPTY.length());
    }

    @Test
    void prependGoesIntoTheLeadingSequence() {
        assertEquals(AsPath.sequence(65000, 1, 2), AsPath.sequence(1, 2).prepend(65000));
        assertEquals(AsPath.sequence(65000), AsPath.EMPTY.prepend(65000));
    }

    @Test
    void prependStartsANewSequenceBeforeASetOrAFullSequence() {
        AsPath withSet = AsPath.of(Segment.of(AsPath.AS_SET, 1, 2));
        assertEquals(AsPath.of(seq(65000), Segment.of(AsPath.AS_SET, 1, 2)), withSet.prepend(65000));
        long[] full = new long[255];
        java.util.Arrays.fill(full, 7);
        AsPath prepended = AsPath.sequence(full).prepend(65000);
        assertEquals(2, prepended.segmentCount());
        assertEquals(1, prepended.segmentSize(0));
        assertEquals(255, prepended.segmentSize(1));
    }

    @Test
    void accessorsReadSegmentsAndAsns() {
        AsPath p = AsPath.of(seq(65000, 4200000000L), Segment.of(AsPath.AS_SET, 1));
        assertEquals(AsPath.AS_SEQUENCE, p.segmentType(0));
        assertEquals(AsPath.AS_SET, p.segmentType(1));
        assertEquals(4200000000L, p.asn(0, 1));
        assertEquals(65000, p.firstAsn());
        assertTrue(p.contains(4200000000L));
        assertFalse(p.contains(2));
        assertFalse(p.isTwoOctet());
        assertTrue(AsPath.sequence(65535).isTwoOctet());
        assertEquals(List.of(seq(65000, 4200000000L), Segment.of(AsPath.AS_SET, 1)), p.segments());
        assertEquals(-1, AsPath.of(Segment.of(AsPath.AS_SET, 1)).firstAsn());
        assertThrows(IndexOutOfBoundsException.class, () -> p.segmentType(2));
        assertEquals("AsPath[65000 4200000000 {1}]", p.toString());
    }

    @Test
    void withoutConfederationsDropsOnlyConfederationSegments() {
        AsPath p = AsPath.of(Segment.of(AsPath.AS_CONFED_SEQUENCE, 64512), seq(1), Segment.of(AsPath.AS_CONFED_SET, 2));
        assertEquals(AsPath.sequence(1), p.withoutConfederations());
        AsPath plain = AsPath.sequence(1);
        assertSame(plain, plain.withoutConfederations());
    }

    @Test
    void valuesAreImmutableAndComparedByValue() {
        int[] asns = {1, 2};
        Segment s = new Segment(AsPath.AS_SEQUENCE, asns);
        asns[0] = 99;
        assertEquals(1, s.asn(0));
        s.asns()[1] = 99;
        assertEquals(2, s.asn(1));
        AsPath p = AsPath.of(s);
        p.toCompactArray()[1] = 99;
        assertEquals(AsPath.sequence(1, 2), p);
        assertEquals(AsPath.sequence(1, 2).hashCode(), p.hashCode());
        assertNotEquals(AsPath.sequence(1, 2), AsPath.of(Segment.of(AsPath.AS_SET, 1, 2)));
        assertArrayEquals(new int[] {AsPath.AS_SEQUENCE << 16 | 2, 1, 2}, p.toCompactArray());
    }

    @Test
    void invalidSegmentsAndAsnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Segment.of(5, 1));
        assertThrows(IllegalArgumentException.class, () -> Segment.of(AsPath.AS_SEQUENCE));
        assertThrows(IllegalArgumentException.class, () -> AsPath.sequence(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> AsPath.sequence(-1));
        assertThrows(IllegalArgumentException.class, () -> AsPath.wrap(new int[] {AsPath.AS_SEQUENCE << 16 | 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> AsPath.wrap(new int[] {AsPath.AS_SEQUENCE << 16}));
        assertThrows(IllegalArgumentException.class, () -> AsPath.wrap(new int[] {7 << 16 | 1, 1}));
    }
}
