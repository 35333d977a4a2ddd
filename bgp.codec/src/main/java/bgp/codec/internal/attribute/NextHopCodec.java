package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.NextHop;
import bgp.codec.message.Notification;

/**
 * NEXT_HOP (RFC 4271 §4.3, §6.3): an IPv4 address. Length other than 4: Attribute Length Error; 0.0.0.0 or a
 * multicast address (224.0.0.0/4): Invalid NEXT_HOP; both treat-as-withdraw (RFC 7606 §7.3). Checks that need the
 * neighbor (our own address as next hop) run after decode. Encoding the unresolved {@link NextHop#SELF} throws.
 */
public final class NextHopCodec extends BaseAttributeCodec {
    public NextHopCodec() {
        super(NextHop.TYPE, Attribute.FLAG_TRANSITIVE, ErrorAction.TREAT_AS_WITHDRAW, "NEXT_HOP");
    }

    @Override
    public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException {
        if (len != 4) {
            throw badLength(len, "4");
        }
        int address = getInt(buf, off);
        if (address == 0 || (address & 0xF0000000) == 0xE0000000) {
            throw malformed(Notification.INVALID_NEXT_HOP_ATTRIBUTE,
                    "address " + NextHop.of(address) + " is not a unicast host address");
        }
        return NextHop.of(address);
    }

    @Override
    public void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.writeInt(((NextHop) attribute).address());
    }
}
