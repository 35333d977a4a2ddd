package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.ExtendedNextHopCapability;
import java.util.ArrayList;
import java.util.List;

/**
 * Extended next hop encoding (RFC 8950 §3, code 5): one or more {@code NLRI-AFI(2) NLRI-SAFI(2) next-hop-AFI(2)}
 * triples; a length that is 0 or not a multiple of 6 is malformed.
 */
public final class ExtendedNextHopCapabilityCodec extends AbstractCapabilityCodec<ExtendedNextHopCapability> {
    private static final int ENTRY = 6;

    public ExtendedNextHopCapabilityCodec() {
        super(ExtendedNextHopCapability.CODE, "extended next-hop", ExtendedNextHopCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len == 0 || len % ENTRY != 0) {
            throw badLength(buf, off, len, "a positive multiple of 6");
        }
        List<ExtendedNextHopCapability.Entry> entries = new ArrayList<>(len / ENTRY);
        for (int p = off; p < off + len; p += ENTRY) {
            entries.add(new ExtendedNextHopCapability.Entry(u16(buf, p), u16(buf, p + 2), u16(buf, p + 4)));
        }
        return new ExtendedNextHopCapability(entries);
    }

    @Override
    void encodeValue(ExtendedNextHopCapability capability, WireWriter out) {
        for (ExtendedNextHopCapability.Entry e : capability.entries()) {
            out.writeShort(e.afi()).writeShort(e.safi()).writeShort(e.nextHopAfi());
        }
    }
}
