package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.message.Notification;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;

/**
 * IPv4 unicast / multicast prefixes (RFC 4271 §4.3, RFC 4760, RFC 7911): {@code [path-id(4)] length(1)
 * address(ceil(length/8))}, decoded straight into packed longs.
 */
public final class Ipv4PrefixCodec implements NlriCodec {
    private final Family family;

    public Ipv4PrefixCodec(Family family) {
        if (family.afi() != Family.AFI_IPV4) {
            throw new IllegalArgumentException("not IPv4: " + family);
        }
        this.family = family;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        if (len == 0) {
            return family.equals(Family.IPV4_UNICAST) ? Ipv4Prefixes.EMPTY : Ipv4Prefixes.wrap(family, new long[0], null, 0);
        }
        // at most one prefix per 1 (or 5) bytes: size the arrays once
        int max = addPath ? len / 5 + 1 : len;
        long[] prefixes = new long[Math.min(max, 64)];
        int[] pathIds = addPath ? new int[prefixes.length] : null;
        int n = 0;
        int p = off;
        int end = off + len;
        while (p < end) {
            int pathId = 0;
            if (addPath) {
                if (end - p < 5) {
                    throw invalid("truncated path identifier");
                }
                pathId = (buf[p] & 0xFF) << 24 | (buf[p + 1] & 0xFF) << 16 | (buf[p + 2] & 0xFF) << 8 | buf[p + 3] & 0xFF;
                p += 4;
            }
            int plen = buf[p++] & 0xFF;
            if (plen > 32) {
                throw invalid("prefix length " + plen + " exceeds 32");
            }
            int bytes = (plen + 7) >>> 3;
            if (end - p < bytes) {
                throw invalid("prefix of length " + plen + " truncated");
            }
            int a = 0;
            switch (bytes) {
                case 4: a |= buf[p + 3] & 0xFF;
                // fall through
                case 3: a |= (buf[p + 2] & 0xFF) << 8;
                // fall through
                case 2: a |= (buf[p + 1] & 0xFF) << 16;
                // fall through
                case 1: a |= (buf[p] & 0xFF) << 24;
                // fall through
                default: break;
            }
            p += bytes;
            if (n == prefixes.length) {
                int grow = Math.min(max, prefixes.length * 2);
                prefixes = java.util.Arrays.copyOf(prefixes, grow);
                if (pathIds != null) {
                    pathIds = java.util.Arrays.copyOf(pathIds, grow);
                }
            }
            prefixes[n] = (a & 0xFFFFFFFFL) << 8 | plen;
            if (pathIds != null) {
                pathIds[n] = pathId;
            }
            n++;
        }
        return Ipv4Prefixes.wrap(family, prefixes, pathIds, n);
    }

    private static BgpDecodeException invalid(String why) {
        return BgpDecodeException.reset(Notification.UPDATE_MESSAGE_ERROR, Notification.INVALID_NETWORK_FIELD, null,
                "invalid IPv4 NLRI: " + why);
    }
}
