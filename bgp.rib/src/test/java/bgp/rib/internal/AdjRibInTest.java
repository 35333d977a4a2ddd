package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.ATTRS;
import static bgp.rib.internal.Fixtures.NH4;
import static bgp.rib.internal.Fixtures.NH6;
import static bgp.rib.internal.Fixtures.announce4;
import static bgp.rib.internal.Fixtures.announce6;
import static bgp.rib.internal.Fixtures.prefix;
import static bgp.rib.internal.Fixtures.v4;
import static bgp.rib.internal.Fixtures.withdraw4;
import static bgp.rib.internal.Fixtures.withdraw6;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Notification;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.LabeledPrefixes;
import bgp.codec.nlri.Nlri;
import bgp.rib.AdjRibIn;
import bgp.rib.AttributeSet;
import bgp.rib.RouteVisitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Adj-RIB-In: what an UPDATE does to it, what it lists, graceful restart, and the disabled mode. */
class AdjRibInTest {
    private final RibFactoryComponent factory = Fixtures.factory();
    private final AdjRibIn rib = factory.newAdjRibIn();

    private List<String> routes(AdjRibIn r) {
        List<String> out = new ArrayList<>();
        r.forEach((Nlri n, AttributeSet a) -> out.add(n.family() + " " + n + (n.pathId() != 0 ? " path " + n.pathId()
                : "") + " next-hop " + String.join(" ", a.nextHopAddresses())));
        return out;
    }

    @Test
    void anUpdateStoresItsBodyAndMpReachNlriEachWithItsNextHop() {
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(0, MpReach.of(Family.IPV6_UNICAST, NH6, bgp.codec.nlri.Ipv6Prefixes.unicast("2001:db8::/32")));
        attrs.add(NextHop.of(0xC0000201));
        rib.apply(Update.announce(attrs, Fixtures.v4s("10.0.0.0/24", "10.0.1.0/24")));
        assertEquals(3, rib.size());
        assertEquals(2, rib.size(Family.IPV4_UNICAST));
        assertEquals(1, rib.size(Family.IPV6_UNICAST));
        assertEquals(List.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), List.copyOf(rib.families()));
        AttributeSet body = rib.get(prefix("10.0.0.0/24"));
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65001, 65002), NextHop.of(0xC0000201), new Med(10)),
                body.attributes());
        assertTrue(body.mpFamily().isEmpty());
        AttributeSet mp = rib.get(prefix("2001:db8::/32"));
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65001, 65002), new Med(10)), mp.attributes());
        assertEquals(Family.IPV6_UNICAST, mp.mpFamily().orElseThrow());
        assertArrayEquals(NH6, mp.nextHop());
        assertSame(body, rib.getIpv4(Family.IPV4_UNICAST, v4("10.0.1.0/24"), 0));
    }

    @Test
    void withdrawalsOfTheBodyAndOfMpUnreachRemoveRoutes() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24", "10.0.1.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8::/32", "2001:db8:1::/48"));
        rib.apply(withdraw4("10.0.0.0/24", "10.9.9.0/24"));
        rib.apply(withdraw6("2001:db8::/32"));
        assertEquals(List.of("ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1",
                "ipv6 unicast 2001:db8:1::/48 next-hop 2001:db8::1"), routes(rib));
    }

    @Test
    void aPrefixBothWithdrawnAndAnnouncedInOneUpdateIsAnnounced() {
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(NextHop.of(0xC0000201));
        rib.apply(new Update(Fixtures.v4s("10.0.0.0/24"), attrs, Fixtures.v4s("10.0.0.0/24")));
        assertEquals(1, rib.size());
    }

    @Test
    void aRouteSentAgainReplacesTheOneWithTheSameKey() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        rib.apply(announce4(List.of(Origin.EGP, AsPath.sequence(65009)), NH4, "10.0.0.0/24"));
        assertEquals(1, rib.size());
        assertEquals(Origin.EGP, rib.get(prefix("10.0.0.0/24")).attributes().get(0));
        assertEquals(1, factory.attributeSets());
    }

    @Test
    void pathIdentifiersMakeDistinctRoutesOfOnePrefix() {
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(NextHop.of(0xC0000201));
        long p = v4("10.0.0.0/24");
        rib.apply(Update.announce(attrs, Ipv4Prefixes.of(Family.IPV4_UNICAST, new long[] {p, p}, new int[] {1, 2})));
        assertEquals(2, rib.size());
        assertNotNull(rib.get(prefix("10.0.0.0/24", 2)));
        assertNull(rib.get(prefix("10.0.0.0/24", 3)));
        assertNull(rib.get(prefix("10.0.0.0/24")));
        rib.apply(new Update(Ipv4Prefixes.of(Family.IPV4_UNICAST, new long[] {p}, new int[] {1}), List.of(),
                Ipv4Prefixes.EMPTY));
        assertEquals(List.of("ipv4 unicast 10.0.0.0/24 path 2 next-hop 192.0.2.1"), routes(rib));
    }

    @Test
    void treatAsWithdrawWithdrawsWhatTheUpdateAnnounces() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24", "10.0.1.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8::/32"));
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(MpReach.of(Family.IPV6_UNICAST, NH6, bgp.codec.nlri.Ipv6Prefixes.unicast("2001:db8::/32")));
        attrs.add(NextHop.of(0xC0000201));
        BgpDecodeException error = new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR,
                Notification.ATTRIBUTE_LENGTH_ERROR, null, ErrorAction.TREAT_AS_WITHDRAW, "bad MED");
        Update bad = new Update(Ipv4Prefixes.EMPTY, attrs, Fixtures.v4s("10.0.0.0/24"), List.of(error));
        assertEquals(ErrorAction.TREAT_AS_WITHDRAW, bad.action());
        rib.apply(bad);
        assertEquals(List.of("ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1"), routes(rib));
        assertEquals(1, factory.attributeSets());
    }

    @Test
    void labeledRoutesAreKeyedByPrefixSoAWithdrawalNeedNotRepeatTheLabel() {
        LabeledPrefixes announced = LabeledPrefixes.of(LabeledPrefix.of(prefix("10.0.0.0/24"), 100));
        rib.apply(Update.announce(List.of(MpReach.of(Family.IPV4_LABELED, NH4, announced), Origin.IGP,
                AsPath.EMPTY), Ipv4Prefixes.EMPTY));
        List<Nlri> seen = new ArrayList<>();
        rib.forEach(Family.IPV4_LABELED, (n, a) -> seen.add(n));
        assertEquals(List.of(LabeledPrefix.of(prefix("10.0.0.0/24"), 100)), seen);
        rib.apply(new Update(Ipv4Prefixes.EMPTY, List.of(new MpUnreach(Family.IPV4_LABELED,
                LabeledPrefixes.of(LabeledPrefix.of(prefix("10.0.0.0/24"), 100).forWithdrawal()))),
                Ipv4Prefixes.EMPTY));
        assertEquals(0, rib.size());
    }

    @Test
    void primitiveVisitorsSeeIpPrefixesWithoutObjects() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8:1::/48"));
        List<String> seen = new ArrayList<>();
        rib.forEach(new RouteVisitor() {
            @Override
            public void route(Nlri nlri, AttributeSet attributes) {
                seen.add("object " + nlri);
            }

            @Override
            public void ipv4(Family family, long prefix, int pathId, AttributeSet attributes) {
                seen.add("ipv4 " + Long.toHexString(prefix));
            }

            @Override
            public void ipv6(Family family, long high, long low, int length, int pathId, AttributeSet a) {
                seen.add("ipv6 " + Long.toHexString(high) + " " + low + " /" + length);
            }
        });
        assertEquals(List.of("ipv4 a00000018", "ipv6 20010db800010000 0 /48"), seen);
    }

    @Test
    void clearRemovesEverythingAndFreesTheSets() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8::/32"));
        assertEquals(2, factory.attributeSets());
        rib.clear();
        assertEquals(0, rib.size());
        assertEquals(List.of(), routes(rib));
        assertEquals(0, factory.attributeSets());
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        assertEquals(1, rib.size());
    }

    @Test
    void gracefulRestartKeepsStaleRoutesUntilTheirFamilysEndOfRib() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8::/32"));
        rib.markStale(); // the session is lost
        assertEquals(4, rib.staleCount());
        assertEquals(4, rib.size());
        // the new session: the peer sends 10.0.0.0/24 again (same attributes) and 10.0.1.0/24 changed
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        rib.apply(announce4(List.of(Origin.EGP, AsPath.sequence(65001)), NH4, "10.0.1.0/24"));
        assertEquals(2, rib.staleCount());
        rib.apply(Update.endOfRib(Family.IPV4_UNICAST));
        assertEquals(List.of("ipv4 unicast 10.0.0.0/24 next-hop 192.0.2.1",
                "ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1", "ipv6 unicast 2001:db8::/32 next-hop 2001:db8::1"),
                routes(rib).stream().sorted().toList());
        assertEquals(1, rib.staleCount()); // the IPv6 route waits for its own End-of-RIB
        rib.apply(Update.endOfRib(Family.IPV6_UNICAST));
        assertEquals(0, rib.staleCount());
        assertEquals(2, rib.size());
    }

    @Test
    void theRestartTimerSweepsEveryStaleRoute() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24", "10.0.1.0/24"));
        rib.apply(announce6(ATTRS, NH6, "2001:db8::/32"));
        rib.markStale();
        rib.apply(announce4(ATTRS, NH4, "10.0.1.0/24"));
        rib.apply(withdraw4("10.0.0.0/24")); // a stale route withdrawn is no longer counted
        assertEquals(1, rib.staleCount());
        assertEquals(1, rib.sweepStale());
        assertEquals(List.of("ipv4 unicast 10.0.1.0/24 next-hop 192.0.2.1"), routes(rib));
        assertEquals(0, rib.sweepStale(Family.IPV6_UNICAST));
        assertEquals(1, factory.attributeSets());
    }

    @Test
    void staleRoutesSurviveTheTableGrowing() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        rib.markStale();
        long[] many = new long[5000];
        for (int i = 0; i < many.length; i++) {
            many[i] = Ipv4Prefixes.pack(0x0B000000 + (i << 8), 24);
        }
        List<Attribute> attrs = new ArrayList<>(ATTRS);
        attrs.add(NextHop.of(0xC0000201));
        rib.apply(Update.announce(attrs, Ipv4Prefixes.unicast(many)));
        assertEquals(1, rib.staleCount());
        assertEquals(1, rib.sweepStale(Family.IPV4_UNICAST));
        assertNull(rib.get(prefix("10.0.0.0/24")));
        assertEquals(5000, rib.size());
    }

    @Test
    void aDisabledRibStoresAndCountsNothing() {
        AdjRibIn off = factory.newAdjRibIn(false);
        assertFalse(off.enabled());
        off.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        off.apply(announce6(ATTRS, NH6, "2001:db8::/32"));
        assertEquals(0, off.size());
        assertEquals(0, off.size(Family.IPV4_UNICAST));
        assertEquals(List.of(), routes(off));
        assertNull(off.get(prefix("10.0.0.0/24")));
        off.markStale();
        assertEquals(0, off.staleCount());
        assertEquals(0, factory.attributeSets());
        assertTrue(rib.enabled());
    }

    @Test
    void nlriObjectsAreKeyedByTheirWireForm() {
        rib.apply(announce4(ATTRS, NH4, "10.0.0.0/24"));
        assertNotNull(rib.get(IpPrefix.parse("10.0.0.77/24", 0))); // host bits past the prefix's bytes
        assertNotNull(rib.getIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000063, 24), 0));
    }
}
