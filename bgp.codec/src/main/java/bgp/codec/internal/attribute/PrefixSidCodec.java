package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.message.Notification;
import java.util.Arrays;

/**
 * BGP Prefix-SID (RFC 8669, RFC 9252): TLVs, kept as bytes. Malformed ({@link PrefixSid#malformation}): Optional
 * Attribute Error, treat-as-withdraw (RFC 8669 §6).
 */
public final class PrefixSidCodec extends BaseAttributeCodec {
    public PrefixSidCodec() {
        super(PrefixSid.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, ErrorAction.TREAT_AS_WITHDRAW,
                "BGP Prefix-SID");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        String problem = PrefixSid.malformation(buf, off, len);
        if (problem != null) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, problem);
        }
        return PrefixSid.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((PrefixSid) attribute).tlvs());
    }
}
