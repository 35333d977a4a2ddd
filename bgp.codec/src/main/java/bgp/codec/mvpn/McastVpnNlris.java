package bgp.codec.mvpn;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The multicast VPN routes of one NLRI field, kept as the wire bytes with the offset of each entry (at its path identifier
 * when the list carries them). Immutable.
 */
public final class McastVpnNlris extends IndexedNlriList {
    private final Family family;

    private McastVpnNlris(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
        this.family = family;
    }

    /** No routes of the family. */
    public static McastVpnNlris empty(Family family) {
        check(family);
        return new McastVpnNlris(family, new byte[0], new int[0], 0, false);
    }

    private static void check(Family family) {
        if (!family.equals(McastVpnNlri.IPV4) && !family.equals(McastVpnNlri.IPV6)) {
            throw new IllegalArgumentException("not a mcast-vpn family: " + family);
        }
    }

    /**
     * Decode a whole NLRI field of an IPv4 or IPv6 mcast-vpn family: {@code [path-id(4)] route-type(1) length(1)
     * value(length)}, each value checked against the layout of its route type ({@link McastVpnNlri#problem}; other
     * types are kept as bytes).
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a value
     *     whose length or inner lengths do not fit its route type
     */
    public static McastVpnNlris decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        check(family);
        checkField(buf, off, len);
        if (len == 0) {
            return empty(family);
        }
        int[] offsets = new int[Math.max(1, len / (addPath ? 10 : 6))];
        int n = 0;
        int end = off + len;
        for (int p = off; p < end; ) {
            int at = addPath ? p + 4 : p;
            if (at + 2 > end) {
                throw invalid(family, "truncated entry at byte " + (p - off));
            }
            int type = buf[at] & 0xFF;
            int length = buf[at + 1] & 0xFF;
            if (at + 2 + length > end) {
                throw invalid(family, "route type " + type + " of " + length + " bytes at byte " + (p - off)
                        + " overruns the field");
            }
            String why = McastVpnNlri.problem(type, buf, at + 2, length);
            if (why != null) {
                throw invalid(family, why + " at byte " + (p - off));
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + 2 + length;
        }
        return new McastVpnNlris(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.invalidNlri(family, why);
    }

    /** A list of routes of one family (at least one); it carries path identifiers when one of them is not 0. */
    public static McastVpnNlris of(List<McastVpnNlri> routes) {
        Encoded e = encodeAll(routes, "mcast-vpn");
        return new McastVpnNlris(routes.get(0).family(), e.data(), e.offsets(), e.offsets().length, e.pathIds());
    }

    public static McastVpnNlris of(McastVpnNlri... routes) {
        return of(List.of(routes));
    }

    @Override
    public Family family() {
        return family;
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
    public McastVpnNlri get(int i) {
        int p = at(i);
        return new McastVpnNlri(family, data[p] & 0xFF, Arrays.copyOfRange(data, p + 2, p + 2 + valueLength(i)), pathId(i));
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
