package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.ATTRS;
import static bgp.rib.internal.Fixtures.DUAL;
import static bgp.rib.internal.Fixtures.IPV4;
import static bgp.rib.internal.Fixtures.NH4;
import static bgp.rib.internal.Fixtures.NH6;
import static bgp.rib.internal.Fixtures.announce4;
import static bgp.rib.internal.Fixtures.drainAll;
import static bgp.rib.internal.Fixtures.prefix;
import static bgp.rib.internal.Fixtures.withdraw4;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.rib.AdjRibIn;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Attribute sets: one instance per distinct canonical form, shared by every RIB, freed with its last route. */
class InterningTest {
    private final RibFactoryComponent factory = Fixtures.factory();

    @Test
    void theCanonicalFormIsTheAttributesInTypeOrderWithFourOctetAsNumbers() {
        AttributeSet s = factory.attributes(Family.IPV4_UNICAST, NH4,
                List.of(new Med(10), AsPath.sequence(65001, 65002), Origin.IGP));
        assertArrayEquals(Fixtures.hex("40010100 40020A02020000FDE90000FDEA 400304C0000201 8004040000000A"),
                s.encoded());
        AttributeSet v6 = factory.attributes(Family.IPV6_UNICAST, NH6, List.of(Origin.IGP));
        assertArrayEquals(Fixtures.hex("40010100"), v6.encoded()); // the next hop is MP_REACH_NLRI's
        assertNotEquals(factory.attributes(Family.IPV6_MULTICAST, NH6, List.of(Origin.IGP)), v6);
        assertEquals(factory.attributes(Family.IPV6_UNICAST, NH6, List.of(Origin.IGP)), v6);
    }

    @Test
    void updatesWithTheSameAttributesInAnyOrderShareOneSetAcrossPeers() {
        AdjRibIn a = factory.newAdjRibIn();
        AdjRibIn b = factory.newAdjRibIn();
        a.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        List<Attribute> reordered = List.of(NextHop.of(0xC0000201), new Med(10), Origin.IGP,
                AsPath.sequence(65001, 65002));
        b.apply(Update.announce(reordered, Fixtures.v4s("10.0.1.0/24")));
        assertSame(a.get(prefix("10.0.0.0/24")), b.get(prefix("10.0.1.0/24")));
        assertEquals(1, factory.attributeSets());
        AdjRibOut out = factory.newAdjRibOut();
        out.announce(Route.of(prefix("10.0.2.0/24"), NH4, ATTRS));
        assertSame(a.get(prefix("10.0.0.0/24")), out.get(prefix("10.0.2.0/24")));
        assertEquals(1, factory.attributeSets());
    }

    @Test
    void anUpdateInternsItsAttributesOncePerNextHopNotPerPrefix() {
        AdjRibIn rib = factory.newAdjRibIn();
        long[] many = new long[500];
        for (int i = 0; i < many.length; i++) {
            many[i] = Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24);
        }
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(NextHop.of(0xC0000201));
        long before = factory.interner().lookups();
        rib.apply(Update.announce(attrs, Ipv4Prefixes.unicast(many)));
        assertEquals(before + 1, factory.interner().lookups());
        attrs.add(MpReach.of(Family.IPV6_UNICAST, NH6, Ipv6Prefixes.unicast("2001:db8::/32", "2001:db8:1::/48")));
        rib.apply(Update.announce(attrs, Ipv4Prefixes.unicast(many)));
        assertEquals(before + 3, factory.interner().lookups());
        assertEquals(502, rib.size());
        assertEquals(2, factory.attributeSets());
    }

    @Test
    void aSetIsFreedWhenTheLastRouteOfAnyRibLetsItGo() {
        AdjRibIn a = factory.newAdjRibIn();
        AdjRibIn b = factory.newAdjRibIn();
        a.apply(announce4(ATTRS, NH4, "10.0.0.0/24", "10.0.1.0/24"));
        b.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        AttrSet s = (AttrSet) a.get(prefix("10.0.0.0/24"));
        assertEquals(2, s.refs); // one per RIB using it; each RIB counts its own routes
        a.apply(withdraw4("10.0.0.0/24"));
        assertEquals(2, s.refs);
        a.apply(announce4(List.of(Origin.EGP), NH4, "10.0.1.0/24")); // replaced: a no longer uses it
        assertEquals(1, s.refs);
        assertEquals(2, factory.attributeSets());
        b.clear();
        assertEquals(-1, s.refs); // out of the interner
        assertEquals(1, factory.attributeSets());
        a.clear();
        assertEquals(0, factory.attributeSets());
        // a set equal to a freed one is interned anew, as a new instance
        a.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        assertNotSame(s, a.get(prefix("10.0.0.0/24")));
        assertEquals(s, a.get(prefix("10.0.0.0/24")));
    }

    @Test
    void theAdjRibOutKeepsTheSetThePeerWasSentUntilItIsReplacedOnTheWire() {
        AdjRibOut out = factory.newAdjRibOut();
        out.sessionUp();
        out.announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        AttrSet first = (AttrSet) out.get(prefix("10.0.0.0/24"));
        drainAll(out, IPV4);
        assertEquals(1, first.refs); // the RIB uses it, as desired and as sent
        out.announce(Route.of(prefix("10.0.0.0/24"), NH4, List.of(Origin.EGP)));
        assertEquals(1, first.refs); // still sent
        assertEquals(2, factory.attributeSets());
        drainAll(out, IPV4);
        assertEquals(-1, first.refs);
        assertEquals(1, factory.attributeSets());
        out.withdraw(prefix("10.0.0.0/24"));
        assertEquals(1, factory.attributeSets()); // the peer still has it
        drainAll(out, DUAL);
        assertEquals(0, factory.attributeSets());
        out.announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        drainAll(out, IPV4);
        out.sessionDown();
        assertEquals(1, factory.attributeSets());
        out.clear();
        assertEquals(0, factory.attributeSets());
    }

    @Test
    void aSetThatCannotBeEncodedIsRefused() {
        AdjRibIn rib = factory.newAdjRibIn();
        List<Attribute> attrs = List.of(Origin.IGP, AsPath.EMPTY, NextHop.SELF); // never decoded from the wire
        BgpEncodeException e = assertThrows(BgpEncodeException.class,
                () -> rib.apply(Update.announce(attrs, Fixtures.v4s("10.0.0.0/24"))));
        assertEquals("unresolved next-hop self (ipv4): it must be resolved with the neighbor's session before the"
                + " route is encoded", e.getMessage());
        assertEquals(0, rib.size());
        assertEquals(0, factory.attributeSets());
    }

    @Test
    void referenceCountsHoldUnderConcurrentPeers() throws Exception {
        int peers = 4;
        int sets = 50;
        ExecutorService pool = Executors.newFixedThreadPool(peers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < peers; t++) {
            int seed = t;
            done.add(pool.submit(() -> {
                AdjRibIn rib = factory.newAdjRibIn();
                AdjRibOut out = factory.newAdjRibOut();
                SplittableRandom r = new SplittableRandom(seed);
                start.await();
                for (int i = 0; i < 20_000; i++) {
                    int k = r.nextInt(sets);
                    String p = "10." + r.nextInt(4) + "." + r.nextInt(8) + ".0/24";
                    List<Attribute> attrs = List.of(Origin.IGP, AsPath.sequence(65000 + k));
                    switch (r.nextInt(4)) {
                        case 0 -> rib.apply(announce4(attrs, NH4, p));
                        case 1 -> rib.apply(withdraw4(p));
                        case 2 -> out.announce(Route.of(prefix(p), NH4, attrs));
                        default -> out.withdraw(prefix(p));
                    }
                }
                rib.clear();
                out.clear();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, factory.attributeSets());
    }
}
