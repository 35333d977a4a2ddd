package bgp.codec.nlri;

/**
 * MPLS label stack entries as carried in labeled NLRI (RFC 8277 §2, RFC 3032): 3 bytes each, the 20-bit label in
 * the high bits, 3 traffic-class bits, and the bottom-of-stack bit ({@code 0x000001}) that ends the stack. ExaBGP's
 * JSON shows each entry as {@code [label, raw]}: {@code raw} is the 24-bit value as on the wire, e.g. label 20012 with
 * bottom-of-stack is {@code [20012, 320193]}.
 */
public final class MplsLabels {
    /** The bottom-of-stack bit of a raw entry. */
    public static final int BOTTOM_OF_STACK = 0x000001;
    /** The raw entry RFC 8277 §2.4 (after RFC 3107) puts in a withdrawal: label 0x80000 without bottom-of-stack. */
    public static final int COMPATIBILITY = 0x800000;
    /** Largest 20-bit label. */
    public static final int MAX_LABEL = 0xFFFFF;

    private MplsLabels() {
    }

    /** The 20-bit label of a raw 24-bit entry. */
    public static int label(int raw) {
        return raw >>> 4;
    }

    /** The raw entry of a label, with bottom-of-stack when {@code bottom} (traffic class 0). */
    public static int raw(int label, boolean bottom) {
        if (label < 0 || label > MAX_LABEL) {
            throw new IllegalArgumentException("invalid label " + label + " (0.." + MAX_LABEL + ")");
        }
        return label << 4 | (bottom ? BOTTOM_OF_STACK : 0);
    }

    /**
     * Whether a raw entry ends the label stack of an NLRI: it has the bottom-of-stack bit, or it is one of the two
     * values a withdrawal may carry in place of the stack ({@link #COMPATIBILITY}, or 0x000000), as ExaBGP reads them.
     */
    public static boolean endsStack(int raw) {
        return (raw & BOTTOM_OF_STACK) != 0 || raw == COMPATIBILITY || raw == 0;
    }

    /** Raw entries of 20-bit labels, the last with bottom-of-stack. */
    public static int[] stack(int... labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("empty label stack");
        }
        int[] raw = new int[labels.length];
        for (int k = 0; k < labels.length; k++) {
            raw[k] = raw(labels[k], k == labels.length - 1);
        }
        check(raw);
        return raw;
    }

    /**
     * Check that raw entries make one label stack as the wire reads it back: 1 or more 24-bit entries, only the last
     * one ending the stack ({@link #endsStack}).
     */
    static void check(int[] raw) {
        if (raw.length == 0) {
            throw new IllegalArgumentException("empty label stack");
        }
        for (int k = 0; k < raw.length; k++) {
            int r = raw[k];
            if (r < 0 || r > 0xFFFFFF) {
                throw new IllegalArgumentException("label stack entry 0x" + Integer.toHexString(r) + " exceeds 24 bits");
            }
            boolean last = k == raw.length - 1;
            if (endsStack(r) != last) {
                throw new IllegalArgumentException(last
                        ? "the last label stack entry 0x" + Integer.toHexString(r) + " has no bottom-of-stack bit"
                        : "label stack entry " + k + " (0x" + Integer.toHexString(r) + ") ends the stack before the last");
            }
        }
    }

    static int[] labelsOf(int[] raw) {
        int[] l = new int[raw.length];
        for (int k = 0; k < raw.length; k++) {
            l[k] = raw[k] >>> 4;
        }
        return l;
    }
}
