package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.GracefulRestartCapability;
import java.util.ArrayList;
import java.util.List;

/**
 * Graceful restart (RFC 4724 §3, code 64): {@code restart-flags(4 bits) restart-time(12 bits)}, then zero or more
 * {@code AFI(2) SAFI(1) flags(1)}; the length is 2 + 4n. Reserved flag bits are kept as received.
 */
public final class GracefulRestartCapabilityCodec extends AbstractCapabilityCodec<GracefulRestartCapability> {
    private static final int ENTRY = 4;

    public GracefulRestartCapabilityCodec() {
        super(GracefulRestartCapability.CODE, "graceful-restart", GracefulRestartCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len < 2 || (len - 2) % ENTRY != 0) {
            throw badLength(buf, off, len, "2 + 4 per family");
        }
        int head = u16(buf, off);
        List<GracefulRestartCapability.Entry> families = new ArrayList<>((len - 2) / ENTRY);
        for (int p = off + 2; p < off + len; p += ENTRY) {
            families.add(new GracefulRestartCapability.Entry(new Family(u16(buf, p), u8(buf, p + 2)), u8(buf, p + 3)));
        }
        return new GracefulRestartCapability(head >>> 12, head & 0xFFF, families);
    }

    @Override
    void encodeValue(GracefulRestartCapability capability, WireWriter out) {
        out.writeShort(capability.restartFlags() << 12 | capability.restartTime());
        for (GracefulRestartCapability.Entry e : capability.families()) {
            out.writeShort(e.family().afi()).writeByte(e.family().safi()).writeByte(e.flags());
        }
    }
}
