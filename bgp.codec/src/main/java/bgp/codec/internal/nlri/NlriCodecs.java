package bgp.codec.internal.nlri;

import bgp.codec.Family;
import bgp.codec.bgpls.BgpLsNlri;
import bgp.codec.bgpls.BgpLsNlris;
import bgp.codec.l2vpn.EvpnNlri;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.mup.MupNlri;
import bgp.codec.mup.MupNlris;
import bgp.codec.mvpn.McastVpnNlri;
import bgp.codec.mvpn.McastVpnNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.rtc.RtcNlri;
import bgp.codec.rtc.RtcNlris;
import bgp.codec.srpolicy.SrPolicyNlri;
import bgp.codec.srpolicy.SrPolicyNlris;
import java.util.List;

/**
 * The NLRI table: one codec per AFI/SAFI the codec bundle knows. Families and their codecs:
 *
 * <table>
 * <caption>Built-in NLRI codecs</caption>
 * <tr><th>family (ExaBGP name)</th><th>AFI/SAFI</th><th>codec</th><th>list</th></tr>
 * <tr><td>ipv4 unicast, ipv4 multicast</td><td>1/1, 1/2</td><td>{@link Ipv4PrefixCodec}</td>
 *     <td>{@link bgp.codec.nlri.Ipv4Prefixes}</td></tr>
 * <tr><td>ipv6 unicast, ipv6 multicast</td><td>2/1, 2/2</td><td>{@link Ipv6PrefixCodec}</td>
 *     <td>{@link bgp.codec.nlri.Ipv6Prefixes}</td></tr>
 * <tr><td>ipv4 nlri-mpls, ipv6 nlri-mpls</td><td>1/4, 2/4</td><td>{@link LabeledPrefixCodec}</td>
 *     <td>{@link bgp.codec.nlri.LabeledPrefixes}</td></tr>
 * <tr><td>ipv4 mpls-vpn, ipv6 mpls-vpn</td><td>1/128, 2/128</td><td>{@link VpnPrefixCodec}</td>
 *     <td>{@link bgp.codec.nlri.VpnPrefixes}</td></tr>
 * <tr><td>ipv4 flow, ipv6 flow, ipv4 flow-vpn, ipv6 flow-vpn</td><td>1/133, 2/133, 1/134, 2/134</td>
 *     <td>{@link FlowCodec}</td><td>{@link bgp.codec.nlri.FlowRules}</td></tr>
 * <tr><td>l2vpn vpls</td><td>25/65</td><td>{@link IndexedListCodec}</td><td>{@link bgp.codec.l2vpn.VplsNlris}</td></tr>
 * <tr><td>l2vpn evpn</td><td>25/70</td><td>{@link IndexedListCodec}</td><td>{@link bgp.codec.l2vpn.EvpnNlris}</td></tr>
 * <tr><td>ipv4 mcast-vpn, ipv6 mcast-vpn</td><td>1/5, 2/5</td><td>{@link IndexedListCodec}</td>
 *     <td>{@link bgp.codec.mvpn.McastVpnNlris}</td></tr>
 * <tr><td>bgp-ls bgp-ls, bgp-ls bgp-ls-vpn</td><td>16388/71, 16388/72</td><td>{@link IndexedListCodec}</td>
 *     <td>{@link bgp.codec.bgpls.BgpLsNlris}</td></tr>
 * <tr><td>ipv4 mup, ipv6 mup</td><td>1/85, 2/85</td><td>{@link IndexedListCodec}</td>
 *     <td>{@link bgp.codec.mup.MupNlris}</td></tr>
 * <tr><td>ipv4 rtc</td><td>1/132</td><td>{@link IndexedListCodec}</td><td>{@link bgp.codec.rtc.RtcNlris}</td></tr>
 * <tr><td>ipv4 sr-policy, ipv6 sr-policy</td><td>1/73, 2/73</td><td>{@link IndexedListCodec}</td>
 *     <td>{@link bgp.codec.srpolicy.SrPolicyNlris}</td></tr>
 * </table>
 */
public final class NlriCodecs {
    private static final List<NlriCodec> BUILTIN = List.of(
            new Ipv4PrefixCodec(Family.IPV4_UNICAST),
            new Ipv4PrefixCodec(Family.IPV4_MULTICAST),
            new Ipv6PrefixCodec(Family.IPV6_UNICAST),
            new Ipv6PrefixCodec(Family.IPV6_MULTICAST),
            new LabeledPrefixCodec(Family.IPV4_LABELED),
            new LabeledPrefixCodec(Family.IPV6_LABELED),
            new VpnPrefixCodec(Family.IPV4_MPLS_VPN),
            new VpnPrefixCodec(Family.IPV6_MPLS_VPN),
            new FlowCodec(Family.IPV4_FLOW),
            new FlowCodec(Family.IPV6_FLOW),
            new FlowCodec(Family.IPV4_FLOW_VPN),
            new FlowCodec(Family.IPV6_FLOW_VPN),
            new IndexedListCodec(VplsNlri.FAMILY, (f, buf, off, len, addPath) -> VplsNlris.decode(buf, off, len,
                    addPath)),
            new IndexedListCodec(EvpnNlri.FAMILY, (f, buf, off, len, addPath) -> EvpnNlris.decode(buf, off, len,
                    addPath)),
            new IndexedListCodec(McastVpnNlri.IPV4, McastVpnNlris::decode),
            new IndexedListCodec(McastVpnNlri.IPV6, McastVpnNlris::decode),
            new IndexedListCodec(RtcNlri.IPV4, (f, buf, off, len, addPath) -> RtcNlris.decode(buf, off, len,
                    addPath)),
            new IndexedListCodec(MupNlri.IPV4, MupNlris::decode),
            new IndexedListCodec(MupNlri.IPV6, MupNlris::decode),
            new IndexedListCodec(BgpLsNlri.BGPLS, BgpLsNlris::decode),
            new IndexedListCodec(BgpLsNlri.BGPLS_VPN, BgpLsNlris::decode),
            new IndexedListCodec(SrPolicyNlri.IPV4, SrPolicyNlris::decode),
            new IndexedListCodec(SrPolicyNlri.IPV6, SrPolicyNlris::decode));

    private NlriCodecs() {
    }

    /** The built-in codecs, one per family (immutable; the codecs are stateless and thread-safe). */
    public static List<NlriCodec> builtin() {
        return BUILTIN;
    }

    /** The built-in codec of a family, or null. */
    public static NlriCodec builtin(Family family) {
        for (NlriCodec c : BUILTIN) {
            if (c.family().equals(family)) {
                return c;
            }
        }
        return null;
    }
}
