package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Notification;

/**
 * ORIGIN (RFC 4271 §4.3, §6.3): one byte, 0..2. Length other than 1: Attribute Length Error; other value: Invalid
 * ORIGIN; both treat-as-withdraw (RFC 7606 §7.1).
 */
public final class OriginCodec extends BaseAttributeCodec {
    public OriginCodec() {
        super(Origin.TYPE, Attribute.FLAG_TRANSITIVE, ErrorAction.TREAT_AS_WITHDRAW, "ORIGIN");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        if (len != 1) {
            throw badLength(len, "1");
        }
        return switch (buf[off]) {
            case Origin.CODE_IGP -> Origin.IGP;
            case Origin.CODE_EGP -> Origin.EGP;
            case Origin.CODE_INCOMPLETE -> Origin.INCOMPLETE;
            default -> throw malformed(Notification.INVALID_ORIGIN_ATTRIBUTE, "value " + (buf[off] & 0xFF));
        };
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.writeByte(((Origin) attribute).code());
    }
}
