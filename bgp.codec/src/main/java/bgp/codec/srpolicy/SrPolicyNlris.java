package bgp.codec.srpolicy;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IndexedNlriList;
import java.util.Arrays;
import java.util.List;

/**
 * The SR Policy routes of one NLRI field of one family, kept as the wire bytes with the offset of each entry (at its
 * path identifier when the list carries them). Every entry has the family's length: 96 bits for IPv4, 192 for
 * IPv6. Immutable.
 */
public final class SrPolicyNlris extends IndexedNlriList {
    private static final SrPolicyNlris EMPTY_V4 = new SrPolicyNlris(SrPolicyNlri.IPV4, new byte[0], new int[0], 0,
            false);
    private static final SrPolicyNlris EMPTY_V6 = new SrPolicyNlris(SrPolicyNlri.IPV6, new byte[0], new int[0], 0,
            false);

    private final Family family;
    private final int entryLength;

    private SrPolicyNlris(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
        this.family = family;
        this.entryLength = entryLength(family);
    }

    private static int entryLength(Family family) {
        return family.afi() == Family.AFI_IPV4 ? 13 : 25;
    }

    private static Family check(Family family) {
        if (!family.equals(SrPolicyNlri.IPV4) && !family.equals(SrPolicyNlri.IPV6)) {
            throw new IllegalArgumentException(family + " is not an SR Policy family");
        }
        return family;
    }

    /** The empty list of {@code ipv4 sr-policy} or {@code ipv6 sr-policy}. */
    public static SrPolicyNlris empty(Family family) {
        return check(family).afi() == Family.AFI_IPV4 ? EMPTY_V4 : EMPTY_V6;
    }

    /**
     * Decode a whole NLRI field of a family: {@code [path-id(4)] length(1, bits) distinguisher(4) color(4)
     * endpoint}.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on a truncated entry or a
     *     length other than the family's (96 for IPv4, 192 for IPv6)
     * @throws IllegalArgumentException when {@code family} is not an SR Policy family
     */
    public static SrPolicyNlris decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        checkField(buf, off, len);
        check(family);
        if (len == 0) {
            return empty(family);
        }
        int entry = entryLength(family);
        int bits = (entry - 1) * 8;
        int[] offsets = new int[Math.max(1, len / (entry + (addPath ? 4 : 0)))];
        int n = 0;
        int end = off + len;
        for (int p = off; p < end; ) {
            int at = addPath ? p + 4 : p;
            if (at + 1 > end) {
                throw invalid(family, "truncated entry at byte " + (p - off));
            }
            int length = buf[at] & 0xFF;
            if (length != bits) {
                throw invalid(family, "length " + length + " bits at byte " + (p - off) + ", expected " + bits);
            }
            if (at + entry > end) {
                throw invalid(family, "entry at byte " + (p - off) + " overruns the field");
            }
            offsets = withRoom(offsets, n);
            offsets[n++] = p - off;
            p = at + entry;
        }
        return new SrPolicyNlris(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    private static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.invalidNlri(family, why);
    }

    /**
     * A list of routes of one family; it carries path identifiers when one of them is not 0.
     *
     * @throws IllegalArgumentException when the routes are not all of {@code family}
     */
    public static SrPolicyNlris of(Family family, List<SrPolicyNlri> routes) {
        check(family);
        if (routes.isEmpty()) {
            return empty(family);
        }
        boolean ids = routes.stream().anyMatch(r -> r.pathId() != 0);
        WireWriter w = new WireWriter(routes.size() * (entryLength(family) + 4));
        int[] offsets = new int[routes.size()];
        for (int i = 0; i < offsets.length; i++) {
            SrPolicyNlri r = routes.get(i);
            if (!r.family().equals(family)) {
                throw new IllegalArgumentException("a route of " + r.family() + " in a list of " + family);
            }
            offsets[i] = w.position();
            r.encode(w, ids);
        }
        return new SrPolicyNlris(family, w.toByteArray(), offsets, offsets.length, ids);
    }

    @Override
    public Family family() {
        return family;
    }

    private static long u32(byte[] b, int p) {
        return (long) (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | b[p + 3] & 0xFF;
    }

    /** The distinguisher of entry {@code i}. */
    public long distinguisher(int i) {
        return u32(data, at(i) + 1);
    }

    /** The color of entry {@code i}. */
    public long color(int i) {
        return u32(data, at(i) + 5);
    }

    /** The endpoint of entry {@code i} as text. */
    public String endpointText(int i) {
        int p = at(i) + 9;
        return family.afi() == Family.AFI_IPV4 ? IpAddresses.ipv4(data, p) : IpAddresses.ipv6(data, p);
    }

    @Override
    public SrPolicyNlri get(int i) {
        int p = at(i);
        return new SrPolicyNlri(u32(data, p + 1), u32(data, p + 5), Arrays.copyOfRange(data, p + 9, p + entryLength),
                pathId(i));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        at(i);
        return entryLength + (addPath ? 4 : 0);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        int p = at(i);
        if (addPath) {
            out.writeInt(pathId(i));
        }
        out.write(data, p, entryLength);
    }
}
