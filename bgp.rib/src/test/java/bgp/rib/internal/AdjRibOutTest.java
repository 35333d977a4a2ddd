package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.ATTRS;
import static bgp.rib.internal.Fixtures.DUAL;
import static bgp.rib.internal.Fixtures.IPV4;
import static bgp.rib.internal.Fixtures.NH4;
import static bgp.rib.internal.Fixtures.NH6;
import static bgp.rib.internal.Fixtures.decode;
import static bgp.rib.internal.Fixtures.drainAll;
import static bgp.rib.internal.Fixtures.prefix;
import static bgp.rib.internal.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Nlri;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Adj-RIB-Out as a state machine: what a drain sends after each sequence of changes. */
class AdjRibOutTest {
    private static final List<Attribute> OTHER = List.of(Origin.EGP, AsPath.sequence(65001));

    private final RibFactoryComponent factory = Fixtures.factory();
    private final AdjRibOut out = factory.newAdjRibOut();

    private static Route route(String prefix, List<Attribute> attrs) {
        return Route.of(prefix(prefix), NH4, attrs);
    }

    /** What a drain sends, as lines: "withdraw P", "announce P origin". */
    private List<String> sent() {
        List<String> lines = new ArrayList<>();
        for (Update u : decode(drainAll(out, DUAL), DUAL)) {
            texts(u.withdrawn()).forEach(p -> lines.add("withdraw " + p));
            u.mpUnreach().ifPresent(m -> texts(m.nlri()).forEach(p -> lines.add("withdraw " + p)));
            String origin = u.attribute(Origin.class).map(Origin::name).orElse("?");
            texts(u.nlri()).forEach(p -> lines.add("announce " + p + " " + origin));
            u.mpReach().ifPresent(m -> texts(m.nlri()).forEach(p -> lines.add("announce " + p + " " + origin)));
        }
        return lines;
    }

    @Test
    void aNewRibIsDownAndSessionUpMakesTheWholeTablePending() {
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(Route.of(prefix("2001:db8::/32"), NH6, ATTRS));
        assertFalse(out.isUp());
        assertEquals(2, out.pending());
        assertThrows(IllegalStateException.class, () -> out.drain(IPV4, new WireWriter(), 4096));
        out.sessionUp();
        assertEquals(List.of("announce 10.0.0.0/24 igp", "announce 2001:db8::/32 igp"), sent());
        assertEquals(0, out.pending());
        assertEquals(2, out.size());
    }

    @Test
    void announceThenWithdrawBeforeADrainSendsNothingWhenThePeerNeverHadTheRoute() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        assertTrue(out.withdraw(prefix("10.0.0.0/24")));
        assertEquals(0, out.pending());
        assertEquals(List.of(), sent());
        assertEquals(0, out.size());
        assertFalse(out.withdraw(prefix("10.0.0.0/24")));
    }

    @Test
    void announceThenWithdrawBeforeADrainSendsAWithdrawalWhenThePeerHadTheRoute() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        sent();
        out.announce(route("10.0.0.0/24", OTHER));
        out.withdraw(prefix("10.0.0.0/24"));
        assertEquals(1, out.pending());
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
        assertEquals(List.of(), sent());
    }


    @Test
    void anExplicitWithdrawalIsSentEvenWhenThePeerNeverHadTheRoute() {
        out.sessionUp();
        out.withdrawAlways(prefix("10.0.0.0/24")); // never announced
        out.withdrawAlways(prefix("2001:db8::/32"));
        assertEquals(2, out.pending());
        assertEquals(0, out.size());
        assertEquals(List.of("withdraw 10.0.0.0/24", "withdraw 2001:db8::/32"), sent());
        assertEquals(0, out.pending());
        out.withdrawAlways(prefix("10.0.0.0/24")); // again: sent again
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
        assertFalse(out.withdraw(prefix("10.0.0.0/24")), "the RIB holds no route after the withdrawal is out");
    }

    @Test
    void anExplicitWithdrawalOfARouteNotYetSentReplacesItsAnnouncement() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.withdrawAlways(prefix("10.0.0.0/24"));
        assertEquals(1, out.pending());
        assertEquals(0, out.size());
        assertNull(out.get(prefix("10.0.0.0/24")));
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
    }

    @Test
    void anExplicitWithdrawalOfASentRouteIsTheOrdinaryOneAndIsNotRepeated() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        sent();
        out.withdrawAlways(prefix("10.0.0.0/24"));
        out.withdrawAlways(prefix("10.0.0.0/24")); // its withdrawal is pending already
        assertEquals(1, out.pending());
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
    }

    @Test
    void anAnnouncementAfterAnExplicitWithdrawalReplacesIt() {
        out.sessionUp();
        out.withdrawAlways(prefix("10.0.0.0/24"));
        out.announce(route("10.0.0.0/24", OTHER));
        assertEquals(1, out.pending());
        assertEquals(List.of("announce 10.0.0.0/24 egp"), sent());
        out.withdrawAlways(prefix("10.0.0.0/24"));
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
        assertEquals(0, out.size());
    }

    @Test
    void anExplicitWithdrawalWhileDownIsTheOrdinaryOneAndAPendingOneIsLostWithTheSession() {
        out.withdrawAlways(prefix("10.0.0.0/24"));
        out.announce(route("10.0.1.0/24", ATTRS));
        out.withdrawAlways(prefix("10.0.1.0/24"));
        assertEquals(0, out.pending());
        out.sessionUp();
        assertEquals(List.of(), sent());
        out.withdrawAlways(prefix("10.0.2.0/24"));
        out.sessionDown();
        assertEquals(0, out.pending());
        out.sessionUp();
        assertEquals(List.of(), sent());
    }
    @Test
    void reAnnouncingWithTheSameAttributesSendsNothing() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(route("10.0.0.0/24", List.of(new bgp.codec.attribute.Med(10), AsPath.sequence(65001, 65002),
                Origin.IGP))); // the same set in another order
        assertEquals(1, out.pending());
        assertEquals(List.of("announce 10.0.0.0/24 igp"), sent());
        out.announce(route("10.0.0.0/24", ATTRS));
        assertEquals(0, out.pending());
        assertEquals(List.of(), sent());
    }

    @Test
    void changingARouteAndChangingItBackBeforeADrainSendsNothing() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        sent();
        out.announce(route("10.0.0.0/24", OTHER));
        assertEquals(1, out.pending());
        out.announce(route("10.0.0.0/24", ATTRS));
        assertEquals(0, out.pending());
        assertEquals(List.of(), sent());
    }

    @Test
    void onlyTheLastAttributesOfARouteAreSent() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(route("10.0.1.0/24", OTHER));
        out.announce(route("10.0.0.0/24", OTHER));
        assertEquals(List.of("announce 10.0.1.0/24 egp", "announce 10.0.0.0/24 egp"), sent());
    }

    @Test
    void withdrawThenAnnounceAgainBeforeADrainSendsTheAnnouncementOnly() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        sent();
        out.withdraw(prefix("10.0.0.0/24"));
        out.announce(route("10.0.0.0/24", OTHER));
        assertEquals(List.of("announce 10.0.0.0/24 egp"), sent());
        out.withdraw(prefix("10.0.0.0/24"));
        out.announce(route("10.0.0.0/24", OTHER));
        assertEquals(List.of(), sent());
    }

    @Test
    void flushSendsEveryRouteAgain() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(route("10.0.1.0/24", ATTRS));
        sent();
        out.flush();
        assertEquals(2, out.pending());
        assertEquals(Set.of("announce 10.0.0.0/24 igp", "announce 10.0.1.0/24 igp"), Set.copyOf(sent()));
        out.flush();
        out.announce(route("10.0.0.0/24", ATTRS)); // the same again: still to be sent once
        out.withdraw(prefix("10.0.1.0/24"));
        assertEquals(List.of("withdraw 10.0.1.0/24", "announce 10.0.0.0/24 igp"), sent());
    }

    @Test
    void clearWithdrawsWhatThePeerHasAndForgetsWhatItNeverGot() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        sent();
        out.announce(route("10.0.1.0/24", ATTRS));
        out.clear();
        assertEquals(0, out.size());
        assertEquals(1, out.pending());
        assertEquals(List.of("withdraw 10.0.0.0/24"), sent());
        assertEquals(0, factory.attributeSets());
    }

    @Test
    void sessionDownForgetsWhatThePeerHadAndSessionUpReplaysTheTable() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(route("10.0.1.0/24", ATTRS));
        sent();
        out.withdraw(prefix("10.0.1.0/24")); // pending withdrawal, lost with the session
        out.sessionDown();
        assertEquals(1, out.pending());
        out.announce(route("10.0.2.0/24", OTHER)); // while down
        out.sessionUp();
        // a replay lists the table in its own order
        assertEquals(Set.of("announce 10.0.0.0/24 igp", "announce 10.0.2.0/24 egp"), Set.copyOf(sent()));
        assertEquals(2, out.size());
    }

    @Test
    void familiesTheSessionDidNotNegotiateStayPending() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(Route.of(prefix("2001:db8::/32"), NH6, ATTRS));
        List<Update> ipv4Only = decode(drainAll(out, IPV4), IPV4);
        assertEquals(1, ipv4Only.size());
        assertEquals(1, out.pending());
        assertEquals(List.of("announce 2001:db8::/32 igp"), sent());
    }

    @Test
    void routesAreListedFamilyByFamilyWithTheirDesiredAttributes() {
        out.announce(Route.of(prefix("2001:db8::/32"), NH6, ATTRS));
        out.announce(route("10.0.0.0/24", ATTRS));
        out.announce(route("10.0.1.0/24", OTHER));
        out.withdraw(prefix("10.0.1.0/24"));
        List<String> seen = new ArrayList<>();
        out.forEach((Nlri n, AttributeSet a) -> seen.add(n.family() + " " + n + " " + a.nextHopAddresses()));
        assertEquals(List.of("ipv4 unicast 10.0.0.0/24 [192.0.2.1]", "ipv6 unicast 2001:db8::/32 [2001:db8::1]"),
                seen);
        assertEquals(List.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), List.copyOf(out.families()));
        assertEquals(1, out.size(Family.IPV4_UNICAST));
        assertNull(out.get(prefix("10.0.1.0/24")));
        assertEquals(Origin.IGP, out.get(prefix("10.0.0.0/24")).attributes().get(0));
    }

    @Test
    void aSetIsOnlyForTheFamilyItWasMadeFor() {
        AttributeSet v6 = factory.attributes(Family.IPV6_UNICAST, NH6, ATTRS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> out.announce(prefix("10.0.0.0/24"), v6));
        assertEquals("a route of ipv4 unicast cannot take attributes for ipv6 unicast (MP_REACH_NLRI)",
                e.getMessage());
        AttributeSet v4 = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        e = assertThrows(IllegalArgumentException.class, () -> out.announce(prefix("2001:db8::/32"), v4));
        assertEquals("a route of ipv6 unicast cannot take attributes for ipv4 unicast (UPDATE body)", e.getMessage());
        assertEquals(0, factory.attributeSets());
    }

    @Test
    void oneSetAnnouncedWithManyPrefixesIsInternedOnce() {
        AttributeSet set = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        assertEquals(0, factory.attributeSets()); // not used yet
        for (int i = 0; i < 100; i++) {
            out.announceIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24), 0, set);
        }
        assertEquals(1, factory.attributeSets());
        assertSame(out.get(prefix("10.0.0.0/24")), out.get(prefix("10.0.99.0/24")));
        assertTrue(out.withdrawIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000000, 24), 0));
        out.clear();
        assertEquals(0, factory.attributeSets());
    }

    @Test
    void attributesTooLargeForTheSessionFailTheDrainAndTheRestIsSent() {
        int[] many = new int[1100]; // 4400 bytes of communities: more than a 4096-byte UPDATE holds
        List<Attribute> huge = List.of(Origin.IGP, AsPath.EMPTY, Communities.wrap(many));
        out.sessionUp();
        out.announce(route("10.0.0.0/24", huge));
        out.announce(route("10.0.1.0/24", ATTRS));
        WireWriter w = new WireWriter();
        BgpEncodeException e = assertThrows(BgpEncodeException.class, () -> out.drain(IPV4, w, 1 << 20));
        assertTrue(e.getMessage().startsWith("attributes of 4418 bytes leave no room for ipv4 unicast NLRI in a"
                + " 4096-byte UPDATE"), e.getMessage());
        assertTrue(out.drain(IPV4, w, 1 << 20));
        assertEquals(List.of("10.0.1.0/24"), texts(decode(w.toByteArray(), IPV4).get(0).nlri()));
        assertEquals(1, out.pending()); // the large one: sent when the session allows it
        WireWriter big = new WireWriter();
        out.flush();
        assertTrue(out.drain(IPV4.toBuilder().extendedMessage(true).build(), big, 1 << 20));
        assertEquals(0, out.pending());
    }

    @Test
    void churnNeverGrowsTheBucketsWithoutBound() {
        out.sessionUp();
        AttributeSet a = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        AttributeSet b = factory.attributes(Family.IPV4_UNICAST, NH4, OTHER);
        long p = Ipv4Prefixes.pack(0x0A000000, 24);
        for (int i = 0; i < 100_000; i++) {
            out.announceIpv4(Family.IPV4_UNICAST, p, 0, (i & 1) == 0 ? a : b);
        }
        AdjRibOutImpl impl = (AdjRibOutImpl) out;
        assertTrue(impl.bucketEntries() <= 2 + 1024 + 1, "entries " + impl.bucketEntries());
        assertEquals(List.of("announce 10.0.0.0/24 egp"), sent());
    }

    @Test
    void aSetIdFreedAndTakenBySetOfAnotherFamilyKeepsTheQueuesApart() {
        out.sessionUp();
        out.announce(route("10.0.0.0/24", ATTRS)); // set id 1, its bucket queued for ipv4 unicast
        out.withdraw(prefix("10.0.0.0/24")); // never sent: forgotten, id 1 free
        out.announce(Route.of(prefix("2001:db8::/32"), NH6, OTHER)); // id 1 again, for ipv6 unicast
        out.announce(route("10.0.1.0/24", OTHER)); // id 2
        assertEquals(List.of("announce 10.0.1.0/24 egp", "announce 2001:db8::/32 egp"), sent());
        assertEquals(0, out.pending());
    }

    @Test
    void anUnresolvedNextHopSelfNeverEntersTheRib() {
        Route self = Route.self(prefix("10.0.0.0/24"), ATTRS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> out.announce(self));
        assertEquals("unresolved next-hop self (ipv4) in route 10.0.0.0/24: it must be resolved with the neighbor's"
                + " session before it enters the Adj-RIB-Out", e.getMessage());
        assertEquals(0, out.size());
        assertEquals(0, out.pending());
        assertEquals(0, factory.attributeSets());
    }
}
