package bgp.codec.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpEncodeException;
import bgp.codec.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type codes, flags, value semantics and defensive copies of the attribute values. */
class ValuesTest {
    private static final int O = Attribute.FLAG_OPTIONAL;
    private static final int T = Attribute.FLAG_TRANSITIVE;

    @Test
    void everyValueHasItsTypeCodeAndFlags() {
        List<Object[]> expected = List.of(
                new Object[] {Origin.IGP, 1, T},
                new Object[] {AsPath.EMPTY, 2, T},
                new Object[] {NextHop.of(1), 3, T},
                new Object[] {new Med(1), 4, O},
                new Object[] {new LocalPref(1), 5, T},
                new Object[] {AtomicAggregate.INSTANCE, 6, T},
                new Object[] {new Aggregator(1, 1), 7, O | T},
                new Object[] {Communities.of(1), 8, O | T},
                new Object[] {new OriginatorId(1), 9, O},
                new Object[] {ClusterList.of(1), 10, O},
                new Object[] {ExtendedCommunities.of(1), 16, O | T},
                new Object[] {new As4Path(AsPath.EMPTY), 17, O | T},
                new Object[] {new As4Aggregator(1, 1), 18, O | T},
                new Object[] {Ipv6ExtendedCommunities.of(new byte[20]), 25, O | T},
                new Object[] {Aigp.of(1), 26, O},
                new Object[] {LargeCommunities.of(1, 2, 3), 32, O | T},
                new Object[] {new Otc(1), 35, O | T});
        for (Object[] e : expected) {
            Attribute a = (Attribute) e[0];
            assertEquals(e[1], a.typeCode(), a.toString());
            assertEquals(e[2], a.flags(), a.toString());
        }
        assertEquals(Origin.TYPE, 1);
        assertEquals(Otc.TYPE, 35);
    }

    @Test
    void originHasExaBgpsNames() {
        assertEquals("igp", Origin.IGP.name());
        assertEquals("egp", Origin.EGP.toString());
        assertSame(Origin.INCOMPLETE, Origin.parse("incomplete"));
        assertSame(Origin.EGP, Origin.of(1));
        assertThrows(IllegalArgumentException.class, () -> Origin.of(3));
        assertThrows(IllegalArgumentException.class, () -> Origin.parse("bgp"));
    }

    @Test
    void nextHopSelfIsASentinelThatCannotBeEncoded() {
        assertTrue(NextHop.SELF.isSelf());
        assertSame(NextHop.SELF, NextHop.parse("self"));
        assertEquals("self", NextHop.SELF.toString());
        BgpEncodeException e = assertThrows(BgpEncodeException.class, NextHop.SELF::address);
        assertTrue(e.getMessage().contains("unresolved next-hop self (ipv4)"), e.getMessage());
        NextHop ip = NextHop.parse("10.0.0.1");
        assertFalse(ip.isSelf());
        assertEquals(0x0A000001, ip.address());
        assertEquals(NextHop.of(0x0A000001), ip);
        assertNotEquals(NextHop.of(0), NextHop.SELF);
    }

    @Test
    void unsignedValuesAreRangeChecked() {
        assertEquals(4294967295L, new Med(4294967295L).value());
        assertThrows(IllegalArgumentException.class, () -> new Med(-1));
        assertThrows(IllegalArgumentException.class, () -> new LocalPref(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new Aggregator(1L << 32, 0));
        assertThrows(IllegalArgumentException.class, () -> new Otc(-1));
        assertEquals("65000:10.0.0.1", new Aggregator(65000, 0x0A000001).toString());
        assertEquals("10.0.99.12", OriginatorId.parse("10.0.99.12").toString());
    }

    @Test
    void arraysAreCopiedInAndOutAndComparedByValue() {
        int[] c = {1, 2};
        Communities communities = Communities.of(c);
        c[0] = 9;
        communities.toArray()[1] = 9;
        assertEquals(Communities.of(1, 2), communities);
        assertEquals(Communities.of(1, 2).hashCode(), communities.hashCode());
        assertNotEquals(Communities.of(2, 1), communities);
        assertTrue(communities.contains(2));

        long[] e = {1, 2};
        ExtendedCommunities ext = ExtendedCommunities.of(e);
        e[0] = 9;
        ext.toArray()[0] = 9;
        assertEquals(ExtendedCommunities.of(1, 2), ext);

        int[] ids = {1};
        ClusterList cl = ClusterList.of(ids);
        ids[0] = 9;
        assertEquals(ClusterList.of(1), cl);
        assertEquals(ClusterList.of(7, 1), cl.prepend(7));

        byte[] b = new byte[20];
        Ipv6ExtendedCommunities v6 = Ipv6ExtendedCommunities.of(b);
        b[0] = 9;
        v6.get(0)[0] = 9;
        assertEquals(Ipv6ExtendedCommunities.of(new byte[20]), v6);
        assertThrows(IllegalArgumentException.class, () -> Ipv6ExtendedCommunities.of(new byte[19]));

        Aigp aigp = Aigp.of(5);
        aigp.tlvs()[3] = 9;
        assertEquals(Aigp.of(5), aigp);
        assertEquals(5, aigp.metric());
    }

    @Test
    void largeCommunitiesAreTriples() {
        LargeCommunities lc = LargeCommunities.parse("65000:1:2", "4294967295:0:7");
        assertEquals(2, lc.size());
        assertEquals(4294967295L, lc.globalAdministrator(1));
        assertEquals("65000:1:2", lc.format(0));
        assertEquals("LargeCommunities[65000:1:2 4294967295:0:7]", lc.toString());
        assertThrows(IllegalArgumentException.class, () -> LargeCommunities.of(1, 2));
        for (String bad : List.of("1:2", "1:2:3:4", "1::3", "4294967296:0:0", "a:b:c")) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> LargeCommunities.parse(bad));
            assertEquals("invalid large community " + bad, ex.getMessage());
        }
    }

    @Test
    void aigpKeepsTlvsAndRejectsMalformedOnes() {
        assertArrayEquals(Hex.decode("01000B0000000000000064"), Aigp.of(100).tlvs());
        assertEquals("Aigp[18446744073709551615]", Aigp.of(-1).toString());
        assertThrows(IllegalArgumentException.class, () -> Aigp.wrap(Hex.decode("01000A00000000000064")));
        assertThrows(IllegalStateException.class, () -> Aigp.wrap(Hex.decode("020003")).metric());
    }

    @Test
    void unknownOptionalTransitiveAttributeIsForwardedWithPartial() {
        UnknownAttribute a = UnknownAttribute.of(99, O | T | Attribute.FLAG_EXTENDED_LENGTH, new byte[] {1, 2});
        assertEquals(O | T, a.flags());
        UnknownAttribute f = a.forwarded();
        assertEquals(O | T | Attribute.FLAG_PARTIAL, f.flags());
        assertArrayEquals(new byte[] {1, 2}, f.value());
        assertSame(f, f.forwarded());
        assertNotEquals(a, f);
        UnknownAttribute nonTransitive = UnknownAttribute.of(99, O, new byte[0]);
        assertThrows(IllegalStateException.class, nonTransitive::forwarded);
        UnknownAttribute wellKnown = UnknownAttribute.of(99, T, new byte[0]);
        assertSame(wellKnown, wellKnown.forwarded());
        byte[] v = {5};
        UnknownAttribute copy = UnknownAttribute.of(99, O | T, v);
        v[0] = 6;
        copy.value()[0] = 7;
        assertEquals(UnknownAttribute.of(99, O | T, new byte[] {5}), copy);
        assertEquals(UnknownAttribute.of(99, O | T, new byte[] {0, 5, 0}, 1, 1), copy);
    }
}
