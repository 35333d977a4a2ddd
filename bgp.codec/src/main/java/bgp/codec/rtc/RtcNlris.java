package bgp.codec.rtc;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The Route Target membership routes of one NLRI field, kept as the wire bytes with the offset of each entry (at its
 * path identifier when the list carries them). Immutable.
 */
public final class RtcNlris extends IndexedNlriList {
    private static final RtcNlris EMPTY = new RtcNlris(new byte[0], new int[0], 0, false);


    private RtcNlris(byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
    }

    public static RtcNlris empty() {
        return EMPTY;
    }

    /**
     * Decode a whole NLRI field: {@code [path-id(4)] length(1, bits) prefix(ceil(length / 8))}.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a
     *     length other than 0 and 32 to 96
     */
    public static RtcNlris decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        checkField(buf, off, len);
        if (len == 0) {
            return EMPTY;
        }
        int[] offsets = new int[Math.max(1, len / (addPath ? 17 : 13))];
        int n = 0;
        int end = off + len;
        for (int p = off; p < end; ) {
            int at = addPath ? p + 4 : p;
            if (at + 1 > end) {
                throw invalid("truncated entry at byte " + (p - off));
            }
            int bits = buf[at] & 0xFF;
            String why = RtcNlri.problem(bits);
            if (why != null) {
                throw invalid(why + " at byte " + (p - off));
            }
            int bytes = (bits + 7) / 8;
            if (at + 1 + bytes > end) {
                throw invalid("prefix of " + bits + " bits at byte " + (p - off) + " overruns the field");
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + 1 + bytes;
        }
        return new RtcNlris(Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    private static BgpDecodeException invalid(String why) {
        return BgpDecodeException.invalidNlri(RtcNlri.IPV4, why);
    }

    /** A list of routes; it carries path identifiers when one of them is not 0. */
    public static RtcNlris of(List<RtcNlri> routes) {
        if (routes.isEmpty()) {
            return EMPTY;
        }
        Encoded e = encodeAll(routes, "rtc");
        return new RtcNlris(e.data(), e.offsets(), e.offsets().length, e.pathIds());
    }

    public static RtcNlris of(RtcNlri... routes) {
        return of(List.of(routes));
    }

    @Override
    public bgp.codec.Family family() {
        return RtcNlri.IPV4;
    }

    /** The prefix length in bits of entry {@code i}. */
    public int length(int i) {
        return data[at(i)] & 0xFF;
    }

    /** The origin AS of entry {@code i}; 0 for the wildcard. */
    public long originAs(int i) {
        int p = at(i);
        if (data[p] == 0) {
            return 0;
        }
        return (long) (data[p + 1] & 0xFF) << 24 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 8
                | data[p + 4] & 0xFF;
    }

    @Override
    public RtcNlri get(int i) {
        int p = at(i);
        int bits = data[p] & 0xFF;
        return new RtcNlri(bits, Arrays.copyOfRange(data, p + 1, p + 1 + (bits + 7) / 8), pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        return 1 + (length(i) + 7) / 8 + (addPath ? 4 : 0);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        int p = at(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        out.write(data, p, 1 + ((data[p] & 0xFF) + 7) / 8);
    }
}
