package bgp.codec.mvpn;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.Arrays;

/**
 * A multicast VPN route (RFC 6514 §4, AFI 1 or 2, SAFI 5): {@code route-type(1) length(1) value}, the value kept as
 * on the wire. The route types ExaBGP decodes are read field by field:
 *
 * <table>
 * <caption>MCAST-VPN route types read</caption>
 * <tr><th>type</th><th>value</th></tr>
 * <tr><td>5 Source Active A-D</td><td>rd 8, source length 1 (bits, 32 or 128), source, group length 1, group</td></tr>
 * <tr><td>6 C-multicast Shared Tree Join, 7 C-multicast Source Tree Join</td><td>rd 8, source AS 4, source (the
 *     RP for type 6) length 1, source, group length 1, group</td></tr>
 * </table>
 *
 * Other route types (1 to 4: the A-D routes of the provider tunnels) are kept as bytes. Immutable; {@code equals}
 * compares the family, the path identifier, the type and the value bytes.
 */
public final class McastVpnNlri implements Nlri {
    public static final int SAFI = Family.SAFI_MCAST_VPN;
    public static final Family IPV4 = new Family(Family.AFI_IPV4, SAFI);
    public static final Family IPV6 = new Family(Family.AFI_IPV6, SAFI);

    public static final int SOURCE_ACTIVE_AD = 5;
    public static final int SHARED_TREE_JOIN = 6;
    public static final int SOURCE_TREE_JOIN = 7;

    private final Family family;
    private final int type;
    private final byte[] value;
    private final int pathId;

    /** @throws IllegalArgumentException when the value does not have the layout of its route type ({@link #problem}) */
    public McastVpnNlri(Family family, int type, byte[] value, int pathId) {
        if (!family.equals(IPV4) && !family.equals(IPV6)) {
            throw new IllegalArgumentException("not a mcast-vpn family: " + family);
        }
        if (type < 0 || type > 0xFF || value.length > 0xFF) {
            throw new IllegalArgumentException("mcast-vpn route type " + type + " with " + value.length + " bytes");
        }
        String why = problem(type, value, 0, value.length);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.family = family;
        this.type = type;
        this.value = value.clone();
        this.pathId = pathId;
    }

    /**
     * What is wrong with the value of a route of type {@code type} at {@code buf[off, off+len)}, or null when it has
     * the layout of its type (types other than 5, 6 and 7: any value).
     */
    public static String problem(int type, byte[] buf, int off, int len) {
        int at;
        switch (type) {
            case SOURCE_ACTIVE_AD -> at = 8;
            case SHARED_TREE_JOIN, SOURCE_TREE_JOIN -> at = 12;
            default -> {
                return null;
            }
        }
        String name = name(type);
        for (String what : new String[] {"source", "group"}) {
            if (at >= len) {
                return name + " of " + len + " bytes ends before its " + what;
            }
            int bits = buf[off + at] & 0xFF;
            if (bits != 32 && bits != 128) {
                return name + " with a " + what + " length of " + bits + " bits, expected 32 or 128";
            }
            at += 1 + bits / 8;
        }
        return at == len ? null : name + " of " + len + " bytes, its fields take " + at;
    }

    /** A Source Active A-D route (type 5). */
    public static McastVpnNlri sourceActive(Family family, RouteDistinguisher rd, byte[] source, byte[] group) {
        WireWriter w = new WireWriter(42);
        rd.encode(w);
        w.writeByte(source.length * 8).write(source).writeByte(group.length * 8).write(group);
        return new McastVpnNlri(family, SOURCE_ACTIVE_AD, w.toByteArray(), 0);
    }

    /** A C-multicast route: type 6 (shared tree join, {@code source} is the RP) or 7 (source tree join). */
    public static McastVpnNlri join(Family family, int type, RouteDistinguisher rd, long sourceAs, byte[] source,
            byte[] group) {
        if (type != SHARED_TREE_JOIN && type != SOURCE_TREE_JOIN) {
            throw new IllegalArgumentException("not a C-multicast route type: " + type);
        }
        if (sourceAs < 0 || sourceAs > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("source-as " + sourceAs + " out of range");
        }
        WireWriter w = new WireWriter(46);
        rd.encode(w);
        w.writeInt((int) sourceAs).writeByte(source.length * 8).write(source).writeByte(group.length * 8)
                .write(group);
        return new McastVpnNlri(family, type, w.toByteArray(), 0);
    }

    /** ExaBGP's name of a route type, or null for the types it does not decode. */
    public static String name(int type) {
        return switch (type) {
            case SOURCE_ACTIVE_AD -> "Source Active A-D Route";
            case SHARED_TREE_JOIN -> "C-Multicast Shared Tree Join route";
            case SOURCE_TREE_JOIN -> "C-Multicast Source Tree Join route";
            default -> null;
        };
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    public int routeType() {
        return type;
    }

    /** Whether the type is 5, 6 or 7, whose fields the accessors read. */
    public boolean known() {
        return type >= SOURCE_ACTIVE_AD && type <= SOURCE_TREE_JOIN;
    }

    /** The value as on the wire (a copy). */
    public byte[] value() {
        return value.clone();
    }

    /** Type, length and value in upper-case hex: ExaBGP's {@code "raw"}. */
    public String raw() {
        return String.format("%02X%02X", type, value.length) + Hex.encode(value);
    }

    private void requireKnown() {
        if (!known()) {
            throw new IllegalStateException("mcast-vpn route type " + type + " is not decoded");
        }
    }

    /** The route distinguisher (8 bytes in a long). */
    public long rd() {
        requireKnown();
        return RouteDistinguisher.read(value, 0);
    }

    /** The source AS of a type 6 or 7 route, else -1. */
    public long sourceAs() {
        if (type != SHARED_TREE_JOIN && type != SOURCE_TREE_JOIN) {
            return -1;
        }
        return (long) (value[8] & 0xFF) << 24 | (value[9] & 0xFF) << 16 | (value[10] & 0xFF) << 8 | value[11] & 0xFF;
    }

    private int sourceAt() {
        requireKnown();
        return type == SOURCE_ACTIVE_AD ? 8 : 12;
    }

    /** The multicast source (the RP of a type 6 route). */
    public byte[] source() {
        int at = sourceAt();
        return Arrays.copyOfRange(value, at + 1, at + 1 + (value[at] & 0xFF) / 8);
    }

    /** The multicast group. */
    public byte[] group() {
        int at = sourceAt();
        at += 1 + (value[at] & 0xFF) / 8;
        return Arrays.copyOfRange(value, at + 1, at + 1 + (value[at] & 0xFF) / 8);
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte(type).writeByte(value.length).write(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof McastVpnNlri m && m.family.equals(family) && m.type == type && m.pathId == pathId
                && Arrays.equals(m.value, value);
    }

    @Override
    public int hashCode() {
        return (family.hashCode() * 31 + type * 17 + pathId) * 31 + Arrays.hashCode(value);
    }

    /**
     * ExaBGP's command text of the route: {@code source-ad source <ip> group <ip> rd <rd>}, {@code shared-join rp
     * <ip> group <ip> rd <rd> source-as <asn>}, {@code source-join source <ip> group <ip> rd <rd> source-as <asn>};
     * another type {@code mcast-vpn:<type>:0x<hex>}.
     */
    @Override
    public String toString() {
        if (!known()) {
            return "mcast-vpn:" + type + ":0x" + Hex.encode(value);
        }
        String src = IpAddresses.format(source());
        String grp = IpAddresses.format(group());
        String rd = RouteDistinguisher.format(rd());
        return switch (type) {
            case SOURCE_ACTIVE_AD -> "source-ad source " + src + " group " + grp + " rd " + rd;
            case SHARED_TREE_JOIN -> "shared-join rp " + src + " group " + grp + " rd " + rd + " source-as "
                    + sourceAs();
            default -> "source-join source " + src + " group " + grp + " rd " + rd + " source-as " + sourceAs();
        };
    }
}
