package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.FlowRules;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * Flow specification (RFC 8955, RFC 8956; SAFI 133 {@code flow}, SAFI 134 {@code flow-vpn}) of IPv4 or IPv6:
 * {@code [path-id(4)] length(1, or 2 from 240) [route-distinguisher(8)] components}. Kept as the wire bytes with an
 * offsets index ({@link FlowRules}).
 *
 * <p>Malformed rules (a truncated length or value, an unknown component type, types out of increasing order, a
 * prefix longer than the address) throw 3/10. RFC 8955 §4.2 and RFC 7606 §7.11 call for treat-as-withdraw only
 * when the NLRI can still be delimited; a flow rule out of order can be delimited but not trusted to name what
 * it withdraws, so we take the stronger action: the NLRI arrive in MP_REACH/MP_UNREACH, where the update codec
 * makes any NLRI error AFI/SAFI disable (RFC 7606 §3 j, §5.3).
 */
public final class FlowCodec implements NlriCodec {
    private final Family family;
    private final FlowRules empty;

    public FlowCodec(Family family) {
        this.family = family;
        this.empty = FlowRules.empty(family);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        if (len == 0 && off >= 0 && off <= buf.length) {
            return empty;
        }
        return FlowRules.decode(family, buf, off, len, addPath);
    }
}
