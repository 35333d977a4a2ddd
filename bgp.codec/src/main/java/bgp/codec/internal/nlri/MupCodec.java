package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.mup.MupNlris;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * IPv4 / IPv6 BGP-MUP (draft-mpmz-bess-mup-safi, SAFI 85): {@code [path-id(4)] architecture(1) route-type(2)
 * length(1) value}, the four route types of architecture 1 (3GPP 5G) checked against their layout, others kept as
 * bytes ({@link MupNlris}). A malformed field is
 * Invalid Network Field (3/10); it only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606
 * AFI/SAFI disable (RFC 7606 §5.3).
 */
public final class MupCodec implements NlriCodec {
    private final Family family;

    public MupCodec(Family family) {
        MupNlris.empty(family);
        this.family = family;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return MupNlris.decode(family, buf, off, len, addPath);
    }
}
