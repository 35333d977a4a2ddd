package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.VpnPrefixes;

/**
 * IPv4 / IPv6 MPLS VPN (RFC 4364 §4.3.4, RFC 4659 §3.2, RFC 8277, SAFI 128): {@code [path-id(4)] length(1, bits of
 * what follows) label(3)... route-distinguisher(8) prefix(ceil(prefix bits/8))}. Kept as the wire bytes with an
 * offsets index ({@link VpnPrefixes}).
 */
public final class VpnPrefixCodec implements NlriCodec {
    private final Family family;
    private final VpnPrefixes empty;

    public VpnPrefixCodec(Family family) {
        this.empty = VpnPrefixes.empty(family);
        this.family = family;
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
        return VpnPrefixes.decode(family, buf, off, len, addPath);
    }
}
