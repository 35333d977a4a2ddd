package bgp.codec.internal.attribute;

import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;

/** COMMUNITIES (RFC 1997): 4 bytes each. */
public final class CommunitiesCodec extends Int32ListCodec {
    public CommunitiesCodec() {
        super(Communities.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, "COMMUNITIES", 4);
    }

    @Override
    Attribute wrap(int[] values) {
        return Communities.wrap(values);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        Communities c = (Communities) attribute;
        for (int i = 0; i < c.size(); i++) {
            out.writeInt(c.get(i));
        }
    }
}
