package bgp.rib.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.rib.AdjRibIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashAdjRibInTest {
    /** A stand-in attribute value: the RIB stores attributes without looking into them. */
    private record Attr(int typeCode, int flags) implements Attribute {
    }

    private static final List<Attribute> ORIGIN_IGP = List.of(new Attr(1, Attribute.FLAG_TRANSITIVE));
    private static final List<Attribute> ORIGIN_EGP = List.of(new Attr(1, Attribute.FLAG_TRANSITIVE),
            new Attr(3, Attribute.FLAG_TRANSITIVE));

    private final AdjRibIn rib = new HashAdjRibIn();

    private static long prefix(String address, int length) {
        return Ipv4Prefixes.pack(IpAddresses.parseIpv4(address), length);
    }

    @Test
    void startsEmpty() {
        assertEquals(0, rib.size());
        assertEquals(Optional.empty(), rib.get(prefix("10.0.0.0", 8), 0));
    }

    @Test
    void insertingANewRouteReturnsTrueAndStoresItsAttributes() {
        assertTrue(rib.insert(prefix("10.0.0.0", 8), 0, ORIGIN_IGP));
        assertEquals(1, rib.size());
        assertEquals(Optional.of(ORIGIN_IGP), rib.get(prefix("10.0.0.0", 8), 0));
    }

    @Test
    void insertingTheSamePrefixAndPathIdReplacesTheRouteAndReturnsFalse() {
        rib.insert(prefix("10.0.0.0", 8), 0, ORIGIN_IGP);
        assertFalse(rib.insert(prefix("10.0.0.0", 8), 0, ORIGIN_EGP));
        assertEquals(1, rib.size());
        assertEquals(Optional.of(ORIGIN_EGP), rib.get(prefix("10.0.0.0", 8), 0));
    }

    @Test
    void pathIdsAndLengthsTellRoutesApart() {
        assertTrue(rib.insert(prefix("10.0.0.0", 8), 0, ORIGIN_IGP));
        assertTrue(rib.insert(prefix("10.0.0.0", 8), 1, ORIGIN_EGP));
        assertTrue(rib.insert(prefix("10.0.0.0", 16), 0, ORIGIN_EGP));
        assertTrue(rib.insert(prefix("10.0.0.0", 8), -1, ORIGIN_IGP)); // path id 4294967295
        assertEquals(4, rib.size());
        assertEquals(Optional.of(ORIGIN_EGP), rib.get(prefix("10.0.0.0", 8), 1));
        assertEquals(Optional.of(ORIGIN_IGP), rib.get(prefix("10.0.0.0", 8), 0));
    }

    @Test
    void withdrawingRemovesTheRouteAndReturnsTrue() {
        rib.insert(prefix("192.0.2.0", 24), 7, ORIGIN_IGP);
        assertTrue(rib.withdraw(prefix("192.0.2.0", 24), 7));
        assertEquals(0, rib.size());
        assertEquals(Optional.empty(), rib.get(prefix("192.0.2.0", 24), 7));
    }

    @Test
    void withdrawingAnUnknownRouteChangesNothingAndReturnsFalse() {
        rib.insert(prefix("192.0.2.0", 24), 7, ORIGIN_IGP);
        assertFalse(rib.withdraw(prefix("192.0.2.0", 24), 8));
        assertFalse(rib.withdraw(prefix("192.0.2.0", 25), 7));
        assertEquals(1, rib.size());
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheAttributes() {
        List<Attribute> mine = new ArrayList<>(ORIGIN_IGP);
        rib.insert(prefix("0.0.0.0", 0), 0, mine);
        mine.add(new Attr(5, Attribute.FLAG_TRANSITIVE));
        List<Attribute> stored = rib.get(prefix("0.0.0.0", 0), 0).orElseThrow();
        assertEquals(ORIGIN_IGP, stored);
        assertThrows(UnsupportedOperationException.class, () -> stored.add(new Attr(5, 0)));
    }

    @Test
    void clearRemovesEveryRoute() {
        rib.insert(prefix("10.0.0.0", 8), 0, ORIGIN_IGP);
        rib.insert(prefix("255.255.255.255", 32), 0, ORIGIN_IGP);
        rib.clear();
        assertEquals(0, rib.size());
        assertEquals(Optional.empty(), rib.get(prefix("10.0.0.0", 8), 0));
    }

    @Test
    void rejectsALengthOver32() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rib.insert(prefix("10.0.0.0", 33), 0, ORIGIN_IGP));
        assertEquals("invalid IPv4 prefix: a00000021", e.getMessage());
    }

    @Test
    void rejectsBitsAboveTheAddress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rib.withdraw(1L << 40 | 8, 0));
        assertEquals("invalid IPv4 prefix: 10000000008", e.getMessage());
    }

    @Test
    void rejectsNullAttributes() {
        assertThrows(NullPointerException.class, () -> rib.insert(prefix("10.0.0.0", 8), 0, null));
        assertEquals(0, rib.size());
    }
}
