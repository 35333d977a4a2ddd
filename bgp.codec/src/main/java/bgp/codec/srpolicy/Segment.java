package bgp.codec.srpolicy;

import bgp.codec.Hex;
import java.util.Arrays;

/**
 * One segment of an SR Policy segment list (RFC 9830 §2.4.4.2, RFC 9831 types A to K): a sub-TLV {@code type(1)
 * length(1) value}, the value starting with {@code flags(1)} and a byte that is reserved or the SR algorithm. Held as
 * the value bytes; types other than A to K are kept as given. Layouts after the two first bytes (optional parts in
 * brackets; an MPLS SID is {@code label(20) tc(3) s(1) ttl(8)}, an SRv6 endpoint behavior and SID structure is
 * {@code behavior(2) reserved(2) lb(1) ln(1) fun(1) arg(1)}):
 * <pre>
 *  A  1   MPLS SID                                                        length 6
 *  B  13  SRv6 SID(16) [behavior]                                         18, 26
 *  C  3   IPv4 node(4) [MPLS SID]                        algorithm        6, 10
 *  D  4   IPv6 node(16) [MPLS SID]                       algorithm        18, 22
 *  E  5   local interface id(4) IPv4 node(4) [MPLS SID]                   10, 14
 *  F  6   local IPv4(4) remote IPv4(4) [MPLS SID]                         10, 14
 *  G  7   local if id(4) local IPv6(16) remote if id(4) remote IPv6(16) [MPLS SID]   42, 46
 *  H  8   local IPv6(16) remote IPv6(16) [MPLS SID]                       34, 38
 *  I  14  IPv6 node(16) [SRv6 SID(16) [behavior]]        algorithm        18, 34, 42
 *  J  15  as G, then [SRv6 SID(16) [behavior]]           algorithm        42, 58, 66
 *  K  16  as H, then [SRv6 SID(16) [behavior]]           algorithm        34, 50, 58
 * </pre>
 * Immutable; {@code equals} compares type and value.
 */
public final class Segment {
    public static final int TYPE_A = 1;
    public static final int TYPE_B = 13;
    public static final int TYPE_C = 3;
    public static final int TYPE_D = 4;
    public static final int TYPE_E = 5;
    public static final int TYPE_F = 6;
    public static final int TYPE_G = 7;
    public static final int TYPE_H = 8;
    public static final int TYPE_I = 14;
    public static final int TYPE_J = 15;
    public static final int TYPE_K = 16;
    /** Flags (RFC 9831 §2.4.4.2.12): V, A (algorithm), S (SID present), B (behavior present). */
    public static final int FLAG_V = 0x80;
    public static final int FLAG_A = 0x40;
    public static final int FLAG_S = 0x20;
    public static final int FLAG_B = 0x10;
    /** The bottom-of-stack bit of an MPLS SID field, which ExaBGP always sets. */
    public static final int BOTTOM_OF_STACK = 0x100;

    private static final String LETTERS = "A?CDEFGH????BIJK";

    private final int type;
    private final byte[] value;

    private Segment(int type, byte[] value) {
        this.type = type;
        this.value = value;
    }

    /** The letter of a segment type ({@code 'A'} to {@code 'K'}), or 0 for another type. */
    public static char letter(int type) {
        if (type < 1 || type > 16) {
            return 0;
        }
        char c = LETTERS.charAt(type - 1);
        return c == '?' ? 0 : c;
    }

    /** The type code of a segment letter ({@code 'A'} to {@code 'K'}, either case), or -1. */
    public static int typeOf(char letter) {
        int i = LETTERS.indexOf(Character.toUpperCase(letter));
        return letter == '?' || i < 0 ? -1 : i + 1;
    }

    /** Whether a value length is one of those of a known segment type; true for any length of another type. */
    public static boolean validLength(int type, int length) {
        return switch (type) {
            case TYPE_A -> length == 6;
            case TYPE_B -> length == 18 || length == 26;
            case TYPE_C -> length == 6 || length == 10;
            case TYPE_D -> length == 18 || length == 22;
            case TYPE_E, TYPE_F -> length == 10 || length == 14;
            case TYPE_G -> length == 42 || length == 46;
            case TYPE_H -> length == 34 || length == 38;
            case TYPE_I -> length == 18 || length == 34 || length == 42;
            case TYPE_J -> length == 42 || length == 58 || length == 66;
            case TYPE_K -> length == 34 || length == 50 || length == 58;
            default -> length >= 0 && length <= 255;
        };
    }

    /**
     * A segment of any type from its value bytes (copied).
     *
     * @throws IllegalArgumentException when the type is not 0..255 or the length is not one of the type's
     */
    public static Segment of(int type, byte[] value) {
        if (type < 0 || type > 255 || !validLength(type, value.length)) {
            throw new IllegalArgumentException("segment type " + type + " with a value of " + value.length
                    + " bytes");
        }
        return new Segment(type, value.clone());
    }

    /** The 4-byte MPLS SID field of a label as ExaBGP writes it: TC 0, bottom of stack, TTL 0. */
    public static int mplsField(long label) {
        if (label < 0 || label > 0xFFFFF) {
            throw new IllegalArgumentException("label " + label + " is not within 0..1048575");
        }
        return (int) label << 12 | BOTTOM_OF_STACK;
    }

    /** Type A: an MPLS label (flags 0). */
    public static Segment typeA(long label) {
        byte[] v = new byte[6];
        putInt(v, 2, mplsField(label));
        return new Segment(TYPE_A, v);
    }

    /**
     * Type B: an SRv6 SID, with the B flag and the endpoint behavior and SID structure when {@code behavior} is given.
     *
     * @param behavior null, or behavior (0..65535) then the four lengths LB, LN, function, argument (0..255)
     */
    public static Segment typeB(byte[] sid, int[] behavior) {
        return build(TYPE_B, 0, 0, null, 0, null, -1, sid, behavior);
    }

    /**
     * A segment of any of the types A to K from its fields; those the type does not have are ignored. The S flag is
     * set when an optional SID is given, the B flag when a behavior is.
     *
     * @param algorithm the SR algorithm of C, D, I, J, K (0..255)
     * @param localIf the local interface identifier of E, G, J
     * @param local the node address of C, D, E, I, or the local address of F, G, H, J, K
     * @param remoteIf the remote interface identifier of G, J
     * @param remote the remote address of F, G, H, J, K
     * @param label the MPLS label of A (required) and C to H (optional: -1 for none)
     * @param sid the SRv6 SID of B (required) and I, J, K (optional: null)
     * @param behavior the endpoint behavior and SID structure of B, I, J, K (null for none; needs an SID)
     * @throws IllegalArgumentException when a field is missing, of the wrong length, or out of range
     */
    public static Segment build(int type, int algorithm, long localIf, byte[] local, long remoteIf, byte[] remote,
            long label, byte[] sid, int[] behavior) {
        if (algorithm < 0 || algorithm > 255) {
            throw new IllegalArgumentException("algorithm " + algorithm + " is not within 0..255");
        }
        if (localIf < 0 || localIf > 0xFFFFFFFFL || remoteIf < 0 || remoteIf > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("an interface identifier is not within 0..4294967295");
        }
        byte[] v = new byte[66];
        int n = 2;
        boolean mpls = false;
        boolean srv6 = false;
        switch (type) {
            case TYPE_A -> {
                if (label < 0) {
                    throw new IllegalArgumentException("a type A segment needs a label");
                }
                mpls = true;
            }
            case TYPE_B -> {
                if (sid == null) {
                    throw new IllegalArgumentException("a type B segment needs an SRv6 SID");
                }
                srv6 = true;
            }
            case TYPE_C -> {
                v[1] = (byte) algorithm;
                n = put(v, n, local, 4, "IPv4 node address");
                mpls = true;
            }
            case TYPE_D, TYPE_I -> {
                v[1] = (byte) algorithm;
                n = put(v, n, local, 16, "IPv6 node address");
                mpls = type == TYPE_D;
                srv6 = type == TYPE_I;
            }
            case TYPE_E -> {
                putInt(v, n, (int) localIf);
                n = put(v, n + 4, local, 4, "IPv4 node address");
                mpls = true;
            }
            case TYPE_F -> {
                n = put(v, n, local, 4, "local IPv4 address");
                n = put(v, n, remote, 4, "remote IPv4 address");
                mpls = true;
            }
            case TYPE_G, TYPE_J -> {
                if (type == TYPE_J) {
                    v[1] = (byte) algorithm;
                }
                putInt(v, n, (int) localIf);
                n = put(v, n + 4, local, 16, "local IPv6 address");
                putInt(v, n, (int) remoteIf);
                n = put(v, n + 4, remote, 16, "remote IPv6 address");
                mpls = type == TYPE_G;
                srv6 = type == TYPE_J;
            }
            case TYPE_H, TYPE_K -> {
                if (type == TYPE_K) {
                    v[1] = (byte) algorithm;
                }
                n = put(v, n, local, 16, "local IPv6 address");
                n = put(v, n, remote, 16, "remote IPv6 address");
                mpls = type == TYPE_H;
                srv6 = type == TYPE_K;
            }
            default -> throw new IllegalArgumentException("segment type " + type + " is not one of A to K");
        }
        if (mpls && label >= 0) {
            putInt(v, n, mplsField(label));
            n += 4;
            if (type != TYPE_A) {
                v[0] |= FLAG_S;
            }
        } else if (label >= 0) {
            throw new IllegalArgumentException("a type " + letter(type) + " segment has no MPLS SID");
        }
        if (srv6 && sid != null) {
            n = put(v, n, sid, 16, "SRv6 SID");
            if (type != TYPE_B) {
                v[0] |= FLAG_S;
            }
        } else if (sid != null) {
            throw new IllegalArgumentException("a type " + letter(type) + " segment has no SRv6 SID");
        }
        if (behavior != null) {
            if (!srv6 || sid == null) {
                throw new IllegalArgumentException("an endpoint behavior needs an SRv6 SID");
            }
            if (behavior.length != 5) {
                throw new IllegalArgumentException("an endpoint behavior is a behavior and 4 lengths");
            }
            if (behavior[0] < 0 || behavior[0] > 0xFFFF) {
                throw new IllegalArgumentException("endpoint behavior " + behavior[0] + " is not within 0..65535");
            }
            v[n] = (byte) (behavior[0] >>> 8);
            v[n + 1] = (byte) behavior[0];
            for (int i = 1; i < 5; i++) {
                if (behavior[i] < 0 || behavior[i] > 255) {
                    throw new IllegalArgumentException("SID structure length " + behavior[i]
                            + " is not within 0..255");
                }
                v[n + 3 + i] = (byte) behavior[i];
            }
            n += 8;
            v[0] |= FLAG_B;
        }
        return new Segment(type, Arrays.copyOf(v, n));
    }

    private static int put(byte[] v, int at, byte[] a, int length, String what) {
        if (a == null || a.length != length) {
            throw new IllegalArgumentException("a " + what + " of " + length + " bytes is needed");
        }
        System.arraycopy(a, 0, v, at, length);
        return at + length;
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    private long u32(int at) {
        return (long) (value[at] & 0xFF) << 24 | (value[at + 1] & 0xFF) << 16 | (value[at + 2] & 0xFF) << 8
                | value[at + 3] & 0xFF;
    }

    public int type() {
        return type;
    }

    /** The type's letter, or 0 for a type other than A to K. */
    public char letter() {
        return letter(type);
    }

    /** The value bytes (a copy). */
    public byte[] value() {
        return value.clone();
    }

    public int flags() {
        return value.length == 0 ? 0 : value[0] & 0xFF;
    }

    /** The SR algorithm of types C, D, I, J, K; -1 for the others. */
    public int algorithm() {
        return switch (type) {
            case TYPE_C, TYPE_D, TYPE_I, TYPE_J, TYPE_K -> value[1] & 0xFF;
            default -> -1;
        };
    }

    /** Where the fixed addresses end: the MPLS SID or the SRv6 SID starts there; -1 for another type. */
    private int fixedEnd() {
        return switch (type) {
            case TYPE_A, TYPE_B -> 2;
            case TYPE_C -> 6;
            case TYPE_D, TYPE_I -> 18;
            case TYPE_E, TYPE_F -> 10;
            case TYPE_G, TYPE_J -> 42;
            case TYPE_H, TYPE_K -> 34;
            default -> -1;
        };
    }

    private boolean isSrv6() {
        return type == TYPE_B || type == TYPE_I || type == TYPE_J || type == TYPE_K;
    }

    /** Whether the segment has an MPLS SID (always for A; when present for C to H). */
    public boolean hasMplsSid() {
        int end = fixedEnd();
        return end > 0 && !isSrv6() && value.length == end + 4;
    }

    /** The 4-byte MPLS SID field ({@code label(20) tc(3) s(1) ttl(8)}), or -1 when there is none. */
    public long mplsSid() {
        return hasMplsSid() ? u32(fixedEnd()) : -1;
    }

    /** The SRv6 SID (16 bytes, a copy), or null when there is none. */
    public byte[] srv6Sid() {
        int end = fixedEnd();
        return end > 0 && isSrv6() && value.length >= end + 16 ? Arrays.copyOfRange(value, end, end + 16) : null;
    }

    /**
     * The SRv6 endpoint behavior and SID structure: behavior, LB length, LN length, function length, argument
     * length; null when there is none.
     */
    public int[] behavior() {
        int end = fixedEnd();
        if (end < 0 || !isSrv6() || value.length != end + 24) {
            return null;
        }
        int at = end + 16;
        return new int[] {(value[at] & 0xFF) << 8 | value[at + 1] & 0xFF, value[at + 4] & 0xFF,
            value[at + 5] & 0xFF, value[at + 6] & 0xFF, value[at + 7] & 0xFF};
    }

    /** The node address of C, D, E, I or the local address of F, G, H, J, K (a copy); null for A, B, others. */
    public byte[] localAddress() {
        return switch (type) {
            case TYPE_C -> Arrays.copyOfRange(value, 2, 6);
            case TYPE_E -> Arrays.copyOfRange(value, 6, 10);
            case TYPE_F -> Arrays.copyOfRange(value, 2, 6);
            case TYPE_D, TYPE_I, TYPE_H, TYPE_K -> Arrays.copyOfRange(value, 2, 18);
            case TYPE_G, TYPE_J -> Arrays.copyOfRange(value, 6, 22);
            default -> null;
        };
    }

    /** The remote address of F, G, H, J, K (a copy); null for the others. */
    public byte[] remoteAddress() {
        return switch (type) {
            case TYPE_F -> Arrays.copyOfRange(value, 6, 10);
            case TYPE_H, TYPE_K -> Arrays.copyOfRange(value, 18, 34);
            case TYPE_G, TYPE_J -> Arrays.copyOfRange(value, 26, 42);
            default -> null;
        };
    }

    /** The local interface identifier of E, G, J; -1 for the others. */
    public long localInterfaceId() {
        return type == TYPE_E || type == TYPE_G || type == TYPE_J ? u32(2) : -1;
    }

    /** The remote interface identifier of G, J; -1 for the others. */
    public long remoteInterfaceId() {
        return type == TYPE_G || type == TYPE_J ? u32(22) : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && s.type == type && Arrays.equals(s.value, value);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        char l = letter();
        return "Segment[" + (l == 0 ? Integer.toString(type) : String.valueOf(l)) + " 0x" + Hex.encode(value) + "]";
    }
}
