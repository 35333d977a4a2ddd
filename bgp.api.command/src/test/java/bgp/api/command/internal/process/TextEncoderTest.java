package bgp.api.command.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.RouteRefreshCapability;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.reactor.Neighbor;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExaBGP 4.x's text lines, exactly, for every event the JSON encoder covers. */
class TextEncoderTest {
    static final Neighbor PEER = Neighbor.builder("10.0.0.2").localAddress("10.0.0.1").localAs(65000).peerAs(65001)
            .routerId("1.1.1.1").build();

    @Test
    void states() {
        assertEquals("neighbor 10.0.0.2 connected",
                TextEncoder.event(new PeerEvent.StateChanged(PEER, PeerState.CONNECT, PeerState.OPEN_SENT, null)));
        assertEquals("neighbor 10.0.0.2 up", TextEncoder.event(new PeerEvent.StateChanged(PEER,
                PeerState.OPEN_CONFIRM, PeerState.ESTABLISHED, null)));
        assertEquals("neighbor 10.0.0.2 down - hold timer expired", TextEncoder.event(new PeerEvent.StateChanged(PEER,
                PeerState.ESTABLISHED, PeerState.IDLE, "hold timer expired")));
    }

    @Test
    void updateWithAttributesWithdrawalsAndMultiprotocol() {
        Update u = new Update(Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.9.0.0"), 16)),
                List.of(Origin.IGP, AsPath.of(AsPath.Segment.of(AsPath.AS_SEQUENCE, 65001)),
                        NextHop.of(IpAddresses.parseIpv4("192.0.2.1")), new Med(5), new LocalPref(100),
                        Communities.of(65001 << 16 | 2, 65001 << 16 | 1)),
                Ipv4Prefixes.unicast(Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.0.0.0"), 24),
                        Ipv4Prefixes.pack(IpAddresses.parseIpv4("10.0.1.0"), 24)));
        assertEquals("""
                neighbor 10.0.0.2 receive update start
                neighbor 10.0.0.2 receive update withdrawn 10.9.0.0/16
                neighbor 10.0.0.2 receive update announced 10.0.0.0/24 next-hop 192.0.2.1 origin igp as-path [ 65001 ] \
                med 5 local-preference 100 community [ 65001:1 65001:2 ]
                neighbor 10.0.0.2 receive update announced 10.0.1.0/24 next-hop 192.0.2.1 origin igp as-path [ 65001 ] \
                med 5 local-preference 100 community [ 65001:1 65001:2 ]
                neighbor 10.0.0.2 receive update end""",
                TextEncoder.event(new PeerEvent.UpdateReceived(PEER, u, null)));

        Ipv6Prefixes v6 = Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(IpPrefix.parse("2001:db8::/32", 0)).build();
        Ipv6Prefixes gone = Ipv6Prefixes.builder(Family.IPV6_UNICAST).add(IpPrefix.parse("2001:db8:1::/48", 3))
                .build();
        Update m = new Update(Ipv4Prefixes.EMPTY, List.of(Origin.IGP,
                MpReach.of(Family.IPV6_UNICAST, IpAddresses.parse("2001:db8::1"), v6),
                new MpUnreach(Family.IPV6_UNICAST, gone)), Ipv4Prefixes.EMPTY);
        assertEquals("""
                neighbor 10.0.0.2 receive update start
                neighbor 10.0.0.2 receive update withdrawn 2001:db8:1::/48 path-information 0.0.0.3
                neighbor 10.0.0.2 receive update announced 2001:db8::/32 next-hop 2001:db8::1 origin igp
                neighbor 10.0.0.2 receive update end""", TextEncoder.event(new PeerEvent.UpdateReceived(PEER, m, null)));
    }

    @Test
    void endOfRib() {
        assertEquals("""
                neighbor 10.0.0.2 receive update start
                neighbor 10.0.0.2 receive update route eor 2/128 (ipv6 mpls-vpn)
                neighbor 10.0.0.2 receive update end""",
                TextEncoder.event(new PeerEvent.EndOfRibReceived(PEER, Family.IPV6_MPLS_VPN)));
        assertEquals("""
                neighbor 10.0.0.2 receive update start
                neighbor 10.0.0.2 receive update route eor 1/1 (ipv4 unicast)
                neighbor 10.0.0.2 receive update end""",
                TextEncoder.event(new PeerEvent.UpdateReceived(PEER, Update.endOfRib(Family.IPV4_UNICAST), null)));
    }

    /** Each line checked against ExaBGP 4.2.21's own text encoder (Debian package) given the same messages. */
    @Test
    void notificationBothWays() {
        assertEquals("neighbor 10.0.0.2 send notification code 3 subcode 1 data 0x01AB", TextEncoder.event(
                new PeerEvent.NotificationMessage(PEER, false, new Notification(3, 1, new byte[] {1, (byte) 0xAB}))));
        // ExaBGP 4.2 rewrites a shutdown communication's data (and fails doing so); we write the data as received
        assertEquals("neighbor 10.0.0.2 send notification code 6 subcode 2 data 0x03627965",
                TextEncoder.event(new PeerEvent.NotificationMessage(PEER, false, Notification.shutdown(2, "bye"))));
        assertEquals("neighbor 10.0.0.2 receive notification code 4 subcode 0 data 0x",
                TextEncoder.event(new PeerEvent.NotificationMessage(PEER, true, new Notification(4, 0))));
    }

    @Test
    void openWithCapabilitiesInCodeOrder() {
        Open o = Open.of(4_200_000_000L, 90, IpAddresses.parseIpv4("2.2.2.2"), List.of(
                new MultiprotocolCapability(Family.IPV4_UNICAST), new MultiprotocolCapability(Family.IPV6_MPLS_VPN),
                RouteRefreshCapability.INSTANCE, new FourOctetAsCapability(4_200_000_000L),
                new AddPathCapability(List.of(new AddPathCapability.Entry(Family.IPV4_UNICAST, 3))),
                new GracefulRestartCapability(0x8, 120,
                        List.of(new GracefulRestartCapability.Entry(Family.IPV4_UNICAST, 0x80)))));
        assertEquals("neighbor 10.0.0.2 receive open version 4 asn 23456 hold_time 90 router_id 2.2.2.2 capabilities "
                + "[multiprotocol(ipv4 unicast,ipv6 mpls-vpn), route refresh, graceful restart flags 0x8 time 120 "
                + "ipv4/unicast=0x80, asn4(4200000000), addpath(send/receive ipv4 unicast)]",
                TextEncoder.event(new PeerEvent.OpenMessage(PEER, true, o, null)));
    }

    @Test
    void keepaliveAndRefresh() {
        assertEquals("neighbor 10.0.0.2 receive keepalive", TextEncoder.event(new PeerEvent.KeepaliveReceived(PEER)));
        assertEquals("neighbor 10.0.0.2 receive route-refresh afi ipv6 safi unicast query", TextEncoder.event(
                new PeerEvent.RouteRefreshReceived(PEER, RouteRefresh.request(Family.IPV6_UNICAST))));
        assertEquals("neighbor 10.0.0.2 receive route-refresh afi ipv4 safi unicast end", TextEncoder.event(
                new PeerEvent.RouteRefreshReceived(PEER, new RouteRefresh(Family.IPV4_UNICAST, RouteRefresh.END))));
    }

    @Test
    void shutdownNamesThisProcessAndItsParent() {
        ProcessHandle self = ProcessHandle.current();
        assertEquals("shutdown " + self.pid() + " " + self.parent().map(ProcessHandle::pid).orElse(0L),
                TextEncoder.shutdown());
    }

    @Test
    void eventsWithoutTextForm() {
        assertNull(TextEncoder.event(new PeerEvent.StateChanged(PEER, PeerState.IDLE, PeerState.ACTIVE, null)));
        assertNull(TextEncoder.event(new PeerEvent.EventsLost(PEER, 3)));
    }
}
