package bgp.codec.l2vpn;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The EVPN routes of one NLRI field, kept as the wire bytes with the offset of each entry (at its path identifier
 * when the list carries them). Immutable.
 */
public final class EvpnNlris extends IndexedNlriList {
    private static final EvpnNlris EMPTY = new EvpnNlris(new byte[0], new int[0], 0, false);


    private EvpnNlris(byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
    }

    /** No routes. */
    public static EvpnNlris empty() {
        return EMPTY;
    }

    /**
     * Decode a whole NLRI field: {@code [path-id(4)] route-type(1) length(1) value(length)}, each value checked
     * against the layout of its route type ({@link EvpnNlri#problem}; other types are kept as bytes).
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a value
     *     whose length or inner lengths do not fit its route type
     */
    public static EvpnNlris decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        checkField(buf, off, len);
        if (len == 0) {
            return EMPTY;
        }
        int[] offsets = new int[Math.max(1, len / (addPath ? 10 : 6))];
        int n = 0;
        int end = off + len;
        for (int p = off; p < end; ) {
            int at = addPath ? p + 4 : p;
            if (at + 2 > end) {
                throw invalid("truncated entry at byte " + (p - off));
            }
            int type = buf[at] & 0xFF;
            int length = buf[at + 1] & 0xFF;
            if (at + 2 + length > end) {
                throw invalid("route type " + type + " of " + length + " bytes at byte " + (p - off)
                        + " overruns the field");
            }
            String why = EvpnNlri.problem(type, buf, at + 2, length);
            if (why != null) {
                throw invalid(why + " at byte " + (p - off));
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + 2 + length;
        }
        return new EvpnNlris(Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    static BgpDecodeException invalid(String why) {
        return BgpDecodeException.invalidNlri(EvpnNlri.FAMILY, why);
    }

    /** A list of routes; it carries path identifiers when one of them is not 0. */
    public static EvpnNlris of(List<EvpnNlri> routes) {
        if (routes.isEmpty()) {
            return EMPTY;
        }
        Encoded e = encodeAll(routes, "evpn");
        return new EvpnNlris(e.data(), e.offsets(), e.offsets().length, e.pathIds());
    }

    public static EvpnNlris of(EvpnNlri... routes) {
        return of(List.of(routes));
    }

    @Override
    public Family family() {
        return EvpnNlri.FAMILY;
    }

    /** The route type of entry {@code i}. */
    public int routeType(int i) {
        return data[at(i)] & 0xFF;
    }

    /** The value length of entry {@code i}. */
    public int valueLength(int i) {
        return data[at(i) + 1] & 0xFF;
    }

    @Override
    public EvpnNlri get(int i) {
        int p = at(i);
        return new EvpnNlri(data[p] & 0xFF, Arrays.copyOfRange(data, p + 2, p + 2 + valueLength(i)), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        return 2 + valueLength(i) + (addPath ? 4 : 0);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        int p = at(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        out.write(data, p, 2 + valueLength(i));
    }
}
