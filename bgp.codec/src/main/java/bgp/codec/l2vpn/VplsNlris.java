package bgp.codec.l2vpn;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.Arrays;
import java.util.List;

/**
 * The VPLS routes of one NLRI field, kept as the wire bytes: every entry has the same size (19 bytes, 23 with a path
 * identifier), so entry {@code i} starts at {@code i * stride} and no index is needed. Immutable.
 */
public final class VplsNlris extends IndexedNlriList {
    private static final int ENTRY = 2 + VplsNlri.LENGTH;
    private static final VplsNlris EMPTY = new VplsNlris(new byte[0], 0, false);

    private final int stride;

    private VplsNlris(byte[] data, int size, boolean pathIds) {
        super(data, null, size, pathIds);
        this.stride = pathIds ? ENTRY + 4 : ENTRY;
    }

    /** No routes. */
    public static VplsNlris empty() {
        return EMPTY;
    }

    /**
     * Decode a whole NLRI field: {@code [path-id(4)] length(2) = 17, rd(8), ve-id(2), offset(2), size(2), label(3)}.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) when an entry is truncated or
     *     its length is not 17 (RFC 4761 §3.2.2 fixes the layout)
     */
    public static VplsNlris decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        checkField(buf, off, len);
        int stride = addPath ? ENTRY + 4 : ENTRY;
        for (int p = off, end = off + len; p < end; p += stride) {
            int at = addPath ? p + 4 : p;
            if (at + 2 > end) {
                throw invalid("truncated entry at byte " + (p - off));
            }
            int length = (buf[at] & 0xFF) << 8 | buf[at + 1] & 0xFF;
            if (length != VplsNlri.LENGTH) {
                throw invalid("length " + length + " at byte " + (p - off) + ", expected " + VplsNlri.LENGTH);
            }
            if (p + stride > end) {
                throw invalid("entry at byte " + (p - off) + " overruns the field");
            }
        }
        if (len == 0) {
            return EMPTY;
        }
        return new VplsNlris(Arrays.copyOfRange(buf, off, off + len), len / stride, addPath);
    }

    static BgpDecodeException invalid(String why) {
        return BgpDecodeException.invalidNlri(VplsNlri.FAMILY, why);
    }

    /** A list of routes; it carries path identifiers when one of them is not 0. */
    public static VplsNlris of(List<VplsNlri> routes) {
        boolean ids = routes.stream().anyMatch(r -> r.pathId() != 0);
        WireWriter w = new WireWriter(routes.size() * (ENTRY + 4));
        for (VplsNlri r : routes) {
            r.encode(w, ids);
        }
        return routes.isEmpty() ? EMPTY : new VplsNlris(w.toByteArray(), routes.size(), ids);
    }

    /** A list of routes. */
    public static VplsNlris of(VplsNlri... routes) {
        return of(List.of(routes));
    }

    @Override
    public bgp.codec.Family family() {
        return VplsNlri.FAMILY;
    }

    @Override
    protected int entryStart(int i) {
        return i * stride;
    }

    private int u16(int p) {
        return (data[p] & 0xFF) << 8 | data[p + 1] & 0xFF;
    }

    /** The route distinguisher of entry {@code i} (8 bytes in a long). */
    public long rd(int i) {
        return RouteDistinguisher.read(data, at(i) + 2);
    }

    /** VE ID of entry {@code i}. */
    public int endpoint(int i) {
        return u16(at(i) + 10);
    }

    /** VE block offset of entry {@code i}. */
    public int offset(int i) {
        return u16(at(i) + 12);
    }

    /** VE block size of entry {@code i}. */
    public int blockSize(int i) {
        return u16(at(i) + 14);
    }

    /** The 24-bit label field of entry {@code i}. */
    public int rawLabel(int i) {
        int p = at(i) + 16;
        return (data[p] & 0xFF) << 16 | u16(p + 1);
    }

    /** Label base (20 bits) of entry {@code i}. */
    public int base(int i) {
        return rawLabel(i) >>> 4;
    }

    @Override
    public VplsNlri get(int i) {
        return new VplsNlri(rd(i), endpoint(i), offset(i), blockSize(i), rawLabel(i), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        at(i);
        return addPath ? ENTRY + 4 : ENTRY;
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        int p = at(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        out.write(data, p, ENTRY);
    }
}
