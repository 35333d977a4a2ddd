package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AtomicAggregate;
import bgp.codec.attribute.Attribute;

/** ATOMIC_AGGREGATE (RFC 4271 §4.3): no value. Any length but 0: Attribute Length Error, attribute-discard (RFC 7606 §7.6). */
public final class AtomicAggregateCodec extends BaseAttributeCodec {
    public AtomicAggregateCodec() {
        super(AtomicAggregate.TYPE, Attribute.FLAG_TRANSITIVE, ErrorAction.ATTRIBUTE_DISCARD, "ATOMIC_AGGREGATE");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        if (len != 0) {
            throw badLength(len, "0");
        }
        return AtomicAggregate.INSTANCE;
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        if (!(attribute instanceof AtomicAggregate)) {
            throw new ClassCastException(attribute.getClass().getName() + " is not an AtomicAggregate");
        }
    }
}
