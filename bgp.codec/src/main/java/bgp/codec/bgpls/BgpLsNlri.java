package bgp.codec.bgpls;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import java.util.Arrays;

/**
 * A BGP-LS route (RFC 9552 §5.2): {@code type(2) length(2) value}, the value kept as on the wire. For SAFI 72 the
 * value starts with the route distinguisher (8). Types 1 (node), 2 (link), 3 and 4 (IPv4 / IPv6 prefix) are checked
 * against their layout: {@code protocol-id(1) identifier(8)} then TLVs {@code type(2) length(2) value}, the node
 * descriptor TLVs (256 local, 257 remote) holding sub-TLVs of the same form; other types are kept as bytes.
 * Immutable; {@code equals} compares the family, the path identifier, the type and the value bytes.
 */
public final class BgpLsNlri implements Nlri {
    public static final Family BGPLS = new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS);
    public static final Family BGPLS_VPN = new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS_VPN);
    public static final int NODE = 1;
    public static final int LINK = 2;
    public static final int PREFIX_V4 = 3;
    public static final int PREFIX_V6 = 4;
    /** Node descriptor TLVs. */
    public static final int LOCAL_NODE = 256;
    public static final int REMOTE_NODE = 257;

    private final Family family;
    private final int type;
    private final byte[] value;
    private final int pathId;

    /** @throws IllegalArgumentException when the value does not have the layout of its type ({@link #problem}) */
    public BgpLsNlri(Family family, int type, byte[] value, int pathId) {
        check(family);
        if (type < 0 || type > 0xFFFF || value.length > 0xFFFF) {
            throw new IllegalArgumentException("BGP-LS NLRI type " + type + " with " + value.length + " bytes");
        }
        String why = problem(family, type, value, 0, value.length);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.family = family;
        this.type = type;
        this.value = value.clone();
        this.pathId = pathId;
    }

    static void check(Family family) {
        if (!family.equals(BGPLS) && !family.equals(BGPLS_VPN)) {
            throw new IllegalArgumentException("not a BGP-LS family: " + family);
        }
    }

    /** Whether the type is one whose layout is read (1 to 4). */
    public static boolean known(int type) {
        return type >= NODE && type <= PREFIX_V6;
    }

    /** Offset of the protocol identifier in the value: after the route distinguisher for SAFI 72. */
    public static int start(Family family) {
        return family.safi() == Family.SAFI_BGPLS_VPN ? 8 : 0;
    }

    /**
     * What is wrong with the value of a route of type {@code type} at {@code buf[off, off+len)}, or null when it has
     * the layout of its type (other types: any value).
     */
    public static String problem(Family family, int type, byte[] buf, int off, int len) {
        if (!known(type)) {
            return null;
        }
        int fixed = start(family) + 9;
        if (len < fixed) {
            return "NLRI type " + type + " of " + len + " bytes, shorter than its " + fixed + "-byte header";
        }
        return tlvs(buf, off + fixed, off + len, true);
    }

    /** Whether {@code [p, end)} is made of whole TLVs; node descriptor TLVs are checked one level down. */
    private static String tlvs(byte[] buf, int p, int end, boolean top) {
        while (p < end) {
            if (end - p < 4) {
                return "truncated TLV header";
            }
            int t = (buf[p] & 0xFF) << 8 | buf[p + 1] & 0xFF;
            int l = (buf[p + 2] & 0xFF) << 8 | buf[p + 3] & 0xFF;
            if (l > end - p - 4) {
                return "TLV " + t + " of " + l + " bytes overruns the NLRI";
            }
            if (top && (t == LOCAL_NODE || t == REMOTE_NODE)) {
                String why = tlvs(buf, p + 4, p + 4 + l, false);
                if (why != null) {
                    return "node descriptor " + t + ": " + why;
                }
            }
            p += 4 + l;
        }
        return null;
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    public int nlriType() {
        return type;
    }

    /** The value as on the wire (a copy). */
    public byte[] value() {
        return value.clone();
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeShort(type).writeShort(value.length).write(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BgpLsNlri m && m.family.equals(family) && m.type == type && m.pathId == pathId
                && Arrays.equals(m.value, value);
    }

    @Override
    public int hashCode() {
        return (family.hashCode() * 31 + type * 17 + pathId) * 31 + Arrays.hashCode(value);
    }

    /** {@code bgp-ls:<type>:0x<value hex>}. */
    @Override
    public String toString() {
        return "bgp-ls:" + type + ":0x" + Hex.encode(value);
    }
}
