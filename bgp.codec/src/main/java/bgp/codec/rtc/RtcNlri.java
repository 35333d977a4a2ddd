package bgp.codec.rtc;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.nlri.Nlri;
import java.util.Arrays;

/**
 * A Route Target membership route (RFC 4684 §4): {@code length(1, in bits) prefix}, the prefix being origin AS (4)
 * and route target (8) cut to {@code length} bits. Length 0 is the default (wildcard) route; otherwise it is 32
 * (the origin AS alone) to 96 (a whole route target). The prefix is kept as on the wire ({@code ceil(length / 8)}
 * bytes). Immutable; {@code equals} compares the path identifier, the length and the prefix bytes.
 */
public final class RtcNlri implements Nlri {
    public static final Family IPV4 = new Family(Family.AFI_IPV4, Family.SAFI_RTC);
    /** Length of a whole route target prefix, in bits. */
    public static final int FULL_LENGTH = 96;

    private final int length;
    private final byte[] prefix;
    private final int pathId;

    /**
     * @param length the prefix length in bits: 0 or 32 to 96
     * @param prefix {@code ceil(length / 8)} bytes
     * @throws IllegalArgumentException when they do not agree ({@link #problem})
     */
    public RtcNlri(int length, byte[] prefix, int pathId) {
        String why = problem(length);
        if (why == null && prefix.length != (length + 7) / 8) {
            why = "a route target prefix of " + length + " bits takes " + (length + 7) / 8 + " bytes, not "
                    + prefix.length;
        }
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.length = length;
        this.prefix = prefix.clone();
        this.pathId = pathId;
    }

    /** The default route (length 0): every route target. */
    public static RtcNlri wildcard() {
        return new RtcNlri(0, new byte[0], 0);
    }

    /** A whole route target (96 bits) of an origin AS. */
    public static RtcNlri of(long originAs, long routeTarget) {
        if (originAs < 0 || originAs > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("origin AS " + originAs + " is not within 0..4294967295");
        }
        WireWriter w = new WireWriter(12);
        w.writeInt((int) originAs).writeLong(routeTarget);
        return new RtcNlri(FULL_LENGTH, w.toByteArray(), 0);
    }

    /** What is wrong with a prefix length, or null when it is 0 or from 32 to 96. */
    public static String problem(int length) {
        if (length == 0 || length >= 32 && length <= FULL_LENGTH) {
            return null;
        }
        return "route target prefix length " + length + ", expected 0 or 32 to 96";
    }

    @Override
    public Family family() {
        return IPV4;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    /** The prefix length in bits. */
    public int length() {
        return length;
    }

    public boolean isWildcard() {
        return length == 0;
    }

    /** The origin AS; 0 for the wildcard. */
    public long originAs() {
        return length == 0 ? 0 : (long) (prefix[0] & 0xFF) << 24 | (prefix[1] & 0xFF) << 16
                | (prefix[2] & 0xFF) << 8 | prefix[3] & 0xFF;
    }

    /** Whether the route target is whole (96 bits). */
    public boolean hasRouteTarget() {
        return length == FULL_LENGTH;
    }

    /**
     * The route target of a whole prefix, as the 8 bytes of its extended community.
     *
     * @throws IllegalStateException when the prefix is shorter than 96 bits
     */
    public long routeTarget() {
        if (length != FULL_LENGTH) {
            throw new IllegalStateException("a route target prefix of " + length + " bits");
        }
        long v = 0;
        for (int i = 4; i < 12; i++) {
            v = v << 8 | prefix[i] & 0xFF;
        }
        return v;
    }

    /** The prefix bytes (a copy). */
    public byte[] prefix() {
        return prefix.clone();
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte(length).write(prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtcNlri r && r.length == length && r.pathId == pathId && Arrays.equals(r.prefix, prefix);
    }

    @Override
    public int hashCode() {
        return (length * 31 + pathId) * 31 + Arrays.hashCode(prefix);
    }

    /**
     * {@code rtc wildcard}, {@code rtc <origin-as>:<route target>} (the route target's type byte without its
     * transitive bits, as RFC 4684 §4 and ExaBGP read it), or {@code rtc <origin-as>:0x<hex>/<bits>} for a partial
     * route target.
     */
    @Override
    public String toString() {
        if (length == 0) {
            return "rtc wildcard";
        }
        return "rtc " + originAs() + ":" + routeTargetText();
    }

    /** The route target as text: see {@link #toString()}. */
    public String routeTargetText() {
        if (length == FULL_LENGTH) {
            return ExtendedCommunity.format(routeTarget() & 0x3FFFFFFFFFFFFFFFL);
        }
        return "0x" + Hex.encode(prefix, 4, prefix.length - 4) + "/" + (length - 32);
    }
}
