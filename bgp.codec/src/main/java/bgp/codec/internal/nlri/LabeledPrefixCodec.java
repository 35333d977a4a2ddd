package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.LabeledPrefixes;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * IPv4 / IPv6 labeled unicast (RFC 8277, SAFI 4): {@code [path-id(4)] length(1, bits of what follows) label(3)...
 * prefix(ceil(prefix bits/8))}, the stack ending at the bottom-of-stack bit (or at the 0x800000 / 0x000000 a
 * withdrawal may carry). Kept as the wire bytes with an offsets index ({@link LabeledPrefixes}).
 */
public final class LabeledPrefixCodec implements NlriCodec {
    private final Family family;
    private final LabeledPrefixes empty;

    public LabeledPrefixCodec(Family family) {
        this.empty = LabeledPrefixes.empty(family);
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
        return LabeledPrefixes.decode(family, buf, off, len, addPath);
    }
}
