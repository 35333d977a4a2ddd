package bgp.codec.mup;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.Arrays;

/**
 * A BGP-MUP route (draft-mpmz-bess-mup-safi, AFI 1 or 2, SAFI 85): {@code architecture-type(1) route-type(2)
 * length(1) value}, the value kept as on the wire. The routes of architecture 1 (3GPP 5G) are read field by field,
 * addresses being of the family's AFI unless said otherwise:
 *
 * <table>
 * <caption>MUP route types read (architecture 1)</caption>
 * <tr><th>type</th><th>value</th></tr>
 * <tr><td>1 Interwork Segment Discovery</td><td>rd 8, prefix length 1 (bits), prefix (the bytes its length needs, as
 *     ExaBGP sends it, or, when the value does not fit that, the whole address, as GoBGP sends it)</td></tr>
 * <tr><td>2 Direct Segment Discovery</td><td>rd 8, address</td></tr>
 * <tr><td>3 Type 1 Session Transformed</td><td>rd 8, prefix length 1, prefix (as for type 1), TEID 4, QFI 1, endpoint length 1
 *     (32 or 128), endpoint address, and optionally source length 1 (32 or 128) and source address</td></tr>
 * <tr><td>4 Type 2 Session Transformed</td><td>rd 8, endpoint length 1 (the address bits plus 0 to 32 TEID bits),
 *     endpoint address, TEID in as many bytes as its bits need (big-endian, as ExaBGP writes it)</td></tr>
 * </table>
 *
 * Other architectures and route types are kept as bytes. Immutable; {@code equals} compares the family, the path
 * identifier, the architecture, the type and the value bytes.
 */
public final class MupNlri implements Nlri {
    public static final int SAFI = Family.SAFI_MUP;
    public static final Family IPV4 = new Family(Family.AFI_IPV4, SAFI);
    public static final Family IPV6 = new Family(Family.AFI_IPV6, SAFI);

    /** The 3GPP 5G architecture, the one whose route types are read. */
    public static final int ARCH_3GPP_5G = 1;
    public static final int INTERWORK_SEGMENT_DISCOVERY = 1;
    public static final int DIRECT_SEGMENT_DISCOVERY = 2;
    public static final int TYPE1_SESSION_TRANSFORMED = 3;
    public static final int TYPE2_SESSION_TRANSFORMED = 4;

    private final Family family;
    private final int arch;
    private final int type;
    private final byte[] value;
    private final int pathId;
    /** The bytes of the prefix of an ISD or T1ST route: those its length needs, or the whole address (GoBGP). */
    private final int prefixBytes;

    /** @throws IllegalArgumentException when the value does not have the layout of its route type ({@link #problem}) */
    public MupNlri(Family family, int arch, int type, byte[] value, int pathId) {
        check(family);
        if (arch < 0 || arch > 0xFF || type < 0 || type > 0xFFFF || value.length > 0xFF) {
            throw new IllegalArgumentException("mup architecture " + arch + " route type " + type + " with "
                    + value.length + " bytes");
        }
        String why = problem(family, arch, type, value, 0, value.length);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.family = family;
        this.arch = arch;
        this.type = type;
        this.value = value.clone();
        this.pathId = pathId;
        boolean prefixed = known() && (type == INTERWORK_SEGMENT_DISCOVERY || type == TYPE1_SESSION_TRANSFORMED);
        this.prefixBytes = !prefixed ? 0 : layout(family, type, value, 0, value.length, false) == null
                ? ((value[8] & 0xFF) + 7) / 8 : addressBytes(family);
    }

    static void check(Family family) {
        if (!family.equals(IPV4) && !family.equals(IPV6)) {
            throw new IllegalArgumentException("not a mup family: " + family);
        }
    }

    private static int addressBytes(Family family) {
        return family.afi() == Family.AFI_IPV4 ? 4 : 16;
    }

    /**
     * What is wrong with the value of a route of architecture {@code arch} and type {@code type} of {@code family}
     * at {@code buf[off, off+len)}, or null when it has the layout of its type (other architectures and types: any
     * value).
     */
    public static String problem(Family family, int arch, int type, byte[] buf, int off, int len) {
        if (arch != ARCH_3GPP_5G || type < INTERWORK_SEGMENT_DISCOVERY || type > TYPE2_SESSION_TRANSFORMED) {
            return null;
        }
        String compact = layout(family, type, buf, off, len, false);
        boolean prefixed = type == INTERWORK_SEGMENT_DISCOVERY || type == TYPE1_SESSION_TRANSFORMED;
        if (compact == null || prefixed && layout(family, type, buf, off, len, true) == null) {
            return null;
        }
        return compact;
    }

    /**
     * The problem of a value of a known type, or null; with {@code wholePrefix}, the prefix of an ISD or T1ST route
     * is read as a whole address of the family, else in the bytes its length needs.
     */
    private static String layout(Family family, int type, byte[] buf, int off, int len, boolean wholePrefix) {
        String name = name(ARCH_3GPP_5G, type);
        int bytes = addressBytes(family);
        if (len < 9) {
            return name + " of " + len + " bytes, shorter than its rd and first field";
        }
        int at = 8;
        switch (type) {
            case INTERWORK_SEGMENT_DISCOVERY, TYPE1_SESSION_TRANSFORMED -> {
                int bits = buf[off + at] & 0xFF;
                if (bits > bytes * 8) {
                    return name + " with a prefix length of " + bits + " bits, expected at most " + bytes * 8;
                }
                at += 1 + (wholePrefix ? bytes : (bits + 7) / 8);
                if (type == TYPE1_SESSION_TRANSFORMED) {
                    at += 5;
                    for (String what : new String[] {"endpoint", "source"}) {
                        if (what.equals("source") && at == len) {
                            break;
                        }
                        if (at >= len) {
                            return name + " of " + len + " bytes ends before its " + what;
                        }
                        int l = buf[off + at] & 0xFF;
                        if (l != 32 && l != 128) {
                            return name + " with " + (what.equals("source") ? "a " : "an ") + what + " length of "
                                    + l + " bits, expected 32 or 128";
                        }
                        at += 1 + l / 8;
                        if (at > len) {
                            return name + " of " + len + " bytes ends inside its " + what;
                        }
                    }
                }
            }
            case DIRECT_SEGMENT_DISCOVERY -> at += bytes;
            default -> {
                int bits = buf[off + at] & 0xFF;
                int teid = bits - bytes * 8;
                if (teid < 0 || teid > 32) {
                    return name + " with an endpoint length of " + bits + " bits, expected " + bytes * 8 + " to "
                            + (bytes * 8 + 32);
                }
                at += 1 + bytes + (teid + 7) / 8;
            }
        }
        return at == len ? null : name + " of " + len + " bytes, its fields take " + at;
    }

    /** ExaBGP's name of a route type of an architecture, or null for those it does not decode. */
    public static String name(int arch, int type) {
        if (arch != ARCH_3GPP_5G) {
            return null;
        }
        return switch (type) {
            case INTERWORK_SEGMENT_DISCOVERY -> "InterworkSegmentDiscoveryRoute";
            case DIRECT_SEGMENT_DISCOVERY -> "DirectSegmentDiscoveryRoute";
            case TYPE1_SESSION_TRANSFORMED -> "Type1SessionTransformedRoute";
            case TYPE2_SESSION_TRANSFORMED -> "Type2SessionTransformedRoute";
            default -> null;
        };
    }

    private static void requireLength(Family family, byte[] address, String what) {
        if (address.length != addressBytes(family)) {
            throw new IllegalArgumentException(what + " of " + address.length + " bytes in a " + family + " route");
        }
    }

    private static void writePrefix(WireWriter w, Family family, byte[] prefix, int length) {
        requireLength(family, prefix, "prefix");
        if (length < 0 || length > prefix.length * 8) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
        w.writeByte(length).write(prefix, 0, (length + 7) / 8);
    }

    /** An Interwork Segment Discovery route (type 1): the bytes of the prefix past its length are not sent. */
    public static MupNlri isd(Family family, RouteDistinguisher rd, byte[] prefix, int length) {
        check(family);
        WireWriter w = new WireWriter(25);
        rd.encode(w);
        writePrefix(w, family, prefix, length);
        return new MupNlri(family, ARCH_3GPP_5G, INTERWORK_SEGMENT_DISCOVERY, w.toByteArray(), 0);
    }

    /** A Direct Segment Discovery route (type 2). */
    public static MupNlri dsd(Family family, RouteDistinguisher rd, byte[] address) {
        check(family);
        requireLength(family, address, "address");
        WireWriter w = new WireWriter(24);
        rd.encode(w);
        w.write(address);
        return new MupNlri(family, ARCH_3GPP_5G, DIRECT_SEGMENT_DISCOVERY, w.toByteArray(), 0);
    }

    /**
     * A Type 1 Session Transformed route (type 3); {@code endpoint} and {@code source} are IPv4 or IPv6 addresses,
     * {@code source} may be null (not sent).
     */
    public static MupNlri t1st(Family family, RouteDistinguisher rd, byte[] prefix, int length, long teid, int qfi,
            byte[] endpoint, byte[] source) {
        check(family);
        if (teid < 0 || teid > 0xFFFFFFFFL || qfi < 0 || qfi > 0xFF) {
            throw new IllegalArgumentException("teid " + teid + " or qfi " + qfi + " out of range");
        }
        WireWriter w = new WireWriter(64);
        rd.encode(w);
        writePrefix(w, family, prefix, length);
        w.writeInt((int) teid).writeByte(qfi);
        w.writeByte(endpoint.length * 8).write(endpoint);
        if (source != null) {
            w.writeByte(source.length * 8).write(source);
        }
        return new MupNlri(family, ARCH_3GPP_5G, TYPE1_SESSION_TRANSFORMED, w.toByteArray(), 0);
    }

    /**
     * A Type 2 Session Transformed route (type 4): the endpoint length is the address bits plus {@code teidBits}
     * (0 to 32); the TEID, which must fit in those bits, goes in {@code (teidBits + 7) / 8} bytes.
     */
    public static MupNlri t2st(Family family, RouteDistinguisher rd, byte[] endpoint, long teid, int teidBits) {
        check(family);
        requireLength(family, endpoint, "endpoint");
        if (teidBits < 0 || teidBits > 32) {
            throw new IllegalArgumentException("teid length " + teidBits + " out of range, expected 0 to 32");
        }
        if (teid < 0 || teid >>> teidBits != 0) {
            throw new IllegalArgumentException("teid " + teid + " does not fit in " + teidBits + " bits");
        }
        WireWriter w = new WireWriter(32);
        rd.encode(w);
        w.writeByte(endpoint.length * 8 + teidBits).write(endpoint);
        for (int i = (teidBits + 7) / 8 - 1; i >= 0; i--) {
            w.writeByte((int) (teid >>> (8 * i)));
        }
        return new MupNlri(family, ARCH_3GPP_5G, TYPE2_SESSION_TRANSFORMED, w.toByteArray(), 0);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    public int architecture() {
        return arch;
    }

    public int routeType() {
        return type;
    }

    /** Whether the route is of architecture 1 and type 1 to 4, whose fields the accessors read. */
    public boolean known() {
        return name(arch, type) != null;
    }

    /** The value as on the wire (a copy). */
    public byte[] value() {
        return value.clone();
    }

    /** Architecture, type, length and value in upper-case hex: ExaBGP's {@code "raw"}. */
    public String raw() {
        return String.format("%02X%04X%02X", arch, type, value.length) + Hex.encode(value);
    }

    private void require(int... types) {
        if (known()) {
            for (int t : types) {
                if (t == type) {
                    return;
                }
            }
        }
        throw new IllegalStateException("mup architecture " + arch + " route type " + type + " has no such field");
    }

    /** The route distinguisher (8 bytes in a long). */
    public long rd() {
        require(1, 2, 3, 4);
        return RouteDistinguisher.read(value, 0);
    }

    /** The prefix length in bits of an ISD or T1ST route. */
    public int prefixLength() {
        require(INTERWORK_SEGMENT_DISCOVERY, TYPE1_SESSION_TRANSFORMED);
        return value[8] & 0xFF;
    }

    /** The prefix of an ISD or T1ST route as a whole address of the family: its bytes as sent, zero-filled. */
    public byte[] prefix() {
        prefixLength();
        byte[] a = new byte[addressBytes(family)];
        System.arraycopy(value, 9, a, 0, prefixBytes);
        return a;
    }

    /** The address of a DSD route. */
    public byte[] address() {
        require(DIRECT_SEGMENT_DISCOVERY);
        return Arrays.copyOfRange(value, 8, value.length);
    }

    private int afterPrefix() {
        prefixLength();
        return 9 + prefixBytes;
    }

    /** The TEID of a T1ST or T2ST route (of a T2ST: the integer its TEID bytes hold). */
    public long teid() {
        require(TYPE1_SESSION_TRANSFORMED, TYPE2_SESSION_TRANSFORMED);
        int from;
        int to;
        if (type == TYPE1_SESSION_TRANSFORMED) {
            from = afterPrefix();
            to = from + 4;
        } else {
            from = 9 + addressBytes(family);
            to = value.length;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v << 8 | value[i] & 0xFF;
        }
        return v;
    }

    /** The QFI of a T1ST route. */
    public int qfi() {
        require(TYPE1_SESSION_TRANSFORMED);
        return value[afterPrefix() + 4] & 0xFF;
    }

    /** The endpoint length in bits: of a T1ST the address's, of a T2ST the address's plus the TEID's. */
    public int endpointLength() {
        require(TYPE1_SESSION_TRANSFORMED, TYPE2_SESSION_TRANSFORMED);
        return value[type == TYPE1_SESSION_TRANSFORMED ? afterPrefix() + 5 : 8] & 0xFF;
    }

    /** The endpoint address of a T1ST or T2ST route. */
    public byte[] endpoint() {
        require(TYPE1_SESSION_TRANSFORMED, TYPE2_SESSION_TRANSFORMED);
        if (type == TYPE2_SESSION_TRANSFORMED) {
            return Arrays.copyOfRange(value, 9, 9 + addressBytes(family));
        }
        int at = afterPrefix() + 5;
        return Arrays.copyOfRange(value, at + 1, at + 1 + (value[at] & 0xFF) / 8);
    }

    /** The number of TEID bits of a T2ST route (its endpoint length less the address bits). */
    public int teidLength() {
        require(TYPE2_SESSION_TRANSFORMED);
        return endpointLength() - addressBytes(family) * 8;
    }

    /** The source address of a T1ST route, or null when it has none. */
    public byte[] source() {
        require(TYPE1_SESSION_TRANSFORMED);
        int at = afterPrefix() + 5;
        at += 1 + (value[at] & 0xFF) / 8;
        return at == value.length ? null : Arrays.copyOfRange(value, at + 1, at + 1 + (value[at] & 0xFF) / 8);
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte(arch).writeShort(type).writeByte(value.length).write(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MupNlri m && m.family.equals(family) && m.arch == arch && m.type == type
                && m.pathId == pathId && Arrays.equals(m.value, value);
    }

    @Override
    public int hashCode() {
        return ((family.hashCode() * 31 + arch) * 31 + type * 17 + pathId) * 31 + Arrays.hashCode(value);
    }

    /**
     * ExaBGP's command text of the route: {@code mup-isd <prefix>/<len> rd <rd>}, {@code mup-dsd <ip> rd <rd>},
     * {@code mup-t1st <prefix>/<len> rd <rd> teid <n> qfi <n> endpoint <ip>[ source <ip>]},
     * {@code mup-t2st <ip> rd <rd> teid <n>/<bits>}; another architecture or type {@code mup:<arch>:<type>:0x<hex>}.
     */
    @Override
    public String toString() {
        if (!known()) {
            return "mup:" + arch + ":" + type + ":0x" + Hex.encode(value);
        }
        String rd = " rd " + RouteDistinguisher.format(rd());
        return switch (type) {
            case INTERWORK_SEGMENT_DISCOVERY -> "mup-isd " + IpAddresses.format(prefix()) + "/" + prefixLength() + rd;
            case DIRECT_SEGMENT_DISCOVERY -> "mup-dsd " + IpAddresses.format(address()) + rd;
            case TYPE1_SESSION_TRANSFORMED -> {
                byte[] source = source();
                yield "mup-t1st " + IpAddresses.format(prefix()) + "/" + prefixLength() + rd + " teid " + teid()
                        + " qfi " + qfi() + " endpoint " + IpAddresses.format(endpoint())
                        + (source == null ? "" : " source " + IpAddresses.format(source));
            }
            default -> "mup-t2st " + IpAddresses.format(endpoint()) + rd + " teid " + teid() + "/" + teidLength();
        };
    }
}
