package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.reactor.Neighbor;
import bgp.rib.AdjRibOut;
import org.junit.jupiter.api.Test;

/** A neighbor's UPDATE grouping: every family by default, kept by toBuilder, part of the neighbor's value. */
class NeighborGroupingTest {

    @Test
    void everyFamilyIsGroupedByDefaultAndTheGroupingIsPartOfTheNeighbor() {
        Neighbor n = Neighbor.builder("192.0.2.1").localAs(1).peerAs(1).build();
        assertEquals(AdjRibOut.Grouping.ALL, n.grouping());
        Neighbor exabgp = n.toBuilder().grouping(AdjRibOut.Grouping.IPV4_UNICAST).build();
        assertEquals(AdjRibOut.Grouping.IPV4_UNICAST, exabgp.grouping());
        assertEquals(AdjRibOut.Grouping.IPV4_UNICAST, exabgp.toBuilder().build().grouping());
        assertNotEquals(n, exabgp);
        assertThrows(NullPointerException.class, () -> n.toBuilder().grouping(null).build());
    }
}
