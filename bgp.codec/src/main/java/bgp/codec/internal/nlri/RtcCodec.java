package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import bgp.codec.rtc.RtcNlri;
import bgp.codec.rtc.RtcNlris;

/**
 * Route Target membership (RFC 4684, AFI 1 SAFI 132): {@code [path-id(4)] length(1, bits) prefix}, length 0 or 32
 * to 96 ({@link RtcNlris}). A malformed field is Invalid Network Field (3/10); it only comes in
 * MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606 AFI/SAFI disable (RFC 7606 §5.3).
 */
public final class RtcCodec implements NlriCodec {
    @Override
    public Family family() {
        return RtcNlri.IPV4;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return RtcNlris.decode(buf, off, len, addPath);
    }
}
