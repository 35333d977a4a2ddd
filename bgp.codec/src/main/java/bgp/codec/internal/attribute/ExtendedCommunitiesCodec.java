package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ExtendedCommunities;

/**
 * EXTENDED_COMMUNITIES (RFC 4360): 8 bytes each, decoded into one {@code long[]}. Length not a non-zero multiple
 * of 8: Attribute Length Error, treat-as-withdraw (RFC 7606 §7.14).
 */
public final class ExtendedCommunitiesCodec extends BaseAttributeCodec {
    public ExtendedCommunitiesCodec() {
        super(ExtendedCommunities.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE,
                ErrorAction.TREAT_AS_WITHDRAW, "EXTENDED_COMMUNITIES");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        requireMultiple(len, 8);
        long[] values = new long[len >>> 3];
        for (int i = 0; i < values.length; i++, off += 8) {
            values[i] = getLong(buf, off);
        }
        return ExtendedCommunities.wrap(values);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        ExtendedCommunities c = (ExtendedCommunities) attribute;
        for (int i = 0; i < c.size(); i++) {
            out.writeLong(c.get(i));
        }
    }
}
