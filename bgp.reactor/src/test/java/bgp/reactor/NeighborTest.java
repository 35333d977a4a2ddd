package bgp.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighborTest {

    private static Neighbor neighbor(String peer, String local, long localAs, long peerAs, String routerId) {
        return new Neighbor(peer, local, localAs, peerAs, routerId, Set.of(Family.IPV4_UNICAST));
    }

    @Test
    void keepsItsValues() {
        Neighbor n = new Neighbor("192.0.2.1", "192.0.2.2", 65000, 65001, "10.0.0.1",
                Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST));
        assertEquals("192.0.2.1", n.peerAddress());
        assertEquals("192.0.2.2", n.localAddress());
        assertEquals(65000, n.localAs());
        assertEquals(65001, n.peerAs());
        assertEquals("10.0.0.1", n.routerId());
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), n.families());
        assertFalse(n.isInternal());
    }

    @Test
    void addressesAreKeptInCanonicalForm() {
        Neighbor n = neighbor("2001:DB8:0:0::1", "2001:db8::0:2", 1, 1, "010.0.0.1");
        assertEquals("2001:db8::1", n.peerAddress());
        assertEquals("2001:db8::2", n.localAddress());
        assertEquals("10.0.0.1", n.routerId());
        assertTrue(n.isInternal());
    }

    @Test
    void asNumbersRangeOverFourOctets() {
        assertEquals(4294967295L, neighbor("192.0.2.1", "192.0.2.2", 4294967295L, 1, "1.1.1.1").localAs());
        assertEquals("AS number out of range: 0",
                assertThrows(IllegalArgumentException.class,
                        () -> neighbor("192.0.2.1", "192.0.2.2", 0, 1, "1.1.1.1")).getMessage());
        assertEquals("AS number out of range: 4294967296",
                assertThrows(IllegalArgumentException.class,
                        () -> neighbor("192.0.2.1", "192.0.2.2", 1, 4294967296L, "1.1.1.1")).getMessage());
    }

    @Test
    void addressesMustBeLiterals() {
        assertEquals("invalid IP address localhost",
                assertThrows(IllegalArgumentException.class,
                        () -> neighbor("localhost", "192.0.2.2", 1, 1, "1.1.1.1")).getMessage());
        assertEquals("invalid IP address 192.0.2",
                assertThrows(IllegalArgumentException.class,
                        () -> neighbor("192.0.2.1", "192.0.2", 1, 1, "1.1.1.1")).getMessage());
        assertEquals("invalid IP address ::1",
                assertThrows(IllegalArgumentException.class,
                        () -> neighbor("192.0.2.1", "192.0.2.2", 1, 1, "::1")).getMessage());
    }

    @Test
    void familiesAreAnImmutableCopy() {
        Set<Family> mine = new HashSet<>(Set.of(Family.IPV4_UNICAST));
        Neighbor n = new Neighbor("192.0.2.1", "192.0.2.2", 1, 2, "1.1.1.1", mine);
        mine.add(Family.IPV6_UNICAST);
        assertEquals(Set.of(Family.IPV4_UNICAST), n.families());
        assertThrows(UnsupportedOperationException.class, () -> n.families().add(Family.IPV6_UNICAST));
    }

    @Test
    void nothingIsNull() {
        assertThrows(NullPointerException.class, () -> neighbor(null, "192.0.2.2", 1, 1, "1.1.1.1"));
        assertThrows(NullPointerException.class,
                () -> new Neighbor("192.0.2.1", "192.0.2.2", 1, 1, "1.1.1.1", null));
    }
}
