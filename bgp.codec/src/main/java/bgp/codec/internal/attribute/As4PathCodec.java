package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.As4Path;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Notification;

/**
 * AS4_PATH (RFC 6793 §3): AS path segments with 4-octet ASNs whatever the session. Malformed: Optional Attribute
 * Error, attribute-discard (RFC 6793 §6). Confederation segments are kept here; the RFC 6793
 * reconciliation ({@link As4Paths}) drops them.
 */
public final class As4PathCodec extends BaseAttributeCodec {
    public As4PathCodec() {
        super(As4Path.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, ErrorAction.ATTRIBUTE_DISCARD,
                "AS4_PATH");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        return new As4Path(AsPathWire.decode(buf, off, len, true, this, Notification.OPTIONAL_ATTRIBUTE_ERROR));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        AsPathWire.encode(((As4Path) attribute).path(), true, out);
    }
}
