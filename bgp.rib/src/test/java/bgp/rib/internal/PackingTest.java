package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.ATTRS;
import static bgp.rib.internal.Fixtures.DUAL;
import static bgp.rib.internal.Fixtures.IPV4;
import static bgp.rib.internal.Fixtures.NH4;
import static bgp.rib.internal.Fixtures.NH6;
import static bgp.rib.internal.Fixtures.decode;
import static bgp.rib.internal.Fixtures.drainAll;
import static bgp.rib.internal.Fixtures.hex;
import static bgp.rib.internal.Fixtures.messages;
import static bgp.rib.internal.Fixtures.prefix;
import static bgp.rib.internal.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packer: exact bytes of the UPDATEs an Adj-RIB-Out writes, decoded back with the codec. */
class PackingTest {
    private static final String MARKER = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    /** ORIGIN igp, AS_PATH 65001 65002 (4 octets), NEXT_HOP 192.0.2.1, MED 10: 31 bytes. */
    private static final String ATTRS4 = "40010100 40020A02020000FDE90000FDEA 400304C0000201 8004040000000A";

    private final RibFactoryComponent factory = Fixtures.factory();
    private final AdjRibOut out = factory.newAdjRibOut();

    private AdjRibOut up() {
        out.sessionUp();
        return out;
    }

    @Test
    void ipv4UnicastGoesInTheBodyWithNextHopAndAttributesInTypeOrder() {
        up().announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        out.announce(Route.of(prefix("10.1.0.0/16"), NH4, ATTRS));
        byte[] bytes = drainAll(out, IPV4);
        assertEquals(MARKER + "003D 02 0000 001F " + ATTRS4 + " 180A0000 100A01",
                spaced(bytes, MARKER + "003D 02 0000 001F " + ATTRS4 + " 180A0000 100A01"));
        Update u = decode(bytes, IPV4).get(0);
        assertEquals(List.of("10.0.0.0/24", "10.1.0.0/16"), texts(u.nlri()));
        assertEquals(NextHop.of(0xC0000201), u.attribute(NextHop.class).orElseThrow());
        assertEquals(0, out.pending());
    }

    @Test
    void ipv6GoesInMpReachLastWithItsNextHopAfterTheOtherAttributesWithA1OctetLength() {
        List<Attribute> attrs = List.of(AsPath.sequence(65001), Origin.IGP); // given out of order
        up().announce(Route.of(prefix("2001:db8::/32"), NH6, attrs));
        byte[] bytes = drainAll(out, DUAL);
        String expected = MARKER + "0041 02 0000 002A"
                + " 40010100 4002060201 0000FDE9"
                + " 800E1A 0002 01 10 20010DB8000000000000000000000001 00 2020010DB8";
        assertEquals(expected, spaced(bytes, expected));
        Update u = decode(bytes, DUAL).get(0);
        MpReach r = u.mpReach().orElseThrow();
        assertEquals(List.of("2001:db8::/32"), texts(r.nlri()));
        assertArrayEquals(NH6, r.nextHop());
        assertEquals(Ipv4Prefixes.EMPTY, u.nlri());
    }

    @Test
    void addPathWritesEachPathIdentifierBeforeItsPrefix() {
        OpenContext ctx = IPV4.toBuilder().addPath(Family.IPV4_UNICAST).build();
        up().announce(Route.of(prefix("10.0.0.0/24", 1), NH4, ATTRS));
        out.announce(Route.of(prefix("10.0.0.0/24", 2), NH4, ATTRS));
        byte[] bytes = drainAll(out, ctx);
        String expected = MARKER + "0046 02 0000 001F " + ATTRS4 + " 00000001 180A0000 00000002 180A0000";
        assertEquals(expected, spaced(bytes, expected));
        assertEquals(List.of("10.0.0.0/24 path 1", "10.0.0.0/24 path 2"), texts(decode(bytes, ctx).get(0).nlri()));
    }

    @Test
    void withoutAddPathNoPathIdentifierIsWritten() {
        up().announce(Route.of(prefix("10.0.0.0/24", 7), NH4, ATTRS));
        byte[] bytes = drainAll(out, IPV4);
        String expected = MARKER + "003A 02 0000 001F " + ATTRS4 + " 180A0000";
        assertEquals(expected, spaced(bytes, expected));
    }

    @Test
    void withdrawalsComeFirstInTheirOwnUpdates() {
        up().announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        out.announce(Route.of(prefix("10.0.1.0/24"), NH4, ATTRS));
        out.announce(Route.of(prefix("2001:db8::/32"), NH6, ATTRS));
        drainAll(out, DUAL);
        out.announce(Route.of(prefix("10.0.2.0/24"), NH4, ATTRS));
        assertTrue(out.withdraw(prefix("10.0.0.0/24")));
        assertTrue(out.withdraw(prefix("2001:db8::/32")));
        byte[] bytes = drainAll(out, DUAL);
        String expected = MARKER + "001B 02 0004 180A0000 0000"
                + " " + MARKER + "0022 02 0000 000B 800F08 0002 01 2020010DB8"
                + " " + MARKER + "003A 02 0000 001F " + ATTRS4 + " 180A0002";
        assertEquals(expected, spaced(bytes, expected));
        List<Update> updates = decode(bytes, DUAL);
        assertEquals(List.of("10.0.0.0/24"), texts(updates.get(0).withdrawn()));
        assertEquals(List.of("2001:db8::/32"), texts(updates.get(1).mpUnreach().orElseThrow().nlri()));
        assertEquals(List.of("10.0.2.0/24"), texts(updates.get(2).nlri()));
    }

    @Test
    void oneUpdatePerAttributeSetInTheOrderTheSetsBecamePending() {
        List<Attribute> other = List.of(Origin.EGP, AsPath.sequence(65001, 65002), new bgp.codec.attribute.Med(10));
        up().announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        out.announce(Route.of(prefix("10.0.1.0/24"), NH4, other));
        out.announce(Route.of(prefix("10.0.2.0/24"), NH4, ATTRS));
        List<Update> updates = decode(drainAll(out, IPV4), IPV4);
        assertEquals(2, updates.size());
        assertEquals(List.of("10.0.0.0/24", "10.0.2.0/24"), texts(updates.get(0).nlri()));
        assertEquals(List.of("10.0.1.0/24"), texts(updates.get(1).nlri()));
        assertEquals(Origin.EGP, updates.get(1).attribute(Origin.class).orElseThrow());
    }

    @Test
    void aTwoOctetSessionGetsAsTransAndAs4Path() {
        OpenContext old = IPV4.toBuilder().asn4(false).build();
        List<Attribute> attrs = List.of(Origin.IGP, AsPath.sequence(65001, 4200000000L));
        up().announce(Route.of(prefix("10.0.0.0/24"), NH4, attrs));
        byte[] bytes = drainAll(out, old);
        String expected = MARKER + "003C 02 0000 0021 40010100 4002060202FDE95BA0 C0110A02020000FDE9FA56EA00"
                + " 400304C0000201 180A0000";
        assertEquals(expected, spaced(bytes, expected));
        Update u = decode(bytes, old).get(0);
        assertEquals(AsPath.sequence(65001, 4200000000L), u.attribute(AsPath.class).orElseThrow());
    }

    @Test
    void ipv4RoutesWithAnIpv6NextHopGoInMpReachOfIpv4Unicast() {
        up().announce(Route.of(prefix("10.0.0.0/24"), NH6, List.of(Origin.IGP, AsPath.EMPTY)));
        byte[] bytes = drainAll(out, IPV4);
        String expected = MARKER + "003A 02 0000 0023 40010100 400200"
                + " 800E19 0001 01 10 20010DB8000000000000000000000001 00 180A0000";
        assertEquals(expected, spaced(bytes, expected));
    }

    @Test
    void labeledAndVpnRoutesAreAnnouncedWithTheirLabelsAndWithdrawnWithTheCompatibilityLabel() {
        // the IPv4 next hop travels in MP_REACH_NLRI and, as ExaBGP sends it, in a NEXT_HOP attribute too
        OpenContext ctx = IPV4.toBuilder().family(Family.IPV4_LABELED).family(Family.IPV4_MPLS_VPN).build();
        LabeledPrefix labeled = LabeledPrefix.of(prefix("10.0.0.0/24"), 100);
        VpnPrefix vpn = VpnPrefix.of(prefix("10.0.0.0/24"), RouteDistinguisher.as2(65000, 1), 200);
        List<Attribute> attrs = List.of(Origin.IGP, AsPath.EMPTY);
        up().announce(Route.of(labeled, NH4, attrs));
        out.announce(Route.of(vpn, NH4, attrs));
        byte[] bytes = drainAll(out, ctx);
        String expected = MARKER + "0038 02 0000 0021 40010100 400200 400304C0000201"
                + " 800E10 0001 04 04 C0000201 00 30 000641 0A0000"
                + " " + MARKER + "0048 02 0000 0031 40010100 400200 400304C0000201"
                + " 800E20 0001 80 0C 0000000000000000 C0000201 00"
                + " 70 000C81 0000FDE800000001 0A0000";
        assertEquals(expected, spaced(bytes, expected));
        decode(bytes, ctx);
        assertTrue(out.withdraw(LabeledPrefix.of(prefix("10.0.0.0/24"), 999))); // any label: the key is the prefix
        assertTrue(out.withdraw(vpn));
        bytes = drainAll(out, ctx);
        expected = MARKER + "0024 02 0000 000D 800F0A 0001 04 30 800000 0A0000"
                + " " + MARKER + "002C 02 0000 0015 800F12 0001 80 70 800000 0000FDE800000001 0A0000";
        assertEquals(expected, spaced(bytes, expected));
        List<Update> updates = decode(bytes, ctx);
        assertEquals(Family.IPV4_LABELED, updates.get(0).mpUnreach().map(MpUnreach::family).orElseThrow());
    }

    @Test
    void ipv4MulticastCarriesItsNextHopInMpReachAndInNextHopAsExabgpSendsIt() {
        OpenContext ctx = IPV4.toBuilder().family(Family.IPV4_MULTICAST).build();
        up().announce(Route.of(prefix("10.0.0.0/24").with(Family.IPV4_MULTICAST, 0), NH4,
                List.of(Origin.IGP, AsPath.EMPTY)));
        byte[] bytes = drainAll(out, ctx);
        String expected = MARKER + "0035 02 0000 001E 40010100 400200 400304C0000201"
                + " 800E0D 0001 02 04 C0000201 00 180A0000";
        assertEquals(expected, spaced(bytes, expected));
        assertEquals(List.of("10.0.0.0/24"), texts(decode(bytes, ctx).get(0).mpReach().orElseThrow().nlri()));
    }

    @Test
    void updatesAreSplitAt4096BytesEachAsFullAsItCanBe() {
        up();
        List<String> announced = new ArrayList<>();
        AttributeSet set = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        for (int i = 0; i < 2500; i++) {
            long p = Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24);
            out.announceIpv4(Family.IPV4_UNICAST, p, 0, set);
            announced.add("10." + (i >>> 8) + "." + (i & 0xFF) + ".0/24");
        }
        byte[] bytes = drainAll(out, IPV4);
        List<byte[]> ms = messages(bytes);
        // 4096 - 23 - 31 = 4042 bytes of NLRI: 1010 prefixes of 4 bytes
        assertEquals(List.of(4094, 4094, 23 + 31 + 480 * 4), ms.stream().map(m -> m.length).toList());
        List<String> seen = new ArrayList<>();
        for (Update u : decode(bytes, IPV4)) {
            seen.addAll(texts(u.nlri()));
        }
        assertEquals(announced, seen);

        for (int i = 0; i < 2500; i++) {
            out.withdrawIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24), 0);
        }
        bytes = drainAll(out, IPV4);
        // 4096 - 23 = 4073 bytes of withdrawn routes: 1018 prefixes
        assertEquals(List.of(4095, 4095, 23 + 464 * 4), messages(bytes).stream().map(m -> m.length).toList());
        seen.clear();
        for (Update u : decode(bytes, IPV4)) {
            seen.addAll(texts(u.withdrawn()));
        }
        assertEquals(announced, seen);
    }

    @Test
    void withExtendedMessagesUpdatesAreSplitAt65535Bytes() {
        OpenContext big = IPV4.toBuilder().extendedMessage(true).build();
        up();
        AttributeSet set = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        for (int i = 0; i < 20000; i++) {
            out.announceIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24), 0, set);
        }
        byte[] bytes = drainAll(out, big);
        // 65535 - 54 = 65481 bytes of NLRI: 16370 prefixes
        assertEquals(List.of(65534, 23 + 31 + 3630 * 4), messages(bytes).stream().map(m -> m.length).toList());
        assertEquals(20000, decode(bytes, big).stream().mapToInt(u -> u.nlri().size()).sum());
    }

    @Test
    void ipv6UpdatesAreSplitToo() {
        up();
        AttributeSet set = factory.attributes(Family.IPV6_UNICAST, NH6, ATTRS);
        for (int i = 0; i < 1000; i++) {
            out.announceIpv6(Family.IPV6_UNICAST, 0x20010DB800000000L | (long) i << 16, 0, 48, 0, set);
        }
        byte[] bytes = drainAll(out, DUAL);
        // 4096 - 23 - (4 + 21) - 24 (attributes without NEXT_HOP) = 4024 bytes: 574 prefixes of 7 bytes
        assertEquals(List.of(23 + 25 + 24 + 574 * 7, 23 + 25 + 24 + 426 * 7),
                messages(bytes).stream().map(m -> m.length).toList());
        assertEquals(1000, decode(bytes, DUAL).stream().mapToInt(u -> u.mpReach().orElseThrow().nlri().size()).sum());
    }

    @Test
    void drainStopsAfterMaxBytesAndResumes() {
        up();
        AttributeSet set = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        for (int i = 0; i < 2500; i++) {
            out.announceIpv4(Family.IPV4_UNICAST, Ipv4Prefixes.pack(0x0A000000 + (i << 8), 24), 0, set);
        }
        WireWriter w = new WireWriter();
        assertFalse(out.drain(IPV4, w, 1));
        assertEquals(4094, w.position()); // one whole message
        assertEquals(1490, out.pending());
        assertFalse(out.drain(IPV4, w, 4094));
        assertEquals(2 * 4094, w.position());
        assertTrue(out.drain(IPV4, w, 1 << 20));
        assertEquals(0, out.pending());
        assertEquals(2500, decode(w.toByteArray(), IPV4).stream().mapToInt(u -> u.nlri().size()).sum());
        WireWriter none = new WireWriter();
        assertTrue(out.drain(IPV4, none, 1));
        assertEquals(0, none.position());
    }

    @Test
    void mpAttributesTakeTheExtendedLengthWhenTheirContentPassesTwoHundredFiftyFiveBytes() {
        up();
        AttributeSet set = factory.attributes(Family.IPV6_UNICAST, NH6, ATTRS);
        for (int i = 0; i < 100; i++) { // 21 + 100 * 7 bytes of MP_REACH_NLRI content
            out.announceIpv6(Family.IPV6_UNICAST, 0x20010DB800000000L | (long) i << 16, 0, 48, 0, set);
        }
        byte[] bytes = drainAll(out, DUAL);
        String head = MARKER + "0304 02 0000 02ED 40010100 40020A02020000FDE90000FDEA 8004040000000A 900E02D1";
        assertEquals(head, spaced(bytes, head).substring(0, head.length()));
        assertEquals(0x304, bytes.length);
        for (int i = 0; i < 100; i++) {
            out.withdraw(bgp.codec.nlri.IpPrefix.parse("2001:db8:" + Integer.toHexString(i) + "::/48", 0));
        }
        bytes = drainAll(out, DUAL);
        String withdrawn = MARKER + "02DA 02 0000 02C3 900F02BF 0002 01 30";
        assertEquals(withdrawn, spaced(bytes, withdrawn).substring(0, withdrawn.length()));
        assertEquals(100, decode(bytes, DUAL).get(0).mpUnreach().orElseThrow().nlri().size());
    }

    @Test
    void groupingIpv4UnicastPacksOnlyIpv4UnicastAsExabgpsGroupUpdates() {
        AdjRibOut rib = factory.newAdjRibOut(AdjRibOut.Grouping.IPV4_UNICAST);
        assertEquals(AdjRibOut.Grouping.IPV4_UNICAST, rib.grouping());
        rib.sessionUp();
        rib.announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        rib.announce(Route.of(prefix("2001:db8:1::/48"), NH6, ATTRS));
        rib.announce(Route.of(prefix("10.0.1.0/24"), NH4, ATTRS));
        rib.announce(Route.of(prefix("2001:db8:2::/48"), NH6, ATTRS));
        List<Update> updates = decode(drainAll(rib, DUAL), DUAL);
        assertEquals(3, updates.size());
        assertEquals(List.of("10.0.0.0/24", "10.0.1.0/24"), texts(updates.get(0).nlri()));
        assertEquals(List.of("2001:db8:1::/48"), texts(updates.get(1).mpReach().orElseThrow().nlri()));
        assertEquals(List.of("2001:db8:2::/48"), texts(updates.get(2).mpReach().orElseThrow().nlri()));

        rib.withdraw(prefix("10.0.0.0/24"));
        rib.withdraw(prefix("10.0.1.0/24"));
        rib.withdraw(prefix("2001:db8:1::/48"));
        rib.withdraw(prefix("2001:db8:2::/48"));
        updates = decode(drainAll(rib, DUAL), DUAL);
        assertEquals(3, updates.size());
        assertEquals(List.of("10.0.0.0/24", "10.0.1.0/24"), texts(updates.get(0).withdrawn()));
        assertEquals(List.of("2001:db8:1::/48"), texts(updates.get(1).mpUnreach().orElseThrow().nlri()));
        assertEquals(List.of("2001:db8:2::/48"), texts(updates.get(2).mpUnreach().orElseThrow().nlri()));
        assertEquals(0, rib.pending());
    }

    @Test
    void groupingNoneSendsOneNlriPerUpdateAsExabgpsGroupUpdatesFalse() {
        AdjRibOut rib = factory.newAdjRibOut(AdjRibOut.Grouping.NONE);
        rib.sessionUp();
        rib.announce(Route.of(prefix("10.0.0.0/24"), NH4, ATTRS));
        rib.announce(Route.of(prefix("10.0.1.0/24"), NH4, ATTRS));
        byte[] bytes = drainAll(rib, IPV4);
        String expected = MARKER + "003A 02 0000 001F " + ATTRS4 + " 180A0000"
                + " " + MARKER + "003A 02 0000 001F " + ATTRS4 + " 180A0001";
        assertEquals(expected, spaced(bytes, expected));
        rib.withdraw(prefix("10.0.0.0/24"));
        rib.withdraw(prefix("10.0.1.0/24"));
        bytes = drainAll(rib, IPV4);
        expected = MARKER + "001B 02 0004 180A0000 0000" + " " + MARKER + "001B 02 0004 180A0001 0000";
        assertEquals(expected, spaced(bytes, expected));
        assertEquals(0, rib.pending());
    }

    @Test
    void theDefaultGroupingIsAll() {
        assertEquals(AdjRibOut.Grouping.ALL, out.grouping());
        assertTrue(AdjRibOut.Grouping.ALL.groups(Family.IPV6_UNICAST));
        assertTrue(AdjRibOut.Grouping.IPV4_UNICAST.groups(Family.IPV4_UNICAST));
        assertFalse(AdjRibOut.Grouping.IPV4_UNICAST.groups(Family.IPV4_MULTICAST));
        assertFalse(AdjRibOut.Grouping.NONE.groups(Family.IPV4_UNICAST));
    }

    /** conf-new-v4's routes, held before the session: ExaBGP's UPDATEs, in announcement order. */
    @Test
    void routesHeldAtSessionUpGoOutInAnnouncementOrderBucketsByTheirFirstRoute() {
        List<Attribute> a = List.of(Origin.IGP, AsPath.EMPTY, new bgp.codec.attribute.LocalPref(100));
        List<Attribute> b = List.of(Origin.IGP, AsPath.EMPTY, new bgp.codec.attribute.LocalPref(200));
        String[] order = {"10.0.9.0/24", "10.0.4.0/24", "10.0.5.0/24", "10.0.2.0/24", "10.0.6.0/24", "10.0.1.0/24",
            "10.0.3.0/24", "10.0.8.0/24", "10.0.7.0/24"};
        for (int i = 0; i < order.length; i++) {
            out.announce(Route.of(prefix(order[i]), NH4, i % 3 == 0 ? a : b));
        }
        out.announce(Route.of(prefix("10.0.9.0/24"), NH4, b)); // changed: now the last of b
        up();
        List<Update> updates = decode(drainAll(out, IPV4), IPV4);
        assertEquals(2, updates.size());
        // b's first route (10.0.4.0/24) was announced before a's first pending one (10.0.2.0/24)
        assertEquals(List.of("10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24", "10.0.1.0/24", "10.0.8.0/24",
                "10.0.7.0/24", "10.0.9.0/24"), texts(updates.get(0).nlri()));
        assertEquals(List.of("10.0.2.0/24", "10.0.3.0/24"), texts(updates.get(1).nlri()));

        out.flush();
        List<Update> again = decode(drainAll(out, IPV4), IPV4);
        assertEquals(texts(updates.get(0).nlri()), texts(again.get(0).nlri()));
        assertEquals(texts(updates.get(1).nlri()), texts(again.get(1).nlri()));
        out.sessionDown();
        out.sessionUp();
        again = decode(drainAll(out, IPV4), IPV4);
        assertEquals(texts(updates.get(0).nlri()), texts(again.get(0).nlri()));
        assertEquals(texts(updates.get(1).nlri()), texts(again.get(1).nlri()));
    }

    @Test
    void announcementOrderSurvivesRehashesAndManyRoutes() {
        AttributeSet set = factory.attributes(Family.IPV4_UNICAST, NH4, ATTRS);
        AttributeSet other = factory.attributes(Family.IPV4_UNICAST, NH4, List.of(Origin.EGP, AsPath.EMPTY));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int j = (i * 7919) % 3000; // not in address order
            long p = Ipv4Prefixes.pack(0x0A000000 + (j << 8), 24);
            String text = "10." + (j >>> 8) + "." + (j & 0xFF) + ".0/24";
            out.announceIpv4(Family.IPV4_UNICAST, p, 0, i % 2 == 0 ? other : set);
            (i % 2 == 0 ? first : second).add(text);
        }
        up();
        List<String> seen = new ArrayList<>();
        for (Update u : decode(drainAll(out, IPV4), IPV4)) {
            seen.addAll(texts(u.nlri()));
        }
        List<String> expected = new ArrayList<>(first);
        expected.addAll(second);
        assertEquals(expected, seen);
    }

    /** Change numbers far apart (many changes of one route): the rebuild sorts them instead of placing them. */
    @Test
    void announcementOrderHoldsWithSparseChangeNumbers() {
        List<Attribute> other = List.of(Origin.EGP, AsPath.EMPTY);
        out.announce(Route.of(prefix("10.0.3.0/24"), NH4, ATTRS));
        for (int i = 0; i < 3000; i++) {
            out.announce(Route.of(prefix("10.0.1.0/24"), NH4, i % 2 == 0 ? other : ATTRS));
        }
        out.announce(Route.of(prefix("10.0.2.0/24"), NH4, ATTRS));
        up();
        List<Update> updates = decode(drainAll(out, IPV4), IPV4);
        assertEquals(1, updates.size());
        assertEquals(List.of("10.0.3.0/24", "10.0.1.0/24", "10.0.2.0/24"), texts(updates.get(0).nlri()));
    }

    /** The bytes as hex, spaced as {@code like} is (so that a failure shows where the bytes differ). */
    private static String spaced(byte[] bytes, String like) {
        String h = Hex.encode(bytes);
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (int i = 0; i < like.length() && k < h.length(); i++) {
            if (like.charAt(i) == ' ') {
                sb.append(' ');
            } else {
                sb.append(h.charAt(k++));
            }
        }
        return sb.append(h.substring(k)).toString();
    }
}
