package bgp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.Capability;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.ExtendedNextHopCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.RouteRefreshCapability;
import bgp.codec.message.Open;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What two OPENs negotiate (RFC 4760, 6793, 7911, 8654, 8950). */
class OpenContextTest {
    static Open open(long asn, int hold, Capability... caps) {
        return Open.of(asn, hold, 0x01020304, List.of(caps));
    }

    static MultiprotocolCapability mp(Family f) {
        return new MultiprotocolCapability(f);
    }

    @Test
    void familiesAreTheIntersection() {
        OpenContext c = OpenContext.negotiate(
                open(65000, 180, mp(Family.IPV4_UNICAST), mp(Family.IPV6_UNICAST), mp(Family.IPV4_MPLS_VPN)),
                open(65001, 90, mp(Family.IPV6_UNICAST), mp(Family.IPV4_UNICAST)));
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), c.families());
        assertEquals(90, c.holdTime());
        assertEquals(65000, c.localAs());
        assertEquals(65001, c.peerAs());
        assertFalse(c.isInternal());
    }

    @Test
    void noMultiprotocolOnEitherSideMeansIpv4UnicastOnly() {
        OpenContext c = OpenContext.negotiate(open(1, 180), open(1, 180));
        assertEquals(Set.of(Family.IPV4_UNICAST), c.families());
        assertTrue(c.isInternal());
        // one side with MP capabilities, the other without: nothing in common
        assertEquals(Set.of(), OpenContext.negotiate(open(1, 180, mp(Family.IPV6_UNICAST)), open(1, 180)).families());
    }

    @Test
    void asn4AndExtendedMessageNeedBothSides() {
        Open both = open(4200000000L, 180, new FourOctetAsCapability(4200000000L), ExtendedMessageCapability.INSTANCE,
                RouteRefreshCapability.INSTANCE);
        Open old = open(65001, 180, RouteRefreshCapability.INSTANCE);
        OpenContext c = OpenContext.negotiate(both, both);
        assertTrue(c.asn4());
        assertEquals(65535, c.maxMessageSize());
        assertEquals(4200000000L, c.localAs());
        assertEquals(Open.AS_TRANS, both.myAutonomousSystem());
        OpenContext d = OpenContext.negotiate(both, old);
        assertFalse(d.asn4());
        assertEquals(4096, d.maxMessageSize());
        assertTrue(d.routeRefresh());
        assertFalse(d.enhancedRouteRefresh());
    }

    @Test
    void addPathDirectionsPerFamily() {
        AddPathCapability ours = new AddPathCapability(List.of(
                new AddPathCapability.Entry(Family.IPV4_UNICAST, AddPathCapability.BOTH),
                new AddPathCapability.Entry(Family.IPV6_UNICAST, AddPathCapability.RECEIVE)));
        AddPathCapability theirs = new AddPathCapability(List.of(
                new AddPathCapability.Entry(Family.IPV4_UNICAST, AddPathCapability.RECEIVE),
                new AddPathCapability.Entry(Family.IPV6_UNICAST, AddPathCapability.BOTH)));
        OpenContext c = OpenContext.negotiate(
                open(1, 180, mp(Family.IPV4_UNICAST), mp(Family.IPV6_UNICAST), ours),
                open(1, 180, mp(Family.IPV4_UNICAST), mp(Family.IPV6_UNICAST), theirs));
        assertTrue(c.addPathSend(Family.IPV4_UNICAST));
        assertTrue(c.addPathSendIpv4Unicast());
        assertFalse(c.addPathReceive(Family.IPV4_UNICAST));
        assertFalse(c.addPathReceiveIpv4Unicast());
        assertTrue(c.addPathReceive(Family.IPV6_UNICAST));
        assertFalse(c.addPathSend(Family.IPV6_UNICAST));
    }

    @Test
    void extendedNextHopNeedsTheSameNextHopAfiOnBothSides() {
        ExtendedNextHopCapability v4OverV6 = new ExtendedNextHopCapability(List.of(
                new ExtendedNextHopCapability.Entry(1, 1, 2), new ExtendedNextHopCapability.Entry(1, 128, 2)));
        ExtendedNextHopCapability onlyUnicast = new ExtendedNextHopCapability(List.of(
                new ExtendedNextHopCapability.Entry(1, 1, 2)));
        OpenContext c = OpenContext.negotiate(open(1, 180, v4OverV6), open(1, 180, onlyUnicast));
        assertEquals(Optional.of(2), c.extendedNextHop(Family.IPV4_UNICAST));
        assertEquals(Optional.empty(), c.extendedNextHop(Family.IPV4_MPLS_VPN));
    }

    @Test
    void peerGracefulRestartIsKept() {
        GracefulRestartCapability gr = new GracefulRestartCapability(GracefulRestartCapability.RESTART_STATE, 120,
                List.of(new GracefulRestartCapability.Entry(Family.IPV4_UNICAST, GracefulRestartCapability.FORWARDING_STATE)));
        OpenContext c = OpenContext.negotiate(open(1, 180), open(1, 180, gr));
        assertEquals(Optional.of(gr), c.peerGracefulRestart());
        assertEquals(Optional.empty(), OpenContext.negotiate(open(1, 180, gr), open(1, 180)).peerGracefulRestart());
    }

    @Test
    void toBuilderKeepsEverything() {
        OpenContext c = OpenContext.builder().localAs(1).peerAs(2).asn4(false).extendedMessage(true)
                .family(Family.IPV6_UNICAST).addPathReceive(Family.IPV6_UNICAST).routeRefresh(true).build();
        OpenContext d = c.toBuilder().build();
        assertEquals(c.toString(), d.toString());
        assertTrue(d.addPathReceive(Family.IPV6_UNICAST));
        assertTrue(d.routeRefresh());
    }
}
