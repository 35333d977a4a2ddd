package bgp.codec.l2vpn;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;

/**
 * A VPLS route (RFC 4761 §3.2.2, AFI 25 SAFI 65): route distinguisher, VE ID ({@code endpoint}), VE block offset,
 * VE block size and label base. On the wire: {@code length(2) = 17, rd(8), ve-id(2), offset(2), size(2),
 * label-base(3)}, the label base as a 24-bit MPLS stack entry ({@link #rawLabel()}; {@link #of} sets the
 * bottom-of-stack bit, as ExaBGP does). Immutable; {@code equals} compares every field and the path identifier.
 */
public final class VplsNlri implements Nlri {
    /** AFI 25 (L2VPN), SAFI 65 (VPLS). */
    public static final Family FAMILY = new Family(Family.AFI_L2VPN, Family.SAFI_VPLS);
    /** The value of the 2-byte length field: what follows it. */
    public static final int LENGTH = 17;

    private final long rd;
    private final int endpoint;
    private final int offset;
    private final int size;
    private final int rawLabel;
    private final int pathId;

    /**
     * @param rawLabel the 24-bit label field (label base in the top 20 bits)
     * @throws IllegalArgumentException when a field does not fit its width
     */
    public VplsNlri(long rd, int endpoint, int offset, int size, int rawLabel, int pathId) {
        check(endpoint, 0xFFFF, "endpoint");
        check(offset, 0xFFFF, "offset");
        check(size, 0xFFFF, "size");
        check(rawLabel, 0xFFFFFF, "label field");
        this.rd = rd;
        this.endpoint = endpoint;
        this.offset = offset;
        this.size = size;
        this.rawLabel = rawLabel;
        this.pathId = pathId;
    }

    /** ExaBGP's form: a 20-bit label base with the bottom-of-stack bit set, no path identifier. */
    public static VplsNlri of(RouteDistinguisher rd, int endpoint, int base, int offset, int size) {
        check(base, 0xFFFFF, "base");
        return new VplsNlri(rd.value(), endpoint, offset, size, base << 4 | 1, 0);
    }

    private static void check(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException("vpls " + what + " " + v + " out of range 0.." + max);
        }
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    /** The route distinguisher as the 8 bytes in a long. */
    public long rd() {
        return rd;
    }

    public RouteDistinguisher routeDistinguisher() {
        return new RouteDistinguisher(rd);
    }

    /** VE ID. */
    public int endpoint() {
        return endpoint;
    }

    /** VE block offset. */
    public int offset() {
        return offset;
    }

    /** VE block size. */
    public int size() {
        return size;
    }

    /** Label base (20 bits). */
    public int base() {
        return rawLabel >>> 4;
    }

    /** The 24-bit label field as on the wire. */
    public int rawLabel() {
        return rawLabel;
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeShort(LENGTH).writeLong(rd).writeShort(endpoint).writeShort(offset).writeShort(size)
                .writeByte(rawLabel >>> 16).writeShort(rawLabel & 0xFFFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VplsNlri v && v.rd == rd && v.endpoint == endpoint && v.offset == offset
                && v.size == size && v.rawLabel == rawLabel && v.pathId == pathId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(rd) * 31 + ((endpoint * 31 + offset) * 31 + size) * 31 + rawLabel * 17 + pathId;
    }

    /** ExaBGP's text: {@code vpls rd 192.168.201.1:123 endpoint 5 base 10702 offset 1 size 8}. */
    @Override
    public String toString() {
        return "vpls rd " + RouteDistinguisher.format(rd) + " endpoint " + endpoint + " base " + base() + " offset "
                + offset + " size " + size;
    }
}
