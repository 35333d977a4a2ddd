package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Notification;

/**
 * AGGREGATOR (RFC 4271 §4.3, RFC 6793): AS (4 bytes when the session negotiated 4-octet AS, else 2, with AS_TRANS
 * for a larger AS; the message codec adds AS4_AGGREGATOR) and IPv4 address. Length other than 8 (or 6): Attribute
 * Length Error; AS 0: Optional Attribute Error (RFC 7607); both attribute-discard (RFC 7606 §7.7).
 */
public final class AggregatorCodec extends BaseAttributeCodec {
    public AggregatorCodec() {
        super(Aggregator.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, ErrorAction.ATTRIBUTE_DISCARD,
                "AGGREGATOR");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        long asn;
        if (context.asn4()) {
            if (len != 8) {
                throw badLength(len, "8 with 4-octet AS");
            }
            asn = getInt(buf, off) & 0xFFFFFFFFL;
            off += 4;
        } else {
            if (len != 6) {
                throw badLength(len, "6 with 2-octet AS");
            }
            asn = getShort(buf, off);
            off += 2;
        }
        if (asn == 0) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, "AS number 0 (RFC 7607)");
        }
        return new Aggregator(asn, getInt(buf, off));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        Aggregator a = (Aggregator) attribute;
        if (context.asn4()) {
            out.writeInt((int) a.asn());
        } else {
            out.writeShort(a.asn() > 0xFFFF ? (int) AsPath.AS_TRANS : (int) a.asn());
        }
        out.writeInt(a.address());
    }
}
