package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.PathsLimitCapability;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths limit (draft-ietf-idr-addpath-paths-limit, code 76): one or more {@code AFI(2) SAFI(1) limit(2)}; a length
 * that is 0 or not a multiple of 5 is malformed.
 */
public final class PathsLimitCapabilityCodec extends AbstractCapabilityCodec<PathsLimitCapability> {
    private static final int ENTRY = 5;

    public PathsLimitCapabilityCodec() {
        super(PathsLimitCapability.CODE, "paths-limit", PathsLimitCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len == 0 || len % ENTRY != 0) {
            throw badLength(buf, off, len, "a positive multiple of 5");
        }
        List<PathsLimitCapability.Entry> entries = new ArrayList<>(len / ENTRY);
        for (int p = off; p < off + len; p += ENTRY) {
            entries.add(new PathsLimitCapability.Entry(new Family(u16(buf, p), u8(buf, p + 2)), u16(buf, p + 3)));
        }
        return new PathsLimitCapability(entries);
    }

    @Override
    void encodeValue(PathsLimitCapability capability, WireWriter out) {
        for (PathsLimitCapability.Entry e : capability.entries()) {
            out.writeShort(e.family().afi()).writeByte(e.family().safi()).writeShort(e.limit());
        }
    }
}
