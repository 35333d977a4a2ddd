package bgp.codec.mup;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The BGP-MUP routes of one NLRI field, kept as the wire bytes with the offset of each entry (at its path identifier
 * when the list carries them). Immutable.
 */
public final class MupNlris extends IndexedNlriList {
    private final Family family;

    private MupNlris(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
        this.family = family;
    }

    /** No routes of the family. */
    public static MupNlris empty(Family family) {
        MupNlri.check(family);
        return new MupNlris(family, new byte[0], new int[0], 0, false);
    }

    /**
     * Decode a whole NLRI field of an IPv4 or IPv6 mup family: {@code [path-id(4)] architecture(1) route-type(2)
     * length(1) value(length)}, each value checked against the layout of its route type ({@link MupNlri#problem};
     * other architectures and types are kept as bytes).
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a value
     *     whose length or inner lengths do not fit its route type
     */
    public static MupNlris decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        MupNlri.check(family);
        checkField(buf, off, len);
        if (len == 0) {
            return empty(family);
        }
        int[] offsets = new int[Math.max(1, len / (addPath ? 17 : 13))];
        int n = 0;
        int end = off + len;
        for (int p = off; p < end; ) {
            int at = addPath ? p + 4 : p;
            if (at + 4 > end) {
                throw invalid(family, "truncated entry at byte " + (p - off));
            }
            int arch = buf[at] & 0xFF;
            int type = (buf[at + 1] & 0xFF) << 8 | buf[at + 2] & 0xFF;
            int length = buf[at + 3] & 0xFF;
            if (at + 4 + length > end) {
                throw invalid(family, "architecture " + arch + " route type " + type + " of " + length
                        + " bytes at byte " + (p - off) + " overruns the field");
            }
            String why = MupNlri.problem(family, arch, type, buf, at + 4, length);
            if (why != null) {
                throw invalid(family, why + " at byte " + (p - off));
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + 4 + length;
        }
        return new MupNlris(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.invalidNlri(family, why);
    }

    /** A list of routes of one family (at least one); it carries path identifiers when one of them is not 0. */
    public static MupNlris of(List<MupNlri> routes) {
        Encoded e = encodeAll(routes, "mup");
        return new MupNlris(routes.get(0).family(), e.data(), e.offsets(), e.offsets().length, e.pathIds());
    }

    public static MupNlris of(MupNlri... routes) {
        return of(List.of(routes));
    }

    @Override
    public Family family() {
        return family;
    }

    /** The architecture type of entry {@code i}. */
    public int architecture(int i) {
        return data[at(i)] & 0xFF;
    }

    /** The route type of entry {@code i}. */
    public int routeType(int i) {
        int p = at(i);
        return (data[p + 1] & 0xFF) << 8 | data[p + 2] & 0xFF;
    }

    /** The value length of entry {@code i}. */
    public int valueLength(int i) {
        return data[at(i) + 3] & 0xFF;
    }

    @Override
    public MupNlri get(int i) {
        int p = at(i);
        return new MupNlri(family, data[p] & 0xFF, routeType(i), Arrays.copyOfRange(data, p + 4,
                p + 4 + valueLength(i)), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        return 4 + valueLength(i) + (addPath ? 4 : 0);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        int p = at(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        out.write(data, p, 4 + valueLength(i));
    }
}
