package bgp.codec.internal.attribute;

import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ClusterList;

/** CLUSTER_LIST (RFC 4456 §8): 4-byte cluster ids. */
public final class ClusterListCodec extends Int32ListCodec {
    public ClusterListCodec() {
        super(ClusterList.TYPE, Attribute.FLAG_OPTIONAL, "CLUSTER_LIST", 4);
    }

    @Override
    Attribute wrap(int[] values) {
        return ClusterList.wrap(values);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        ClusterList c = (ClusterList) attribute;
        for (int i = 0; i < c.size(); i++) {
            out.writeInt(c.get(i));
        }
    }
}
