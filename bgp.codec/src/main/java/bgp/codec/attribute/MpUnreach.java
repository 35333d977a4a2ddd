package bgp.codec.attribute;

import bgp.codec.Family;
import bgp.codec.nlri.NlriList;

/** MP_UNREACH_NLRI (RFC 4760, type 15): withdrawn NLRI of a family; empty, it is that family's End-of-RIB. */
public record MpUnreach(Family family, NlriList nlri) implements Attribute {
    public static final int TYPE = 15;

    public MpUnreach {
        if (!nlri.family().equals(family)) {
            throw new IllegalArgumentException("NLRI of " + nlri.family() + " in MP_UNREACH of " + family);
        }
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }
}
