package bgp.rib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.NextHopSelf;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Update;
import bgp.codec.nlri.EmptyNlri;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.rib.internal.RibFactoryComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** next-hop self: resolved with the neighbor's session at the RIB boundary, never in a RIB, never encoded. */
class NextHopSelfTest {
    private static final byte[] LOCAL4 = IpAddresses.parse("192.0.2.254");
    private static final byte[] LOCAL6 = IpAddresses.parse("2001:db8::fe");
    private static final int ROUTER_ID = IpAddresses.parseIpv4("10.255.0.1");
    private static final IpPrefix V4 = IpPrefix.parse("10.0.0.0/24", 0);
    private static final IpPrefix V6 = IpPrefix.parse("2001:db8:1::/48", 0);
    private static final List<Attribute> ATTRS = List.of(Origin.IGP, AsPath.sequence(65000));

    @Test
    void anIpv4RouteOnAnIpv4SessionTakesTheLocalAddressAndSoDoesItsNextHopAttribute() {
        Route self = Route.self(V4, List.of(Origin.IGP, AsPath.sequence(65000), NextHop.SELF));
        assertTrue(self.isSelf());
        assertEquals(NextHopSelf.IPV4, self.nextHopSelf());
        Route resolved = NextHopResolver.of(LOCAL4, ROUTER_ID).resolve(self);
        assertFalse(resolved.isSelf());
        assertArrayEquals(LOCAL4, resolved.nextHop());
        assertEquals(List.of(Origin.IGP, AsPath.sequence(65000), NextHop.of(IpAddresses.parseIpv4("192.0.2.254"))),
                resolved.attributes());
        assertEquals(V4, resolved.nlri());
    }

    @Test
    void anIpv6RouteOnAnIpv6SessionTakesTheLocalAddressInMpReach() {
        Route resolved = NextHopResolver.of(LOCAL6, ROUTER_ID).resolve(Route.self(V6, ATTRS));
        assertArrayEquals(LOCAL6, resolved.nextHop());
        AttributeSet set = new RibFactoryComponent(BuiltinCodecs.codec()).attributes(resolved);
        assertEquals(Family.IPV6_UNICAST, set.mpFamily().orElseThrow());
        assertArrayEquals(LOCAL6, set.nextHop());
        assertEquals(List.of("2001:db8::fe"), set.nextHopAddresses());
    }

    @Test
    void anIpv4RouteOnAnIpv6SessionTakesTheRouterId() {
        Route resolved = NextHopResolver.of(LOCAL6, ROUTER_ID).resolve(Route.self(V4,
                List.of(Origin.IGP, NextHop.SELF)));
        assertArrayEquals(IpAddresses.parse("10.255.0.1"), resolved.nextHop());
        assertEquals(List.of(Origin.IGP, NextHop.of(ROUTER_ID)), resolved.attributes());
    }

    @Test
    void anIpv6RouteOnAnIpv4SessionIsTheAfiError() {
        NextHopResolver session = NextHopResolver.of(LOCAL4, ROUTER_ID);
        Route route = Route.self(V6, ATTRS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.resolve(route));
        assertEquals("use of \"next-hop self\": the route (ipv6) does not have the same family as the BGP tcp"
                + " session (ipv4)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> session.check(route));
    }

    @Test
    void theSentinelTakesTheRoutesAfiForEveryFamily() {
        VpnPrefix vpn4 = VpnPrefix.of(V4, RouteDistinguisher.as2(65000, 1), 100);
        LabeledPrefix labeled6 = LabeledPrefix.of(V6, 200);
        assertEquals(NextHopSelf.IPV4, Route.self(vpn4, ATTRS).nextHopSelf());
        assertEquals(NextHopSelf.IPV6, Route.self(labeled6, ATTRS).nextHopSelf());
        assertArrayEquals(IpAddresses.parse("10.255.0.1"),
                NextHopResolver.of(LOCAL6, ROUTER_ID).resolve(Route.self(vpn4, ATTRS)).nextHop());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NextHopResolver.of(LOCAL4, ROUTER_ID).resolve(Route.self(labeled6, ATTRS)));
        assertEquals("use of \"next-hop self\": the route (ipv6) does not have the same family as the BGP tcp"
                + " session (ipv4)", e.getMessage());
    }

    @Test
    void aRouteWithoutTheSentinelIsReturnedAsItIs() {
        Route plain = Route.of(V4, "192.0.2.7", ATTRS);
        assertSame(plain, NextHopResolver.of(LOCAL4, ROUTER_ID).resolve(plain));
        assertSame(plain, NextHopResolver.pending(Family.AFI_IPV4, ROUTER_ID).resolve(plain));
    }

    @Test
    void anAutoDiscoveredLocalAddressResolvesWhenTheSessionKnowsIt() {
        NextHopResolver waiting = NextHopResolver.pending(Family.AFI_IPV6, ROUTER_ID);
        assertFalse(waiting.knowsLocalAddress());
        Route v6 = Route.self(V6, ATTRS);
        assertFalse(waiting.canResolve(v6));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> waiting.resolve(v6));
        assertEquals("next-hop self of 2001:db8:1::/48: the local address of the ipv6 session is not known yet",
                e.getMessage());
        // the router-id fallback needs no local address
        assertTrue(waiting.canResolve(Route.self(V4, ATTRS)));
        assertArrayEquals(IpAddresses.parse("10.255.0.1"), waiting.resolve(Route.self(V4, ATTRS)).nextHop());
        NextHopResolver up = waiting.withLocalAddress(LOCAL6);
        assertTrue(up.canResolve(v6));
        assertArrayEquals(LOCAL6, up.resolve(v6).nextHop());
        assertThrows(IllegalArgumentException.class, () -> waiting.withLocalAddress(LOCAL4));
        assertThrows(IllegalArgumentException.class,
                () -> NextHopResolver.pending(Family.AFI_IPV4, ROUTER_ID).check(v6));
    }

    @Test
    void theSentinelNeverReachesARib() {
        RibFactory factory = new RibFactoryComponent(BuiltinCodecs.codec());
        AdjRibOut out = factory.newAdjRibOut();
        Route self = Route.self(V4, ATTRS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> out.announce(self));
        assertEquals("unresolved next-hop self (ipv4) in route 10.0.0.0/24: it must be resolved with the neighbor's"
                + " session before it enters the Adj-RIB-Out", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> factory.attributes(self));
        assertEquals("unresolved next-hop self (ipv4) in route 10.0.0.0/24: it must be resolved with the neighbor's"
                + " session before it enters an attribute set", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> factory.attributes(Family.IPV4_UNICAST, LOCAL4,
                List.of(Origin.IGP, NextHop.SELF)));
        assertEquals("NEXT_HOP attribute self does not go with the ipv4 unicast next hop 192.0.2.254",
                e.getMessage());
        assertEquals(0, out.size());
        assertEquals(0, factory.attributeSets());

        out.announce(NextHopResolver.of(LOCAL4, ROUTER_ID).resolve(self));
        out.sessionUp();
        WireWriter w = new WireWriter();
        assertTrue(out.drain(OpenContext.builder().build(), w, 4096));
        assertEquals("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF002F0200000014" + "40010100" + "4002060201000" + "0FDE8"
                + "400304C00002FE" + "180A0000", bgp.codec.Hex.encode(w.toByteArray()));
    }

    @Test
    void packingAnUnresolvedSentinelFails() {
        // the codec refuses to encode the sentinel, in the body and in MP_REACH_NLRI: a RIB never holds one
        OpenContext ctx = OpenContext.builder().family(Family.IPV6_UNICAST).build();
        Update body = Update.announce(List.of(Origin.IGP, AsPath.EMPTY, NextHop.SELF),
                Ipv4Prefixes.unicast(Ipv4Prefixes.pack(0x0A000000, 24)));
        BgpEncodeException e = assertThrows(BgpEncodeException.class, () -> BuiltinCodecs.codec().encode(body, ctx));
        assertEquals("unresolved next-hop self (ipv4): it must be resolved with the neighbor's session before the"
                + " route is encoded", e.getMessage());
        Update mp = Update.announce(List.of(MpReach.self(Family.IPV6_UNICAST, NextHopSelf.IPV6,
                EmptyNlri.of(Family.IPV6_UNICAST)), Origin.IGP, AsPath.EMPTY), Ipv4Prefixes.EMPTY);
        e = assertThrows(BgpEncodeException.class, () -> BuiltinCodecs.codec().encode(mp, ctx));
        assertEquals("unresolved next-hop self (ipv6): it must be resolved with the neighbor's session before the"
                + " route is encoded", e.getMessage());
        // and a route whose next hop is self has no address to give
        IllegalArgumentException ie = assertThrows(IllegalArgumentException.class,
                () -> Route.self(V4, ATTRS).nextHop());
        assertEquals("unresolved next-hop self (ipv4) in route 10.0.0.0/24: it must be resolved with the neighbor's"
                + " session before it enters a RIB", ie.getMessage());
    }

    @Test
    void aRouteIsValidatedWhenItIsBuilt() {
        assertEquals("invalid next hop of 5 bytes for 10.0.0.0/24: 4, 16 or 32 expected",
                assertThrows(IllegalArgumentException.class, () -> Route.of(V4, new byte[5], ATTRS)).getMessage());
        assertEquals("NEXT_HOP attribute 192.0.2.9 differs from the next hop 192.0.2.7 of route 10.0.0.0/24",
                assertThrows(IllegalArgumentException.class, () -> Route.of(V4, "192.0.2.7",
                        List.of(NextHop.of(IpAddresses.parseIpv4("192.0.2.9"))))).getMessage());
        assertEquals("NEXT_HOP attribute on a route of ipv6 unicast (2001:db8:1::/48): its next hop travels in"
                + " MP_REACH_NLRI", assertThrows(IllegalArgumentException.class,
                        () -> Route.self(V6, List.of(NextHop.SELF))).getMessage());
        assertEquals("ipv4 unicast 10.0.0.0/24 next-hop self [igp]", Route.self(V4, List.of(Origin.IGP)).toString());
        assertEquals(Route.of(V4, "self", ATTRS), Route.self(V4, ATTRS));
    }

    @Test
    void otherAttributesKeepTheNextHopAndAreCheckedAsAnyRoutes() {
        Route self = Route.self(V4, ATTRS);
        Route other = self.withAttributes(List.of(Origin.EGP));
        assertTrue(other.isSelf());
        assertEquals(V4, other.nlri());
        assertEquals(List.of(Origin.EGP), other.attributes());
        Route plain = Route.of(V6, LOCAL6, ATTRS).withAttributes(List.of(AsPath.sequence(1)));
        assertArrayEquals(LOCAL6, plain.nextHop());
        assertEquals(List.of(AsPath.sequence(1)), plain.attributes());
        assertEquals("NEXT_HOP attribute on a route of ipv6 unicast (2001:db8:1::/48): its next hop travels in"
                + " MP_REACH_NLRI", assertThrows(IllegalArgumentException.class,
                        () -> Route.of(V6, LOCAL6, ATTRS).withAttributes(List.of(NextHop.of(1)))).getMessage());
    }
}
