package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * The codec of a family whose lists keep the NLRI field as its bytes plus the start of each entry (the
 * {@link bgp.codec.nlri.IndexedNlriList} classes: VPLS, EVPN, MVPN, RTC, BGP-LS, SR Policy, MUP): decoding is the
 * list class's own, which checks every entry against its route type's layout (the layouts are in the list classes).
 * A malformed field is Invalid Network Field (3/10); these families only come in MP_REACH/MP_UNREACH, where the
 * UPDATE codec makes it RFC 7606 AFI/SAFI disable (§5.3: the NLRI cannot be parsed, so no route can be trusted to be
 * withdrawn).
 */
public final class IndexedListCodec implements NlriCodec {
    /** A list class's decoding of one whole NLRI field of a family. */
    @FunctionalInterface
    public interface Decoder {
        NlriList decode(Family family, byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException;
    }

    private final Family family;
    private final Decoder decoder;

    /**
     * @throws IllegalArgumentException when the list class does not serve {@code family}
     */
    public IndexedListCodec(Family family, Decoder decoder) {
        this.family = family;
        this.decoder = decoder;
        try {
            NlriList empty = decoder.decode(family, new byte[0], 0, 0, false); // the list class checks the family
            if (!empty.family().equals(family)) {
                throw new IllegalArgumentException("the decoder makes lists of " + empty.family() + ", not " + family);
            }
        } catch (BgpDecodeException e) {
            throw new IllegalArgumentException("the decoder refuses an empty field of " + family, e);
        }
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        return decoder.decode(family, buf, off, len, addPath);
    }
}
