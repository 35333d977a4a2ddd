package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.RoleCapability;

/**
 * BGP role (RFC 9234 §4.1, code 9): one byte, length exactly 1. Any role value decodes; whether the two roles
 * match (Role Mismatch, RFC 9234 §4.2) is the session's check, not the codec's.
 */
public final class RoleCapabilityCodec extends AbstractCapabilityCodec<RoleCapability> {

    public RoleCapabilityCodec() {
        super(RoleCapability.CODE, "role", RoleCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len != 1) {
            throw badLength(buf, off, len, "1");
        }
        return new RoleCapability(u8(buf, off));
    }

    @Override
    void encodeValue(RoleCapability capability, WireWriter out) {
        out.writeByte(capability.role());
    }
}
