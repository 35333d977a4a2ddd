package bgp.codec.internal.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import java.util.List;
import java.util.Map;
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
    void findsTheCodecOfAFamily() throws Exception {
        assertInstanceOf(Ipv4PrefixCodec.class, NlriCodecs.builtin(Family.IPV4_MULTICAST));
        assertInstanceOf(Ipv6PrefixCodec.class, NlriCodecs.builtin(Family.IPV6_UNICAST));
        assertInstanceOf(LabeledPrefixCodec.class, NlriCodecs.builtin(Family.IPV6_LABELED));
        assertInstanceOf(VpnPrefixCodec.class, NlriCodecs.builtin(Family.IPV4_MPLS_VPN));
        assertSame(NlriCodecs.builtin(Family.IPV4_UNICAST), NlriCodecs.builtin(new Family(1, 1)));
        // the families whose lists keep the field's bytes: the list class of each
        Map<Family, Class<?>> lists = Map.of(new Family(25, 65), bgp.codec.l2vpn.VplsNlris.class,
                new Family(25, 70), bgp.codec.l2vpn.EvpnNlris.class, new Family(1, 5), bgp.codec.mvpn.McastVpnNlris.class,
                new Family(2, 5), bgp.codec.mvpn.McastVpnNlris.class, new Family(1, 132), bgp.codec.rtc.RtcNlris.class,
                new Family(16388, 71), bgp.codec.bgpls.BgpLsNlris.class,
                new Family(16388, 72), bgp.codec.bgpls.BgpLsNlris.class,
                new Family(1, 73), bgp.codec.srpolicy.SrPolicyNlris.class,
                new Family(2, 73), bgp.codec.srpolicy.SrPolicyNlris.class, new Family(1, 85), bgp.codec.mup.MupNlris.class);
        for (Map.Entry<Family, Class<?>> e : lists.entrySet()) {
            NlriCodec c = NlriCodecs.builtin(e.getKey());
            assertInstanceOf(IndexedListCodec.class, c, e.getKey().toString());
            assertEquals(e.getKey(), c.family());
            NlriList empty = c.decode(new byte[0], 0, 0, false);
            assertInstanceOf(e.getValue(), empty, e.getKey().toString());
            assertEquals(e.getKey(), empty.family());
        }
        assertInstanceOf(bgp.codec.mup.MupNlris.class, NlriCodecs.builtin(new Family(2, 85)).decode(new byte[0], 0, 0,
                false));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new IndexedListCodec(Family.IPV4_UNICAST, bgp.codec.mup.MupNlris::decode));
        assertEquals("not a mup family: ipv4 unicast", wrong.getMessage());
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
