package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import bgp.reactor.Neighbor;
import bgp.rib.AdjRibIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerTableTest {
    /** The smallest Adj-RIB-In there is, so that the table can be tested without the RIB bundle's internals. */
    private static final class MapRib implements AdjRibIn {
        final Map<List<Object>, List<Attribute>> routes = new HashMap<>();

        @Override
        public boolean insert(long prefix, int pathId, List<? extends Attribute> attributes) {
            return routes.put(List.of(prefix, pathId), List.copyOf(attributes)) == null;
        }

        @Override
        public boolean withdraw(long prefix, int pathId) {
            return routes.remove(List.of(prefix, pathId)) != null;
        }

        @Override
        public Optional<List<Attribute>> get(long prefix, int pathId) {
            return Optional.ofNullable(routes.get(List.of(prefix, pathId)));
        }

        @Override
        public int size() {
            return routes.size();
        }

        @Override
        public void clear() {
            routes.clear();
        }
    }

    private final PeerTable table = new PeerTable(MapRib::new);

    private static Neighbor neighbor(String peerAddress) {
        return new Neighbor(peerAddress, "192.0.2.254", 65000, 65001, "192.0.2.254", Set.of(Family.IPV4_UNICAST));
    }

    @Test
    void listsPeersInTheOrderTheyWereAdded() {
        table.add(neighbor("192.0.2.3"));
        table.add(neighbor("192.0.2.1"));
        table.add(neighbor("2001:db8::1"));
        assertEquals(List.of(neighbor("192.0.2.3"), neighbor("192.0.2.1"), neighbor("2001:db8::1")),
                table.neighbors());
    }

    @Test
    void eachPeerHasItsOwnAdjRibIn() {
        PeerTable.Peer a = table.add(neighbor("192.0.2.1"));
        PeerTable.Peer b = table.add(neighbor("192.0.2.2"));
        assertNotSame(a.adjRibIn(), b.adjRibIn());
        assertEquals(0, a.adjRibIn().size());
    }

    @Test
    void aSecondPeerWithTheSameAddressIsRefused() {
        table.add(neighbor("2001:db8::1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.add(neighbor("2001:DB8:0::1")));
        assertEquals("peer already exists: 2001:db8::1", e.getMessage());
        assertEquals(1, table.neighbors().size());
    }

    @Test
    void removingAPeerForgetsItAndClearsItsRoutes() {
        PeerTable.Peer peer = table.add(neighbor("192.0.2.1"));
        peer.adjRibIn().insert(0x0A00000008L, 0, List.of());
        table.add(neighbor("192.0.2.2"));
        table.remove("192.0.2.1");
        assertEquals(List.of(neighbor("192.0.2.2")), table.neighbors());
        assertEquals(0, peer.adjRibIn().size());
        assertNull(table.get("192.0.2.1"));
    }

    @Test
    void removingTakesAnySpellingOfTheAddress() {
        table.add(neighbor("2001:db8::1"));
        table.remove("2001:0db8:0:0:0:0:0:1");
        assertEquals(List.of(), table.neighbors());
    }

    @Test
    void removingAnUnknownPeerIsRefused() {
        table.add(neighbor("192.0.2.1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.remove("192.0.2.9"));
        assertEquals("unknown peer: 192.0.2.9", e.getMessage());
        assertEquals(1, table.neighbors().size());
    }

    @Test
    void removingANonAddressIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.remove("peer1"));
        assertEquals("invalid IP address peer1", e.getMessage());
    }

    @Test
    void theListIsASnapshot() {
        table.add(neighbor("192.0.2.1"));
        List<Neighbor> before = table.neighbors();
        table.add(neighbor("192.0.2.2"));
        assertEquals(1, before.size());
        assertThrows(UnsupportedOperationException.class, () -> before.add(neighbor("192.0.2.3")));
    }
}
