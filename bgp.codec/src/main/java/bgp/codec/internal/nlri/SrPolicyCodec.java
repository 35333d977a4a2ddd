package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import bgp.codec.srpolicy.SrPolicyNlris;

/**
 * SR Policy (RFC 9830, AFI 1 or 2, SAFI 73): {@code [path-id(4)] length(1, bits) distinguisher(4) color(4)
 * endpoint}, length 96 (IPv4) or 192 (IPv6) ({@link SrPolicyNlris}). A malformed field is Invalid Network Field
 * (3/10); it only comes in MP_REACH/MP_UNREACH, where the UPDATE codec makes it RFC 7606 AFI/SAFI disable.
 */
public final class SrPolicyCodec implements NlriCodec {
    private final Family family;

    /** @param family {@code ipv4 sr-policy} or {@code ipv6 sr-policy} */
    public SrPolicyCodec(Family family) {
        SrPolicyNlris.empty(family);
        this.family = family;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return SrPolicyNlris.decode(family, buf, off, len, addPath);
    }
}
