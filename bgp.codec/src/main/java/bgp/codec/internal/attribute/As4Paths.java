package bgp.codec.internal.attribute;

import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.As4Path;
import bgp.codec.attribute.AsPath;
import java.util.Arrays;

/**
 * RFC 6793 between a NEW (4-octet AS) speaker and an OLD one, as pure functions: rebuilding the real AS path and
 * aggregator from what an OLD peer sent (§4.2.3), and the AS4_PATH / AS4_AGGREGATOR a NEW speaker adds towards an
 * OLD peer (§4.2.2). The AS_PATH and AGGREGATOR themselves are encoded in 2-octet form by their codecs.
 */
public final class As4Paths {
    private As4Paths() {
    }

    /**
     * The AS path of a route received from an OLD speaker (RFC 6793 §4.2.3), with path lengths counted as in
     * route selection ({@link AsPath#length()}: a set counts 1, confederation segments nothing):
     * <ul>
     * <li>no AS4_PATH: the AS_PATH;</li>
     * <li>AS4_PATH confederation segments, which it must not carry, are dropped first (§6);</li>
     * <li>AS4_PATH longer than AS_PATH: AS4_PATH ignored, the AS_PATH;</li>
     * <li>otherwise: as many leading ASNs (and segments) of AS_PATH as make up the difference, then the AS4_PATH;
     * a confederation segment of AS_PATH comes along when it leads or follows a segment taken whole. A leading
     * AS_SEQUENCE and a following one are joined.</li>
     * </ul>
     */
    public static AsPath reconcile(AsPath asPath, As4Path as4Path) {
        if (as4Path == null) {
            return asPath;
        }
        AsPath as4 = as4Path.path().withoutConfederations();
        int need = asPath.length() - as4.length();
        if (need < 0) {
            return asPath;
        }
        int[] head = asPath.toCompactArray();
        int[] tail = as4.toCompactArray();
        int[] out = new int[head.length + tail.length];
        int n = 0;
        int lastHeader = -1;
        boolean previousWhole = true;
        for (int i = 0; i < head.length; ) {
            int type = head[i] >>> 16;
            int count = head[i] & 0xFFFF;
            int take;
            if (type == AsPath.AS_CONFED_SEQUENCE || type == AsPath.AS_CONFED_SET) {
                if (!previousWhole) {
                    break;
                }
                take = count;
            } else if (need == 0) {
                break;
            } else if (type == AsPath.AS_SET) {
                take = count;
                need--;
            } else {
                take = Math.min(count, need);
                need -= take;
            }
            lastHeader = n;
            out[n++] = type << 16 | take;
            System.arraycopy(head, i + 1, out, n, take);
            n += take;
            previousWhole = take == count;
            if (!previousWhole) {
                break;
            }
            i += count + 1;
        }
        int t = 0;
        if (lastHeader >= 0 && tail.length > 0 && out[lastHeader] >>> 16 == AsPath.AS_SEQUENCE
                && tail[0] >>> 16 == AsPath.AS_SEQUENCE && (out[lastHeader] & 0xFFFF) + (tail[0] & 0xFFFF) <= 0xFFFF) {
            out[lastHeader] += tail[0] & 0xFFFF;
            t = 1;
        }
        System.arraycopy(tail, t, out, n, tail.length - t);
        n += tail.length - t;
        return AsPath.wrap(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /**
     * {@link #reconcile(AsPath, As4Path)}, except that AS4_PATH is ignored when the AGGREGATOR (if any) carries an
     * AS other than AS_TRANS (RFC 6793 §4.2.3: the route was aggregated by an OLD speaker after the AS4_PATH was
     * built).
     */
    public static AsPath reconcile(AsPath asPath, As4Path as4Path, Aggregator aggregator) {
        if (aggregator != null && aggregator.asn() != AsPath.AS_TRANS) {
            return asPath;
        }
        return reconcile(asPath, as4Path);
    }

    /**
     * The aggregator of a route received from an OLD speaker (RFC 6793 §4.2.3): the AS4_AGGREGATOR's AS and
     * address when the AGGREGATOR carries AS_TRANS, else the AGGREGATOR (also when there is no AS4_AGGREGATOR;
     * an AS4_AGGREGATOR without AGGREGATOR is ignored: null then).
     */
    public static Aggregator reconcile(Aggregator aggregator, As4Aggregator as4Aggregator) {
        if (aggregator == null || as4Aggregator == null || aggregator.asn() != AsPath.AS_TRANS) {
            return aggregator;
        }
        return new Aggregator(as4Aggregator.asn(), as4Aggregator.address());
    }

    /**
     * The AS4_PATH to send beside a 2-octet AS_PATH (RFC 6793 §4.2.2): null when every ASN fits in 2 octets,
     * else the path without its confederation segments (which AS4_PATH must not carry).
     */
    public static As4Path toAs4Path(AsPath path) {
        return path.isTwoOctet() ? null : new As4Path(path.withoutConfederations());
    }

    /** The AS4_AGGREGATOR to send beside a 2-octet AGGREGATOR: null when the AS fits in 2 octets. */
    public static As4Aggregator toAs4Aggregator(Aggregator aggregator) {
        return aggregator == null || aggregator.asn() <= 0xFFFF ? null
                : new As4Aggregator(aggregator.asn(), aggregator.address());
    }
}
