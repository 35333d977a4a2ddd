package bgp.codec.internal.attribute;

import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Otc;

/** OTC, Only To Customer (RFC 9234 §5): a 4-byte AS. */
public final class OtcCodec extends FourOctetCodec {
    public OtcCodec() {
        super(Otc.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, "OTC");
    }

    @Override
    Attribute of(int value) {
        return new Otc(value & 0xFFFFFFFFL);
    }

    @Override
    int valueOf(Attribute attribute) {
        return (int) ((Otc) attribute).asn();
    }
}
