package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import java.util.Arrays;

/**
 * NLRI with an MPLS label stack, kept as the wire bytes: {@link LabeledPrefixes} (RFC 8277) and {@link VpnPrefixes}
 * (RFC 4364/4659, with a route distinguisher). Storage is two arrays per list: {@code data}, the NLRI field exactly as
 * on the wire (path identifiers included when {@link #hasPathIds()}), and {@code offsets}, where entry {@code i} is
 * {@code data[offsets[i], offsets[i+1])}. Decoding is one validating walk and one copy; {@link #encodeAll} in the
 * same add-path mode is one write. The primitive accessors read the entry in place.
 */
public abstract sealed class LabeledNlriList implements NlriList permits LabeledPrefixes, VpnPrefixes {
    final Family family;
    final byte[] data;
    final int[] offsets;
    final int size;
    final boolean pathIds;
    final int rdBytes;

    LabeledNlriList(Family family, byte[] data, int[] offsets, int size, boolean pathIds, int rdBytes) {
        this.family = family;
        this.data = data;
        this.offsets = offsets;
        this.size = size;
        this.pathIds = pathIds;
        this.rdBytes = rdBytes;
    }

    /** Builds a list from a validated field. */
    interface Factory<T> {
        T make(Family family, byte[] data, int[] offsets, int size, boolean pathIds);
    }

    /**
     * Walk a whole NLRI field, checking every entry, and copy it once. An entry is
     * {@code [path-id(4)] bits(1) label*(3) [rd(8)] prefix(ceil(prefix bits/8))}; the stack ends at the first entry
     * with the bottom-of-stack bit or equal to 0x800000 or 0x000000 ({@link MplsLabels#endsStack}).
     */
    static <T> T decode(Family family, byte[] buf, int off, int len, boolean addPath, int rdBytes, Factory<T> factory)
            throws BgpDecodeException {
        if (off < 0 || len < 0 || off > buf.length - len) {
            throw invalid(family, "field of " + len + " bytes at " + off + " outside the message");
        }
        int maxPrefix = LabeledEntry.maxPrefixBits(family);
        int rdBits = 8 * rdBytes;
        int minEntry = (addPath ? 5 : 1) + 3 + rdBytes;
        int max = len / minEntry + 1;
        int[] offsets = new int[Math.min(max, 16) + 1];
        int n = 0;
        int p = off;
        int end = off + len;
        while (p < end) {
            int start = p;
            if (addPath) {
                if (end - p < 5) {
                    throw invalid(family, "truncated path identifier");
                }
                p += 4;
            }
            int bits = buf[p++] & 0xFF;
            int bytes = (bits + 7) >>> 3;
            if (end - p < bytes) {
                throw invalid(family, "NLRI of " + bits + " bits truncated: " + bytes + " bytes needed, " + (end - p)
                        + " left");
            }
            int entryEnd = p + bytes;
            int rest = bits;
            if (rest < 24 + rdBits) {
                throw invalid(family, "length of " + bits + " bits leaves no room for a label"
                        + (rdBytes > 0 ? " and a route distinguisher" : ""));
            }
            while (true) {
                if (rest < 24 + rdBits) {
                    throw invalid(family, "label stack without bottom-of-stack before the "
                            + (rdBytes > 0 ? "route distinguisher" : "prefix"));
                }
                int raw = (buf[p] & 0xFF) << 16 | (buf[p + 1] & 0xFF) << 8 | buf[p + 2] & 0xFF;
                p += 3;
                rest -= 24;
                if ((raw & MplsLabels.BOTTOM_OF_STACK) != 0 || raw == MplsLabels.COMPATIBILITY || raw == 0) {
                    break;
                }
            }
            rest -= rdBits;
            if (rest > maxPrefix) {
                throw invalid(family, "prefix length " + rest + " exceeds " + maxPrefix);
            }
            p = entryEnd;
            if (n + 1 == offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.min(max, 2 * n) + 1);
            }
            offsets[n++] = start - off;
        }
        offsets[n] = len;
        return factory.make(family, Arrays.copyOfRange(buf, off, end), offsets, n, addPath);
    }

    static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.invalidNlri(family, why);
    }

    final void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /** Position of the length byte of entry {@code i}. */
    private int head(int i) {
        check(i);
        return offsets[i] + (pathIds ? 4 : 0);
    }

    private static int raw(byte[] d, int p) {
        return (d[p] & 0xFF) << 16 | (d[p + 1] & 0xFF) << 8 | d[p + 2] & 0xFF;
    }

    @Override
    public final Family family() {
        return family;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final boolean hasPathIds() {
        return pathIds;
    }

    @Override
    public final int pathId(int i) {
        check(i);
        if (!pathIds) {
            return 0;
        }
        int p = offsets[i];
        return (data[p] & 0xFF) << 24 | (data[p + 1] & 0xFF) << 16 | (data[p + 2] & 0xFF) << 8 | data[p + 3] & 0xFF;
    }

    /** The number of label stack entries of entry {@code i} (1 or more). */
    public final int labelCount(int i) {
        int p = head(i) + 1;
        int k = 1;
        while (!MplsLabels.endsStack(raw(data, p))) {
            p += 3;
            k++;
        }
        return k;
    }

    /** Raw 24-bit stack entry {@code k} (0 = top) of entry {@code i}: label, traffic class, bottom-of-stack. */
    public final int rawLabel(int i, int k) {
        if (k < 0 || k >= labelCount(i)) {
            throw new IndexOutOfBoundsException(k);
        }
        return raw(data, head(i) + 1 + 3 * k);
    }

    /** The 20-bit label of stack entry {@code k} of entry {@code i}. */
    public final int label(int i, int k) {
        return rawLabel(i, k) >>> 4;
    }

    /** The raw stack entries of entry {@code i}. */
    public final int[] rawLabels(int i) {
        int n = labelCount(i);
        int p = head(i) + 1;
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = raw(data, p + 3 * k);
        }
        return out;
    }

    /** Position of the prefix bytes of entry {@code i}. */
    final int prefixAt(int i) {
        return head(i) + 1 + 3 * labelCount(i) + rdBytes;
    }

    /** Position of the route distinguisher of entry {@code i} (VPN lists). */
    final int rdAt(int i) {
        return head(i) + 1 + 3 * labelCount(i);
    }

    /** The prefix length of entry {@code i}, in bits. */
    public final int prefixLength(int i) {
        return (data[head(i)] & 0xFF) - 24 * labelCount(i) - 8 * rdBytes;
    }

    /** The address of entry {@code i} (4 or 16 bytes; bytes past the prefix are zero). */
    public final byte[] address(int i) {
        int len = prefixLength(i);
        byte[] a = new byte[family.afi() == Family.AFI_IPV4 ? 4 : 16];
        System.arraycopy(data, prefixAt(i), a, 0, (len + 7) >>> 3);
        return a;
    }

    private long word(int p, int bytes) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = v << 8 | (k < bytes ? data[p + k] & 0xFF : 0);
        }
        return v;
    }

    /** Entry {@code i} of an IPv4 list as an {@link Ipv4Prefixes#pack packed} prefix. */
    public final long ipv4Prefix(int i) {
        if (family.afi() != Family.AFI_IPV4) {
            throw new IllegalStateException("not an IPv4 list: " + family);
        }
        int len = prefixLength(i);
        return Ipv4Prefixes.pack((int) (word(prefixAt(i), (len + 7) >>> 3) >>> 32), len);
    }

    /** The high 64 bits of the address of entry {@code i} of an IPv6 list. */
    public final long ipv6High(int i) {
        if (family.afi() != Family.AFI_IPV6) {
            throw new IllegalStateException("not an IPv6 list: " + family);
        }
        return word(prefixAt(i), Math.min(8, (prefixLength(i) + 7) >>> 3));
    }

    /** The low 64 bits of the address of entry {@code i} of an IPv6 list. */
    public final long ipv6Low(int i) {
        if (family.afi() != Family.AFI_IPV6) {
            throw new IllegalStateException("not an IPv6 list: " + family);
        }
        int bytes = (prefixLength(i) + 7) >>> 3;
        return bytes <= 8 ? 0 : word(prefixAt(i) + 8, bytes - 8);
    }

    /** The prefix of entry {@code i} as ExaBGP writes it, e.g. {@code 10.0.0.0/24}. */
    public final String prefixText(int i) {
        return IpAddresses.format(address(i)) + "/" + prefixLength(i);
    }

    @Override
    public final int encodedLength(int i, boolean addPath) {
        check(i);
        return offsets[i + 1] - offsets[i] + (addPath ? 4 : 0) - (pathIds ? 4 : 0);
    }

    @Override
    public final void encode(int i, WireWriter out, boolean addPath) {
        check(i);
        int from = offsets[i];
        if (pathIds && !addPath) {
            from += 4;
        } else if (!pathIds && addPath) {
            out.writeInt(0);
        }
        out.write(data, from, offsets[i + 1] - from);
    }

    @Override
    public final void encodeAll(WireWriter out, boolean addPath) {
        if (addPath == pathIds) {
            out.write(data, 0, data.length);
        } else {
            for (int i = 0; i < size; i++) {
                encode(i, out, addPath);
            }
        }
    }

    /** The whole field as on the wire, in this list's own add-path mode (a copy). */
    public final byte[] toByteArray() {
        return data.clone();
    }

    /** Equal to a list of the same kind and family with the same wire bytes (any empty list of the family when empty). */
    @Override
    public final boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (size == 0) {
            return o instanceof NlriList l && l.isEmpty() && l.family().equals(family);
        }
        return o instanceof LabeledNlriList l && l.getClass() == getClass() && l.family.equals(family)
                && l.pathIds == pathIds && l.size == size && Arrays.equals(l.data, data);
    }

    @Override
    public final int hashCode() {
        return size == 0 ? family.hashCode() : (family.hashCode() * 31 + Arrays.hashCode(data)) * 2 + (pathIds ? 1 : 0);
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(family.toString()).append(" [");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : " ").append(prefixText(i));
            if (rdBytes > 0) {
                sb.append(" rd ").append(RouteDistinguisher.format(RouteDistinguisher.read(data, rdAt(i))));
            }
            sb.append(" label [");
            int n = labelCount(i);
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : " ").append(label(i, k));
            }
            sb.append(']');
            if (pathIds) {
                sb.append(" path ").append(Integer.toUnsignedString(pathId(i)));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Collects entries in wire form for {@link LabeledPrefixes.Builder} and {@link VpnPrefixes.Builder}: the entries
     * without path identifiers, path identifiers aside, joined by {@link #build}.
     */
    static final class Core {
        final Family family;
        final int rdBytes;
        private final WireWriter body = new WireWriter(256);
        private int[] starts = new int[17];
        private int[] ids;
        private boolean withPathIds;
        private int size;

        Core(Family family, int safi, int rdBytes) {
            LabeledEntry.checkFamily(family, safi);
            this.family = family;
            this.rdBytes = rdBytes;
        }

        void withPathIds() {
            withPathIds = true;
        }

        void add(int pathId, int[] rawLabels, long rd, byte[] address, int length) {
            MplsLabels.check(rawLabels);
            byte[] a = LabeledEntry.address(family, address, length);
            LabeledEntry.bits(rawLabels.length, rdBytes, length);
            if (size + 1 == starts.length) {
                starts = Arrays.copyOf(starts, 2 * starts.length);
            }
            if (pathId != 0 && ids == null) {
                ids = new int[starts.length];
            }
            if (ids != null && ids.length < starts.length) {
                ids = Arrays.copyOf(ids, starts.length);
            }
            starts[size] = body.position();
            LabeledEntry.write(body, rawLabels, rdBytes, rd, a, length);
            if (ids != null) {
                ids[size] = pathId;
            }
            size++;
            starts[size] = body.position();
        }

        <T> T build(Factory<T> factory) {
            byte[] src = body.array();
            int[] offsets = Arrays.copyOf(starts, size + 1);
            if (ids == null && !withPathIds) {
                return factory.make(family, Arrays.copyOf(src, body.position()), offsets, size, false);
            }
            byte[] data = new byte[body.position() + 4 * size];
            int p = 0;
            for (int i = 0; i < size; i++) {
                int id = ids == null ? 0 : ids[i];
                data[p] = (byte) (id >>> 24);
                data[p + 1] = (byte) (id >>> 16);
                data[p + 2] = (byte) (id >>> 8);
                data[p + 3] = (byte) id;
                int len = starts[i + 1] - starts[i];
                System.arraycopy(src, starts[i], data, p + 4, len);
                offsets[i] = p;
                p += 4 + len;
            }
            offsets[size] = p;
            return factory.make(family, data, offsets, size, true);
        }
    }
}
