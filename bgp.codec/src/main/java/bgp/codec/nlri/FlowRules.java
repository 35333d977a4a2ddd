package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Flow specification rules of one NLRI field (RFC 8955/8956; IPv4/IPv6 {@code flow}, SAFI 133, and {@code flow-vpn},
 * SAFI 134), kept as the wire bytes with an offsets index: {@code data} is the field exactly as on the wire (path
 * identifiers included when {@link #hasPathIds()}), entry {@code i} is {@code data[offsets[i], offsets[i+1])}:
 * {@code [path-id(4)] length(1 or 2) [rd(8)] components}. Decoding is one checking walk and one copy; no object per
 * rule until {@link #get} is asked for one.
 */
public final class FlowRules extends IndexedNlriList {
    private final Family family;

    private FlowRules(Family family, byte[] data, int[] offsets, int size, boolean pathIds) {
        super(data, offsets, size, pathIds);
        this.family = family;
    }

    /**
     * Decode a whole NLRI field of a flowspec family: every rule's length, route distinguisher and components are
     * checked ({@link FlowSpec#check}).
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10) on any malformed rule
     * @throws IllegalArgumentException when {@code family} is not a flowspec family
     */
    public static FlowRules decode(Family family, byte[] buf, int off, int len, boolean addPath)
            throws BgpDecodeException {
        if (!FlowSpec.isFlow(family)) {
            throw new IllegalArgumentException("not a flowspec family: " + family);
        }
        if (off < 0 || len < 0 || off > buf.length - len) {
            throw FlowSpec.invalid(family, "field of " + len + " bytes at " + off + " outside the message");
        }
        int rdBytes = FlowSpec.isVpn(family) ? 8 : 0;
        int[] offsets = new int[Math.min(len / 2 + 1, 16) + 1];
        int n = 0;
        int p = off;
        int end = off + len;
        while (p < end) {
            int start = p;
            if (addPath) {
                if (end - p < 5) {
                    throw FlowSpec.invalid(family, "truncated path identifier");
                }
                p += 4;
            }
            int length = buf[p++] & 0xFF;
            if (length >= 0xF0) {
                if (p >= end) {
                    throw FlowSpec.invalid(family, "truncated two-octet length");
                }
                length = (length & 0x0F) << 8 | buf[p++] & 0xFF;
            }
            if (end - p < length) {
                throw FlowSpec.invalid(family, "rule of " + length + " octets truncated: " + (end - p) + " left");
            }
            if (length < rdBytes) {
                throw FlowSpec.invalid(family, "rule of " + length + " octets has no room for a route distinguisher");
            }
            FlowSpec.check(family, buf, p + rdBytes, p + length);
            p += length;
            offsets = withRoom(offsets, n + 1);
            offsets[n++] = start - off;
        }
        offsets[n] = len;
        return new FlowRules(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    /** No rules of the family. */
    public static FlowRules empty(Family family) {
        if (!FlowSpec.isFlow(family)) {
            throw new IllegalArgumentException("not a flowspec family: " + family);
        }
        return new FlowRules(family, new byte[0], new int[1], 0, false);
    }

    /** A list of rules, all of one family; it carries path identifiers when one of them is not 0. */
    public static FlowRules of(Family family, List<FlowRule> rules) {
        boolean ids = rules.stream().anyMatch(r -> r.pathId() != 0);
        WireWriter w = new WireWriter(64);
        int[] offsets = new int[rules.size() + 1];
        int i = 0;
        for (FlowRule r : rules) {
            if (!r.family().equals(family)) {
                throw new IllegalArgumentException(r.family() + " rule in a list of " + family);
            }
            offsets[i++] = w.position();
            r.encode(w, ids);
        }
        offsets[i] = w.position();
        return new FlowRules(family, w.toByteArray(), offsets, rules.size(), ids);
    }

    @Override
    public Family family() {
        return family;
    }

    /** Position of the route distinguisher (flow-vpn) or the first component of entry {@code i}. */
    private int body(int i) {
        int p = at(i);
        return p + ((data[p] & 0xFF) >= 0xF0 ? 2 : 1);
    }

    /** The route distinguisher of entry {@code i} (8 bytes in a long); 0 for a {@code flow} family. */
    public long rd(int i) {
        return FlowSpec.isVpn(family) ? RouteDistinguisher.read(data, body(i)) : 0;
    }

    /** The components of entry {@code i} as ExaBGP names and prints them. */
    public List<FlowSpec.Field> fields(int i) {
        int from = body(i) + (FlowSpec.isVpn(family) ? 8 : 0);
        return FlowSpec.fields(family.afi(), data, from, offsets[i + 1]);
    }

    @Override
    public FlowRule get(int i) {
        int from = body(i) + (FlowSpec.isVpn(family) ? 8 : 0);
        return FlowRule.wrap(family, pathId(i), rd(i), Arrays.copyOfRange(data, from, offsets[i + 1]));
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        at(i);
        return offsets[i + 1] - offsets[i] + (addPath ? 4 : 0) - (pathIds ? 4 : 0);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        at(i);
        int from = offsets[i];
        if (pathIds && !addPath) {
            from += 4;
        } else if (!pathIds && addPath) {
            out.writeInt(0);
        }
        out.write(data, from, offsets[i + 1] - from);
    }

    @Override
    public void encodeAll(WireWriter out, boolean addPath) {
        if (addPath == pathIds) {
            out.write(data, 0, data.length);
        } else {
            for (int i = 0; i < size; i++) {
                encode(i, out, addPath);
            }
        }
    }

    /** Equal to a list of the same family with the same wire bytes (any empty list of the family when empty). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (size == 0) {
            return o instanceof NlriList l && l.isEmpty() && l.family().equals(family);
        }
        return o instanceof FlowRules l && l.family.equals(family) && l.pathIds == pathIds && l.size == size
                && Arrays.equals(l.data, data);
    }

    @Override
    public int hashCode() {
        return size == 0 ? family.hashCode() : (family.hashCode() * 31 + Arrays.hashCode(data)) * 2 + (pathIds ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(family.toString()).append(" [");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : ", ").append(get(i));
            if (pathIds) {
                sb.append(" path ").append(Integer.toUnsignedString(pathId(i)));
            }
        }
        return sb.append(']').toString();
    }
}
