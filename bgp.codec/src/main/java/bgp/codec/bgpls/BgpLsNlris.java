package bgp.codec.bgpls;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The BGP-LS routes of one NLRI field, kept as the wire bytes with the offset of each entry (at its path identifier
 * when the list carries them). Readers walk an entry's TLVs in place: {@link #valueOffset}, {@link #valueLength} and
 * {@link #data}. Immutable.
 */
public final class BgpLsNlris extends IndexedNlriList {
    private final Family family;

    private BgpLsNlris(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
        this.family = family;
    }

    public static BgpLsNlris empty(Family family) {
        BgpLsNlri.check(family);
        return new BgpLsNlris(family, new byte[0], new int[0], 0, false);
    }

    /**
     * Decode a whole NLRI field: {@code [path-id(4)] type(2) length(2) value(length)}, each value checked against
     * the layout of its type ({@link BgpLsNlri#problem}).
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a value
     *     that does not have the layout of its type
     */
    public static BgpLsNlris decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        BgpLsNlri.check(family);
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
            int type = (buf[at] & 0xFF) << 8 | buf[at + 1] & 0xFF;
            int length = (buf[at + 2] & 0xFF) << 8 | buf[at + 3] & 0xFF;
            if (length > end - at - 4) {
                throw invalid(family, "NLRI type " + type + " of " + length + " bytes at byte " + (p - off)
                        + " overruns the field");
            }
            String why = BgpLsNlri.problem(family, type, buf, at + 4, length);
            if (why != null) {
                throw invalid(family, why + " at byte " + (p - off));
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + 4 + length;
        }
        return new BgpLsNlris(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    private static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.reset(Notification.UPDATE_MESSAGE_ERROR, Notification.INVALID_NETWORK_FIELD, null,
                "invalid " + family + " NLRI: " + why);
    }

    /** A list of routes of one family (at least one); it carries path identifiers when one of them is not 0. */
    public static BgpLsNlris of(List<BgpLsNlri> routes) {
        Encoded e = encodeAll(routes, "BGP-LS");
        return new BgpLsNlris(routes.get(0).family(), e.data(), e.offsets(), e.offsets().length, e.pathIds());
    }

    @Override
    public Family family() {
        return family;
    }

    /** The NLRI type of entry {@code i}. */
    public int nlriType(int i) {
        int p = at(i);
        return (data[p] & 0xFF) << 8 | data[p + 1] & 0xFF;
    }

    /** The value length of entry {@code i}. */
    public int valueLength(int i) {
        int p = at(i);
        return (data[p + 2] & 0xFF) << 8 | data[p + 3] & 0xFF;
    }

    /** Where the value of entry {@code i} starts in {@link #data}. */
    public int valueOffset(int i) {
        return at(i) + 4;
    }

    /** The bytes the entries are read from (not a copy: do not change them). */
    public byte[] data() {
        return data;
    }

    @Override
    public BgpLsNlri get(int i) {
        int p = valueOffset(i);
        return new BgpLsNlri(family, nlriType(i), Arrays.copyOfRange(data, p, p + valueLength(i)), pathId(i));
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
