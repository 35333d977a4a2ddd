package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Aigp;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Notification;
import java.util.Arrays;

/**
 * AIGP (RFC 7311): TLVs, kept as bytes. Malformed ({@link Aigp#malformation}): Optional Attribute Error,
 * attribute-discard (RFC 7311 §3.2). Whether AIGP is accepted on the session at all is the caller's decision.
 */
public final class AigpCodec extends BaseAttributeCodec {
    public AigpCodec() {
        super(Aigp.TYPE, Attribute.FLAG_OPTIONAL, ErrorAction.ATTRIBUTE_DISCARD, "AIGP");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        String problem = Aigp.malformation(buf, off, len);
        if (problem != null) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, problem);
        }
        return Aigp.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((Aigp) attribute).tlvs());
    }
}
