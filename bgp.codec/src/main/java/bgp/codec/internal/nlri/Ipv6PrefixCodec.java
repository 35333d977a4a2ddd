package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * IPv6 unicast / multicast prefixes (RFC 4760, RFC 2545, RFC 7911): {@code [path-id(4)] length(1)
 * address(ceil(length/8))}, decoded straight into pairs of longs (high, low) and a byte of length per prefix.
 */
public final class Ipv6PrefixCodec implements NlriCodec {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final Family family;
    private final Ipv6Prefixes empty;

    public Ipv6PrefixCodec(Family family) {
        if (family.afi() != Family.AFI_IPV6) {
            throw new IllegalArgumentException("not IPv6: " + family);
        }
        this.family = family;
        this.empty = Ipv6Prefixes.empty(family);
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
        // at most one prefix per 1 (or 5) bytes; most IPv6 prefixes take 5 to 9 bytes (17 at most)
        int max = addPath ? len / 5 + 1 : len;
        int cap = Math.min(max, (addPath ? len / 10 : len / 6) + 4);
        long[] words = new long[2 * cap];
        byte[] lengths = new byte[cap];
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
            if (plen > 128) {
                throw invalid("prefix length " + plen + " exceeds 128");
            }
            int bytes = (plen + 7) >>> 3;
            int left = end - p;
            if (left < bytes) {
                throw invalid("prefix of length " + plen + " truncated: " + bytes + " bytes needed, " + left + " left");
            }
            long hi;
            long lo;
            if (left >= 16) {
                hi = (long) LONG.get(buf, p) & Ipv6Prefixes.highMask(bytes);
                lo = (long) LONG.get(buf, p + 8) & Ipv6Prefixes.lowMask(bytes);
            } else {
                hi = 0;
                lo = 0;
                for (int k = 0; k < bytes; k++) {
                    long b = buf[p + k] & 0xFFL;
                    if (k < 8) {
                        hi |= b << (56 - 8 * k);
                    } else {
                        lo |= b << (120 - 8 * k);
                    }
                }
            }
            p += bytes;
            if (n == lengths.length) {
                int grow = Math.min(max, n * 2);
                words = Arrays.copyOf(words, 2 * grow);
                lengths = Arrays.copyOf(lengths, grow);
                if (pathIds != null) {
                    pathIds = Arrays.copyOf(pathIds, grow);
                }
            }
            words[2 * n] = hi;
            words[2 * n + 1] = lo;
            lengths[n] = (byte) plen;
            if (pathIds != null) {
                pathIds[n] = pathId;
            }
            n++;
        }
        return Ipv6Prefixes.wrap(family, words, lengths, pathIds, n);
    }

    private BgpDecodeException invalid(String why) {
        return Nlris.invalid(family, why);
    }
}
