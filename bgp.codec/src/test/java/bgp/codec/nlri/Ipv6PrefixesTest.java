package bgp.codec.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import org.junit.jupiter.api.Test;

class Ipv6PrefixesTest {

    private static String wire(NlriList l, boolean addPath) {
        WireWriter w = new WireWriter();
        l.encodeAll(w, addPath);
        int total = 0;
        for (int i = 0; i < l.size(); i++) {
            total += l.encodedLength(i, addPath);
        }
        assertEquals(total, w.position());
        return Hex.encode(w.toByteArray());
    }

    @Test
    void buildsFromTextForEncoding() {
        Ipv6Prefixes l = Ipv6Prefixes.unicast("2001:db8::/32", "::/0", "2a02:b80:0:1::1/128", "fc00:1::/64");
        assertEquals(4, l.size());
        assertFalse(l.hasPathIds());
        assertEquals("2020010DB8 00 802A020B80000000010000000000000001 40FC00000100000000".replace(" ", ""),
                wire(l, false));
        assertEquals("2001:db8::/32", l.get(0).toString());
        assertEquals("ipv6 unicast [2001:db8::/32 ::/0 2a02:b80:0:1::1/128 fc00:1::/64]", l.toString());
    }

    @Test
    void theBuilderDropsBitsTheWireDoesNotCarry() {
        Ipv6Prefixes a = Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(0x20010DB8FFFFFFFFL, -1L, 33).build();
        assertEquals(0x20010DB8FF000000L, a.high(0));
        assertEquals(0, a.low(0));
        assertEquals("2120010DB8FF", wire(a, false));
        assertEquals(Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(0x20010DB8FF000000L, 0, 33).build(), a);
        Ipv6Prefixes w = Ipv6Prefixes.wrap(Family.IPV6_UNICAST, new long[] {-1L, -1L}, new byte[] {72}, null, 1);
        assertEquals(-1L, w.high(0));
        assertEquals(0xFF00000000000000L, w.low(0));
        Ipv6Prefixes zero = Ipv6Prefixes.wrap(Family.IPV6_UNICAST, new long[] {-1L, -1L}, new byte[] {0}, null, 1);
        assertEquals(0, zero.high(0));
        assertEquals(0, zero.low(0));
    }

    @Test
    void pathIdentifiersFromTheBuilder() {
        Ipv6Prefixes l = Ipv6Prefixes.builder(Family.IPV6_UNICAST)
                .add(0, 0, 0)
                .add(IpPrefix.parse("2001:db8::/32", 7))
                .build();
        assertTrue(l.hasPathIds());
        assertEquals(0, l.pathId(0));
        assertEquals(7, l.pathId(1));
        assertEquals("00000000 00 00000007 2020010DB8".replace(" ", ""), wire(l, true));
        assertEquals("002020010DB8", wire(l, false));
        Ipv6Prefixes forced = Ipv6Prefixes.builder(Family.IPV6_MULTICAST).withPathIds().add(0, 0, 0).build();
        assertTrue(forced.hasPathIds());
        assertEquals(Family.IPV6_MULTICAST, forced.family());
        assertEquals("0000000000", wire(forced, true));
    }

    @Test
    void equalityIsByValue() {
        Ipv6Prefixes a = Ipv6Prefixes.unicast("2001:db8::/32", "::1/128");
        Ipv6Prefixes b = Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(0x20010DB800000000L, 0, 32).add(0, 1, 128).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Ipv6Prefixes.unicast("2001:db8::/33", "::1/128"));
        assertNotEquals(a, Ipv6Prefixes.unicast("::1/128", "2001:db8::/32"));
        assertNotEquals(a, Ipv6Prefixes.builder(Family.IPV6_UNICAST).withPathIds()
                .add(0x20010DB800000000L, 0, 32).add(0, 1, 128).build());
        assertNotEquals(a, Ipv6Prefixes.builder(Family.IPV6_MULTICAST)
                .add(0x20010DB800000000L, 0, 32).add(0, 1, 128).build());
        assertEquals(Ipv6Prefixes.empty(Family.IPV6_UNICAST), Ipv6Prefixes.unicast());
        assertEquals(Family.IPV6_UNICAST.hashCode(), Ipv6Prefixes.empty(Family.IPV6_UNICAST).hashCode());
    }

    @Test
    void theBuilderMayGoOn() {
        Ipv6Prefixes.Builder b = Ipv6Prefixes.builder(Family.IPV6_UNICAST);
        for (int i = 0; i < 100; i++) {
            b.add(i, i, 128, i == 50 ? 9 : 0);
        }
        Ipv6Prefixes first = b.build();
        b.add(0, 0, 0);
        assertEquals(100, first.size());
        assertEquals(101, b.build().size());
        assertEquals(9, first.pathId(50));
        assertEquals(0, first.pathId(49));
        assertEquals(99L, first.low(99));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Ipv6Prefixes.builder(Family.IPV4_UNICAST));
        assertThrows(IllegalArgumentException.class, () -> Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(0, 0, 129));
        assertThrows(IllegalArgumentException.class, () -> Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(0, 0, -1));
        assertThrows(IllegalArgumentException.class,
                () -> Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(IpPrefix.parse("10.0.0.0/8", 0)));
        assertThrows(IllegalArgumentException.class,
                () -> Ipv6Prefixes.wrap(Family.IPV6_UNICAST, new long[2], new byte[] {(byte) 129}, null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Ipv6Prefixes.wrap(Family.IPV6_UNICAST, new long[1], new byte[1], null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Ipv6Prefixes.wrap(Family.IPV6_UNICAST, new long[2], new byte[1], new int[0], 1));
        assertThrows(IllegalArgumentException.class, () -> Ipv6Prefixes.empty(Family.IPV4_UNICAST));
        Ipv6Prefixes one = Ipv6Prefixes.unicast("::/0");
        assertThrows(IndexOutOfBoundsException.class, () -> one.high(1));
        assertThrows(IndexOutOfBoundsException.class, () -> one.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> one.encode(1, new WireWriter(), false));
    }

    @Test
    void masksKeepTheFirstBytes() {
        assertEquals(0L, Ipv6Prefixes.highMask(0));
        assertEquals(0xFF00000000000000L, Ipv6Prefixes.highMask(1));
        assertEquals(-1L, Ipv6Prefixes.highMask(8));
        assertEquals(-1L, Ipv6Prefixes.highMask(16));
        assertEquals(0L, Ipv6Prefixes.lowMask(8));
        assertEquals(0xFFFF000000000000L, Ipv6Prefixes.lowMask(10));
        assertEquals(-1L, Ipv6Prefixes.lowMask(16));
    }
}
