package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * ADD-PATH (RFC 7911 §4, code 69): one or more {@code AFI(2) SAFI(1) send/receive(1)}, send/receive in 1..3. A length
 * that is 0 or not a multiple of 4, or a send/receive value outside 1..3, is malformed.
 */
public final class AddPathCapabilityCodec extends AbstractCapabilityCodec<AddPathCapability> {
    private static final int ENTRY = 4;

    public AddPathCapabilityCodec() {
        super(AddPathCapability.CODE, "add-path", AddPathCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len == 0 || len % ENTRY != 0) {
            throw badLength(buf, off, len, "a positive multiple of 4");
        }
        List<AddPathCapability.Entry> entries = new ArrayList<>(len / ENTRY);
        for (int p = off; p < off + len; p += ENTRY) {
            int sendReceive = u8(buf, p + 3);
            if (sendReceive < AddPathCapability.RECEIVE || sendReceive > AddPathCapability.BOTH) {
                throw malformed(buf, off, len, "send/receive " + sendReceive + " for AFI " + u16(buf, p) + " SAFI "
                        + u8(buf, p + 2) + " is not 1 (receive), 2 (send) or 3 (both)");
            }
            entries.add(new AddPathCapability.Entry(new Family(u16(buf, p), u8(buf, p + 2)), sendReceive));
        }
        return new AddPathCapability(entries);
    }

    @Override
    void encodeValue(AddPathCapability capability, WireWriter out) {
        for (AddPathCapability.Entry e : capability.entries()) {
            out.writeShort(e.family().afi()).writeByte(e.family().safi()).writeByte(e.sendReceive());
        }
    }
}
