package bgp.codec.internal.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NlriCodecsTest {

    @Test
    void oneCodecPerKnownFamily() {
        List<NlriCodec> codecs = NlriCodecs.builtin();
        Set<Family> families = codecs.stream().map(NlriCodec::family).collect(Collectors.toSet());
        assertEquals(codecs.size(), families.size());
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV4_MULTICAST, Family.IPV6_UNICAST, Family.IPV6_MULTICAST,
                Family.IPV4_LABELED, Family.IPV6_LABELED, Family.IPV4_MPLS_VPN, Family.IPV6_MPLS_VPN, Family.IPV4_FLOW,
                Family.IPV6_FLOW, Family.IPV4_FLOW_VPN, Family.IPV6_FLOW_VPN,
                new Family(Family.AFI_L2VPN, Family.SAFI_VPLS), new Family(Family.AFI_L2VPN, Family.SAFI_EVPN),
                new Family(1, Family.SAFI_MCAST_VPN), new Family(2, Family.SAFI_MCAST_VPN),
                new Family(1, Family.SAFI_RTC), new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS),
                new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS_VPN), new Family(1, Family.SAFI_SR_POLICY),
                new Family(2, Family.SAFI_SR_POLICY), new Family(1, Family.SAFI_MUP), new Family(2, Family.SAFI_MUP)),
                families);
        assertThrows(UnsupportedOperationException.class, () -> codecs.add(codecs.get(0)));
    }

    @Test
    void findsTheCodecOfAFamily() {
        assertInstanceOf(Ipv4PrefixCodec.class, NlriCodecs.builtin(Family.IPV4_MULTICAST));
        assertInstanceOf(Ipv6PrefixCodec.class, NlriCodecs.builtin(Family.IPV6_UNICAST));
        assertInstanceOf(LabeledPrefixCodec.class, NlriCodecs.builtin(Family.IPV6_LABELED));
        assertInstanceOf(VpnPrefixCodec.class, NlriCodecs.builtin(Family.IPV4_MPLS_VPN));
        assertInstanceOf(VplsCodec.class, NlriCodecs.builtin(new Family(25, 65)));
        assertInstanceOf(EvpnCodec.class, NlriCodecs.builtin(new Family(25, 70)));
        assertSame(NlriCodecs.builtin(Family.IPV4_UNICAST), NlriCodecs.builtin(new Family(1, 1)));
        assertInstanceOf(RtcCodec.class, NlriCodecs.builtin(new Family(1, 132)));
        assertInstanceOf(BgpLsCodec.class, NlriCodecs.builtin(new Family(16388, 71)));
        assertInstanceOf(BgpLsCodec.class, NlriCodecs.builtin(new Family(16388, 72)));
        assertInstanceOf(SrPolicyCodec.class, NlriCodecs.builtin(new Family(1, 73)));
        assertEquals(new Family(2, 73), NlriCodecs.builtin(new Family(2, 73)).family());
        assertInstanceOf(MupCodec.class, NlriCodecs.builtin(new Family(1, 85)));
        assertInstanceOf(MupCodec.class, NlriCodecs.builtin(new Family(2, 85)));
        assertNull(NlriCodecs.builtin(new Family(Family.AFI_IPV4, Family.SAFI_EVPN)));
    }

    @Test
    void emptyFieldsGiveEmptyListsOfTheFamily() throws Exception {
        for (NlriCodec c : NlriCodecs.builtin()) {
            for (boolean addPath : new boolean[] {false, true}) {
                var l = c.decode(new byte[3], 3, 0, addPath);
                assertEquals(0, l.size(), c.family().toString());
                assertEquals(c.family(), l.family());
            }
        }
    }
}
