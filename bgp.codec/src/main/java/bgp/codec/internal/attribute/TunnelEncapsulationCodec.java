package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.message.Notification;
import java.util.Arrays;

/**
 * Tunnel Encapsulation (RFC 9012): tunnel TLVs, kept as bytes. Malformed ({@link TunnelEncapsulation#malformation}):
 * Optional Attribute Error, treat-as-withdraw (RFC 9012 §13; RFC 9830 §5 for the SR Policy sub-TLVs).
 */
public final class TunnelEncapsulationCodec extends BaseAttributeCodec {
    public TunnelEncapsulationCodec() {
        super(TunnelEncapsulation.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE,
                ErrorAction.TREAT_AS_WITHDRAW, "TUNNEL_ENCAPSULATION");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        String problem = TunnelEncapsulation.malformation(buf, off, len);
        if (problem != null) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, problem);
        }
        return TunnelEncapsulation.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((TunnelEncapsulation) attribute).tlvs());
    }
}
