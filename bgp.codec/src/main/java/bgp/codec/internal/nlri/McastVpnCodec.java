package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.mvpn.McastVpnNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * IPv4 / IPv6 multicast VPN (RFC 6514 §4, SAFI 5): {@code [path-id(4)] route-type(1) length(1) value}, route types
 * 5, 6 and 7 checked against their layout, others kept as bytes ({@link McastVpnNlris}). A malformed field is
 * Invalid Network Field (3/10); it only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606
 * AFI/SAFI disable (RFC 7606 §5.3).
 */
public final class McastVpnCodec implements NlriCodec {
    private final Family family;

    public McastVpnCodec(Family family) {
        McastVpnNlris.empty(family);
        this.family = family;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return McastVpnNlris.decode(family, buf, off, len, addPath);
    }
}
