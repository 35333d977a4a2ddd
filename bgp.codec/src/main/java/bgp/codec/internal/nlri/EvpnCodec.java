package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.l2vpn.EvpnNlri;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * EVPN (RFC 7432 §7, RFC 9136, AFI 25 SAFI 70): {@code [path-id(4)] route-type(1) length(1) value}, each value of
 * route types 1 to 5 checked against its layout, others kept as bytes ({@link EvpnNlris}). A malformed field is
 * Invalid Network Field (3/10); it only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606
 * AFI/SAFI disable (RFC 7606 §5.3).
 */
public final class EvpnCodec implements NlriCodec {
    @Override
    public Family family() {
        return EvpnNlri.FAMILY;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return EvpnNlris.decode(buf, off, len, addPath);
    }
}
