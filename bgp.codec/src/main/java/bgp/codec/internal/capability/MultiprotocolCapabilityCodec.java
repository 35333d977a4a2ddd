package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.MultiprotocolCapability;

/**
 * Multiprotocol extensions (RFC 4760 §8, code 1): {@code AFI(2) reserved(1) SAFI(1)}, length exactly 4. The
 * reserved byte is ignored on receipt and sent as 0, as the RFC says.
 */
public final class MultiprotocolCapabilityCodec extends AbstractCapabilityCodec<MultiprotocolCapability> {

    public MultiprotocolCapabilityCodec() {
        super(MultiprotocolCapability.CODE, "multiprotocol", MultiprotocolCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len != 4) {
            throw badLength(buf, off, len, "4");
        }
        return new MultiprotocolCapability(new Family(u16(buf, off), u8(buf, off + 3)));
    }

    @Override
    void encodeValue(MultiprotocolCapability capability, WireWriter out) {
        Family f = capability.family();
        out.writeShort(f.afi()).writeByte(0).writeByte(f.safi());
    }
}
