package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Ipv6ExtendedCommunities;
import java.util.Arrays;

/**
 * IPv6 Address Specific Extended Community (RFC 5701): 20 bytes each. Length not a non-zero multiple of 20:
 * Attribute Length Error, treat-as-withdraw (RFC 7606 §7.15).
 */
public final class Ipv6ExtendedCommunitiesCodec extends BaseAttributeCodec {
    public Ipv6ExtendedCommunitiesCodec() {
        super(Ipv6ExtendedCommunities.TYPE, Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE,
                ErrorAction.TREAT_AS_WITHDRAW, "IPV6_EXTENDED_COMMUNITIES");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        requireMultiple(len, Ipv6ExtendedCommunities.SIZE);
        return Ipv6ExtendedCommunities.wrap(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.write(((Ipv6ExtendedCommunities) attribute).toByteArray());
    }
}
