package bgp.rib.internal;

import static bgp.rib.internal.Fixtures.drainAll;
import static bgp.rib.internal.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.OpenContext;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.AsPath;
import bgp.codec.nlri.FlowRule;
import bgp.codec.nlri.FlowSpec;
import bgp.rib.AdjRibOut;
import bgp.rib.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flowspec routes in the Adj-RIB-Out: no next hop (length 0) or one, one rule per UPDATE or grouped, withdrawals. */
class FlowPackingTest {
    private static final OpenContext FLOW = OpenContext.builder().localAs(1).peerAs(1)
            .family(Family.IPV4_FLOW).family(Family.IPV4_FLOW_VPN).build();
    private static final List<Attribute> ATTRS = List.of(Origin.IGP, AsPath.EMPTY, new LocalPref(100),
            ExtendedCommunities.wrap(new long[] {ExtendedCommunity.trafficRate(0, 0f)}));

    private static FlowRule source(String prefix) {
        return FlowRule.builder(Family.IPV4_FLOW).prefix(FlowSpec.SOURCE, IpAddresses.parse(prefix), 32, 0).build();
    }

    private final RibFactoryComponent factory = Fixtures.factory();

    @Test
    void rulesWithoutNextHopTakeOneUpdateEachWhenNotGrouped() {
        AdjRibOut out = factory.newAdjRibOut(AdjRibOut.Grouping.NONE);
        out.sessionUp();
        out.announce(Route.of(source("4.4.4.4"), Route.NO_NEXT_HOP, ATTRS));
        out.announce(Route.of(source("5.5.5.5"), Route.NO_NEXT_HOP, ATTRS));
        List<byte[]> m = messages(drainAll(out, FLOW));
        assertEquals(List.of(
                "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF003F02000000284001010040020040050400000064C010088006000000000000800E0C000185000006022004040404",
                "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF003F02000000284001010040020040050400000064C010088006000000000000800E0C000185000006022005050505"),
                m.stream().map(Hex::encode).sorted().toList());
        out.withdraw(source("4.4.4.4"));
        assertEquals(List.of("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0024020000000D800F0A000185060220"
                + "04040404"), messages(drainAll(out, FLOW)).stream().map(Hex::encode).toList());
    }

    @Test
    void twoRulesWithTheSameAttributesAreBothSent() throws Exception {
        byte[] a = Hex.decode("4C0120C0A8000102200A0000010301068111040150911F9005121F90541F98910C380692040007010301088100"
                + "080101810009002080040A02C854012C120190D401F40B010A81140C00048008");
        byte[] b = Hex.decode("0C0120C0A8000102200A000001");
        FlowRule ra = bgp.codec.nlri.FlowRules.decode(Family.IPV4_FLOW, a, 0, a.length, false).get(0);
        FlowRule rb = bgp.codec.nlri.FlowRules.decode(Family.IPV4_FLOW, b, 0, b.length, false).get(0);
        for (AdjRibOut.Grouping g : AdjRibOut.Grouping.values()) {
            AdjRibOut out = factory.newAdjRibOut(g);
            out.announce(Route.of(ra, Route.NO_NEXT_HOP, ATTRS));
            out.announce(Route.of(rb, Route.NO_NEXT_HOP, ATTRS));
            out.sessionUp();
            List<byte[]> m = messages(drainAll(out, FLOW));
            assertEquals(g == AdjRibOut.Grouping.ALL ? 1 : 2, m.size(), g.toString());
        }
    }
}
