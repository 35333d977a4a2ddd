package bgp.codec.attribute;

import java.util.Locale;

/**
 * One standard community (RFC 1997) as an {@code int}: the well-known values, and the text forms of ExaBGP's
 * configuration ({@code 65000:1}, a decimal or {@code 0x} number, or a name) with the inverse formatter.
 */
public final class Community {
    /** RFC 1997. */
    public static final int NO_EXPORT = 0xFFFFFF01;
    /** RFC 1997. */
    public static final int NO_ADVERTISE = 0xFFFFFF02;
    /** RFC 1997. */
    public static final int NO_EXPORT_SUBCONFED = 0xFFFFFF03;
    /** RFC 3765. */
    public static final int NOPEER = 0xFFFFFF04;
    /** RFC 7999. */
    public static final int BLACKHOLE = 0xFFFF029A;
    /** RFC 8326. */
    public static final int GRACEFUL_SHUTDOWN = 0xFFFF0000;
    /** RFC 7611. */
    public static final int ACCEPT_OWN = 0xFFFF0001;
    /** RFC 9494. */
    public static final int LLGR_STALE = 0xFFFF0006;
    /** RFC 9494. */
    public static final int NO_LLGR = 0xFFFF0007;

    private Community() {
    }

    /**
     * A community from text: {@code <0-65535>:<0-65535>}, a decimal or {@code 0x} hex 32-bit number, or a name:
     * {@code no-export}, {@code no-advertise}, {@code no-export-subconfed}, {@code nopeer} (or {@code no-peer}),
     * {@code blackhole}, {@code graceful-shutdown}, {@code accept-own}, {@code llgr-stale}, {@code no-llgr} (case
     * ignored).
     *
     * @throws IllegalArgumentException {@code invalid community <text>}
     */
    public static int parse(String text) {
        int colon = text.indexOf(':');
        if (colon >= 0) {
            long high = number(text, 0, colon, 0xFFFF);
            long low = number(text, colon + 1, text.length(), 0xFFFF);
            return (int) (high << 16 | low);
        }
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            try {
                long v = Long.parseLong(text.substring(2), 16);
                if (v <= 0xFFFFFFFFL) {
                    return (int) v;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw invalid(text);
        }
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            return (int) number(text, 0, text.length(), 0xFFFFFFFFL);
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "no-export" -> NO_EXPORT;
            case "no-advertise" -> NO_ADVERTISE;
            case "no-export-subconfed" -> NO_EXPORT_SUBCONFED;
            case "nopeer", "no-peer" -> NOPEER;
            case "blackhole" -> BLACKHOLE;
            case "graceful-shutdown" -> GRACEFUL_SHUTDOWN;
            case "accept-own" -> ACCEPT_OWN;
            case "llgr-stale" -> LLGR_STALE;
            case "no-llgr" -> NO_LLGR;
            default -> throw invalid(text);
        };
    }

    private static long number(String text, int from, int to, long max) {
        if (from == to || to - from > 10) {
            throw invalid(text);
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text);
            }
            v = v * 10 + (c - '0');
        }
        if (v > max) {
            throw invalid(text);
        }
        return v;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid community " + text);
    }

    /**
     * ExaBGP's text of a community: the names ExaBGP prints ({@code no-export}, {@code no-advertise},
     * {@code no-export-subconfed}, {@code no-peer}, {@code blackhole}), else {@code <high>:<low>}.
     */
    public static String format(int community) {
        return switch (community) {
            case NO_EXPORT -> "no-export";
            case NO_ADVERTISE -> "no-advertise";
            case NO_EXPORT_SUBCONFED -> "no-export-subconfed";
            case NOPEER -> "no-peer";
            case BLACKHOLE -> "blackhole";
            default -> (community >>> 16) + ":" + (community & 0xFFFF);
        };
    }

    /** The high 16 bits (usually an AS). */
    public static int high(int community) {
        return community >>> 16;
    }

    /** The low 16 bits. */
    public static int low(int community) {
        return community & 0xFFFF;
    }

    /** {@code high:low} as one community. */
    public static int of(int high, int low) {
        if ((high & ~0xFFFF) != 0 || (low & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("invalid community " + high + ":" + low);
        }
        return high << 16 | low;
    }
}
