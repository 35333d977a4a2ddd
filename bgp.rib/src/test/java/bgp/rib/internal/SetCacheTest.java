package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.ATTRS;
import static bgp.rib.internal.Fixtures.IPV4;
import static bgp.rib.internal.Fixtures.NH4;
import static bgp.rib.internal.Fixtures.drainAll;
import static bgp.rib.internal.Fixtures.prefix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factory's cache of sets built from routes: one encoding per attribute list, family and next hop. */
class SetCacheTest {
    private final RibFactoryComponent factory = Fixtures.factory();

    @Test
    void peersAnnouncingTheSameRouteGetTheSameSetFromTheCache() {
        Route a = Route.of(prefix("10.0.0.0/24"), NH4, ATTRS);
        Route b = Route.of(prefix("10.0.1.0/24"), NH4, a.attributes()); // the same list object
        AdjRibOut first = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        AdjRibOut second = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        first.announce(a);
        second.announce(b);
        AttributeSet set = first.get(a.nlri());
        assertSame(set, second.get(b.nlri()));
        assertEquals(1, factory.attributeSets());
    }

    @Test
    void aRibTakesTheCachedSetWithoutEncodingTheRouteAgain() {
        SetCache cache = new SetCache(1 << 4);
        Interner interner = factory.interner();
        SetCodec codec = new SetCodec(Fixtures.CODEC);
        AdjRibOutImpl first = new AdjRibOutImpl(interner, codec, AdjRibOut.Grouping.ALL, cache);
        Route a = Route.of(prefix("10.0.0.0/24"), NH4, ATTRS);
        first.announce(a);
        assertSame(first.get(a.nlri()), cache.get(a));
        // a planted entry shows where the second RIB's set comes from: the cache, not the route's attributes
        AttrSet planted = (AttrSet) factory.attributes(Family.IPV4_UNICAST, NH4, List.of(Origin.EGP));
        cache.put(Family.IPV4_UNICAST, NH4, a.attributes(), planted);
        AdjRibOutImpl second = new AdjRibOutImpl(interner, codec, AdjRibOut.Grouping.ALL, cache);
        second.announce(Route.of(prefix("10.0.1.0/24"), NH4, a.attributes()));
        assertEquals(List.of(Origin.EGP, bgp.codec.attribute.NextHop.of(IpAddresses.parseIpv4("192.0.2.1"))),
                second.get(prefix("10.0.1.0/24")).attributes());
        AdjRibOutImpl uncached = new AdjRibOutImpl(interner, codec, AdjRibOut.Grouping.ALL);
        uncached.announce(Route.of(prefix("10.0.1.0/24"), NH4, a.attributes()));
        assertSame(first.get(a.nlri()), uncached.get(prefix("10.0.1.0/24")));
    }

    @Test
    void aHitNeedsTheSameListFamilyAndNextHop() {
        SetCache cache = new SetCache(1 << 4);
        AttrSet s = (AttrSet) factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        byte[] hop = NH4.clone();
        cache.put(Family.IPV4_UNICAST, hop, ATTRS, s);
        hop[3] = 9; // the cache kept its own copy
        bgp.codec.nlri.IpPrefix p = prefix("10.0.0.0/24");
        assertSame(s, cache.get(Route.of(p, NH4, ATTRS)));
        assertNull(cache.get(Route.of(p, IpAddresses.parse("192.0.2.9"), ATTRS)));
        assertNull(cache.get(Route.of(p.with(Family.IPV4_MULTICAST, 0), NH4, ATTRS)));
        assertNull(cache.get(Route.of(p, NH4, new ArrayList<>(ATTRS)))); // equal, not the same object
        assertNull(cache.get(Route.self(p, ATTRS)), "an unresolved next-hop self matches no address");
        assertThrows(IllegalArgumentException.class, () -> new SetCache(12));
    }

    @Test
    void routesWithTheSameListButOtherNextHopsGetTheirOwnSets() {
        // next-hop self resolved per peer: the same attribute list, each peer's own address
        List<Attribute> attrs = List.of(Origin.IGP, AsPath.sequence(65001));
        AdjRibOut one = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        AdjRibOut two = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        Route r = Route.of(prefix("10.0.0.0/24"), NH4, attrs);
        one.announce(r);
        two.announce(r.withNextHop(IpAddresses.parse("192.0.2.77")));
        assertArrayEquals(NH4, one.get(r.nlri()).nextHop());
        assertArrayEquals(IpAddresses.parse("192.0.2.77"), two.get(r.nlri()).nextHop());
        assertNotEquals(one.get(r.nlri()), two.get(r.nlri()));
        Route v6 = Route.of(prefix("2001:db8::/32"), IpAddresses.parse("2001:db8::1"), attrs);
        one.announce(v6);
        assertEquals(Family.IPV6_UNICAST, one.get(v6.nlri()).mpFamily().orElseThrow());
    }

    @Test
    void aCachedSetFreedMeanwhileIsInternedAgain() {
        Route r = Route.of(prefix("10.0.0.0/24"), NH4, List.of(Origin.IGP, new Med(5)));
        AdjRibOut out = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        out.announce(r);
        AttributeSet before = out.get(r.nlri());
        out.withdraw(r.nlri());
        assertEquals(0, factory.attributeSets()); // freed with its last route; the cache still has it
        out.announce(r);
        assertEquals(1, factory.attributeSets());
        assertEquals(before, out.get(r.nlri()));
        out.sessionUp();
        assertEquals(1, Fixtures.messages(drainAll(out, IPV4)).size());
        AdjRibOut other = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        other.announce(Route.of(prefix("10.0.0.0/24"), NH4, List.of(Origin.IGP, new Med(5)))); // an equal list
        assertSame(out.get(r.nlri()), other.get(r.nlri())); // interned: one instance all the same
        assertNotSame(r.attributes(), List.of(Origin.IGP, new Med(5)));
    }

    @Test
    void routesOfACachedSetAreCountedByTheRibWithOneInternerReference() {
        List<Attribute> attrs = List.of(Origin.IGP, new Med(7));
        AdjRibOut one = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        AdjRibOut two = factory.newAdjRibOut(AdjRibOut.Grouping.ALL);
        for (int i = 0; i < 3; i++) {
            one.announce(Route.of(prefix("10.0." + i + ".0/24"), NH4, attrs));
            two.announce(Route.of(prefix("10.0." + i + ".0/24"), NH4, attrs));
        }
        AttrSet s = (AttrSet) one.get(prefix("10.0.0.0/24"));
        assertEquals(2, s.refs); // one per RIB, whatever the number of routes
        one.withdraw(prefix("10.0.0.0/24"));
        one.withdraw(prefix("10.0.1.0/24"));
        assertEquals(2, s.refs);
        one.withdraw(prefix("10.0.2.0/24"));
        assertEquals(1, s.refs);
        assertEquals(1, factory.attributeSets());
        two.clear(); // its session never came up: nothing to withdraw, the routes go at once
        assertEquals(-1, s.refs); // freed
        assertEquals(0, factory.attributeSets());
    }
}
