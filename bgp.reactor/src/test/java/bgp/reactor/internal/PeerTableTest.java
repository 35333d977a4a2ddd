package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.reactor.Neighbor;
import bgp.rib.internal.RibFactoryComponent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerTableTest {
    private final PeerTable table = new PeerTable(new RibFactoryComponent(BuiltinCodecs.codec()));

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
        peer.adjRibIn().apply(Update.announce(List.of(Origin.IGP, AsPath.EMPTY, NextHop.of(0xC0000201)),
                Ipv4Prefixes.unicast(0x0A00000008L)));
        assertEquals(1, peer.adjRibIn().size());
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
