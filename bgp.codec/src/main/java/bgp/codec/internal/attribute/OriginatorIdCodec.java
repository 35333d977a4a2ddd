package bgp.codec.internal.attribute;

import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.OriginatorId;

/** ORIGINATOR_ID (RFC 4456 §8): a 4-byte BGP identifier. */
public final class OriginatorIdCodec extends FourOctetCodec {
    public OriginatorIdCodec() {
        super(OriginatorId.TYPE, Attribute.FLAG_OPTIONAL, "ORIGINATOR_ID");
    }

    @Override
    Attribute of(int value) {
        return new OriginatorId(value);
    }

    @Override
    int valueOf(Attribute attribute) {
        return ((OriginatorId) attribute).address();
    }
}
