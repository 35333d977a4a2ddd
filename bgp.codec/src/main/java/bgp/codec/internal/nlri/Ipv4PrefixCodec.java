package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * IPv4 unicast / multicast prefixes (RFC 4271 §4.3, RFC 4760, RFC 7911): {@code [path-id(4)] length(1)
 * address(ceil(length/8))}, decoded straight into packed longs ({@link Ipv4Prefixes#pack}).
 */
public final class Ipv4PrefixCodec implements NlriCodec {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final Family family;
    private final Ipv4Prefixes empty;

    public Ipv4PrefixCodec(Family family) {
        if (family.afi() != Family.AFI_IPV4) {
            throw new IllegalArgumentException("not IPv4: " + family);
        }
        this.family = family;
        this.empty = family.equals(Family.IPV4_UNICAST) ? Ipv4Prefixes.EMPTY
                : Ipv4Prefixes.wrap(family, new long[0], null, 0);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException {
        if (off < 0 || len < 0 || off > buf.length - len) {
            throw invalid("field of " + len + " bytes at " + off + " outside the message");
        }
        if (len == 0) {
            return empty;
        }
        // at most one prefix per 1 (or 5) bytes; typical prefixes take 4 bytes: size the arrays once for those
        int max = addPath ? len / 5 + 1 : len;
        int cap = Math.min(max, addPath ? len / 8 + 4 : len / 4 + 4);
        long[] prefixes = new long[cap];
        int[] pathIds = addPath ? new int[cap] : null;
        int n = 0;
        int p = off;
        int end = off + len;
        while (p < end) {
            int pathId = 0;
            if (addPath) {
                if (end - p < 5) {
                    throw invalid("truncated path identifier");
                }
                pathId = (int) INT.get(buf, p);
                p += 4;
            }
            int plen = buf[p++] & 0xFF;
            if (plen > 32) {
                throw invalid("prefix length " + plen + " exceeds 32");
            }
            int bytes = (plen + 7) >>> 3;
            int left = end - p;
            if (left < bytes) {
                throw invalid("prefix of length " + plen + " truncated: " + bytes + " bytes needed, " + left + " left");
            }
            int a;
            if (left >= 4) {
                // one 4-byte read, then keep the bytes of this prefix: (0xFFFFFFFF << 32 >>> 8*bytes) as an int
                a = (int) INT.get(buf, p) & (int) (0xFFFFFFFF00000000L >>> (bytes << 3));
            } else {
                a = 0;
                for (int k = 0; k < bytes; k++) {
                    a |= (buf[p + k] & 0xFF) << (24 - 8 * k);
                }
            }
            p += bytes;
            if (n == prefixes.length) {
                int grow = Math.min(max, n * 2);
                prefixes = Arrays.copyOf(prefixes, grow);
                if (pathIds != null) {
                    pathIds = Arrays.copyOf(pathIds, grow);
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

    private BgpDecodeException invalid(String why) {
        return Nlris.invalid(family, why);
    }
}
