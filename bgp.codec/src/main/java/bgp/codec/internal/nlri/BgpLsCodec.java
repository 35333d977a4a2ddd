package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.bgpls.BgpLsNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * BGP-LS (RFC 9552, AFI 16388 SAFI 71 / 72): {@code [path-id(4)] type(2) length(2) value}, node, link and prefix
 * routes checked against their layout ({@link BgpLsNlris}). A malformed field is Invalid Network Field (3/10); it
 * only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606 AFI/SAFI disable.
 */
public final class BgpLsCodec implements NlriCodec {
    private final Family family;

    public BgpLsCodec(Family family) {
        BgpLsNlris.empty(family);
        this.family = family;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return BgpLsNlris.decode(family, buf, off, len, addPath);
    }
}
