package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * VPLS (RFC 4761 §3.2.2, AFI 25 SAFI 65): {@code [path-id(4)] length(2) = 17, rd(8), ve-id(2), ve-block-offset(2),
 * ve-block-size(2), label-base(3)}, kept as the wire bytes ({@link VplsNlris}). A malformed field is Invalid Network
 * Field (3/10); it only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606 AFI/SAFI disable
 * (RFC 7606 §5.3: the NLRI cannot be parsed, so no route can be withdrawn).
 */
public final class VplsCodec implements NlriCodec {
    @Override
    public Family family() {
        return VplsNlri.FAMILY;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return VplsNlris.decode(buf, off, len, addPath);
    }
}
