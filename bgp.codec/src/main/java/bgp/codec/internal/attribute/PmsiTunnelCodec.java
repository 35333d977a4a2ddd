package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.PmsiTunnel;
import java.util.Arrays;

/**
 * PMSI Tunnel (RFC 6514 §5): kept as bytes. A value shorter than its 5-byte fixed part is an Attribute Length
 * Error, treat-as-withdraw (RFC 7606 §2: it bears on how the route's traffic is forwarded).
 */
public final class PmsiTunnelCodec extends BaseAttributeCodec {
    public PmsiTunnelCodec() {
        super(PmsiTunnel.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE, ErrorAction.TREAT_AS_WITHDRAW,
                "PMSI_TUNNEL");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        if (len < PmsiTunnel.HEADER_LENGTH) {
            throw badLength(len, "at least 5");
        }
        return PmsiTunnel.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((PmsiTunnel) attribute).value());
    }
}
