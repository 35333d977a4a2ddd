package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Notification;

/**
 * AS4_AGGREGATOR (RFC 6793 §3): 4-byte AS and IPv4 address. Length other than 8: Attribute Length Error; AS 0:
 * Optional Attribute Error (RFC 7607); both attribute-discard (RFC 6793 §6).
 */
public final class As4AggregatorCodec extends BaseAttributeCodec {
    public As4AggregatorCodec() {
        super(As4Aggregator.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, ErrorAction.ATTRIBUTE_DISCARD,
                "AS4_AGGREGATOR");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        if (len != 8) {
            throw badLength(len, "8");
        }
        long asn = getInt(buf, off) & 0xFFFFFFFFL;
        if (asn == 0) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, "AS number 0 (RFC 7607)");
        }
        return new As4Aggregator(asn, getInt(buf, off + 4));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        As4Aggregator a = (As4Aggregator) attribute;
        out.writeInt((int) a.asn()).writeInt(a.address());
    }
}
