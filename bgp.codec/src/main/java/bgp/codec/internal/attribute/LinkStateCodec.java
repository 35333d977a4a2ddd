package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.bgpls.LinkState;
import bgp.codec.message.Notification;
import java.util.Arrays;

/**
 * The BGP-LS attribute (RFC 9552 §5.3): TLVs, kept as bytes. TLVs that are not whole: Optional Attribute Error,
 * attribute-discard (RFC 9552 §8.2.2).
 */
public final class LinkStateCodec extends BaseAttributeCodec {
    public LinkStateCodec() {
        super(LinkState.TYPE, Attribute.FLAG_OPTIONAL, ErrorAction.ATTRIBUTE_DISCARD, "BGP-LS");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        String problem = LinkState.malformation(buf, off, len);
        if (problem != null) {
            throw malformed(Notification.OPTIONAL_ATTRIBUTE_ERROR, problem);
        }
        return LinkState.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((LinkState) attribute).tlvs());
    }
}
