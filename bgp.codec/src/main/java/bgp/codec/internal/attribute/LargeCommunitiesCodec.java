package bgp.codec.internal.attribute;

import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.LargeCommunities;

/** LARGE_COMMUNITY (RFC 8092): 12 bytes each, three 32-bit numbers. */
public final class LargeCommunitiesCodec extends Int32ListCodec {
    public LargeCommunitiesCodec() {
        super(LargeCommunities.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, "LARGE_COMMUNITY", 12);
    }

    @Override
    Attribute wrap(int[] values) {
        return LargeCommunities.wrap(values);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        LargeCommunities c = (LargeCommunities) attribute;
        for (int i = 0; i < c.size(); i++) {
            out.writeInt((int) c.globalAdministrator(i)).writeInt((int) c.localData1(i))
                    .writeInt((int) c.localData2(i));
        }
    }
}
