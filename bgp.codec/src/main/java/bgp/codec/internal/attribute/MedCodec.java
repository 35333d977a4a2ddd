package bgp.codec.internal.attribute;

import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Med;

/** MULTI_EXIT_DISC (RFC 4271 §4.3): 4 bytes, unsigned. */
public final class MedCodec extends FourOctetCodec {
    public MedCodec() {
        super(Med.TYPE, Attribute.FLAG_OPTIONAL, "MULTI_EXIT_DISC");
    }

    @Override
    Attribute of(int value) {
        return new Med(value & 0xFFFFFFFFL);
    }

    @Override
    int valueOf(Attribute attribute) {
        return (int) ((Med) attribute).value();
    }
}
