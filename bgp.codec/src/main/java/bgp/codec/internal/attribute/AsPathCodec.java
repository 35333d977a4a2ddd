package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Notification;

/**
 * AS_PATH (RFC 4271 §4.3): 4-octet ASNs when the session negotiated them (RFC 6793), else 2-octet with AS_TRANS for
 * larger ones (the message codec adds AS4_PATH). Any malformation: Malformed AS_PATH, treat-as-withdraw (RFC 7606
 * §7.2).
 */
public final class AsPathCodec extends BaseAttributeCodec {
    public AsPathCodec() {
        super(AsPath.TYPE, Attribute.FLAG_TRANSITIVE, ErrorAction.TREAT_AS_WITHDRAW, "AS_PATH");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        return AsPathWire.decode(buf, off, len, context.asn4(), this, Notification.MALFORMED_AS_PATH);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        AsPathWire.encode((AsPath) attribute, context.asn4(), out);
    }
}
