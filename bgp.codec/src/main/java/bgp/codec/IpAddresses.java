package bgp.codec;

/**
 * Text forms of IP addresses as BGP tools print them: dotted quad for IPv4, RFC 5952 (lower case, longest run of
 * zero groups compressed) for IPv6, and the inverse parsers, which accept only literal addresses (never a name).
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** Dotted quad of a 32-bit address. */
    public static String ipv4(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /** Dotted quad of 4 bytes from {@code off}. */
    public static String ipv4(byte[] b, int off) {
        return (b[off] & 0xFF) + "." + (b[off + 1] & 0xFF) + "." + (b[off + 2] & 0xFF) + "." + (b[off + 3] & 0xFF);
    }

    /** RFC 5952 text of 16 bytes from {@code off}; an IPv4-mapped address ends in dotted quad (§5). */
    public static String ipv6(byte[] b, int off) {
        if (isIpv4Mapped(b, off)) {
            return "::ffff:" + ipv4(b, off + 12);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[off + 2 * i] & 0xFF) << 8 | b[off + 2 * i + 1] & 0xFF;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    private static boolean isIpv4Mapped(byte[] b, int off) {
        for (int i = 0; i < 10; i++) {
            if (b[off + i] != 0) {
                return false;
            }
        }
        return b[off + 10] == (byte) 0xFF && b[off + 11] == (byte) 0xFF;
    }

    /** Text of a 4- or 16-byte address. */
    public static String format(byte[] address) {
        return switch (address.length) {
            case 4 -> ipv4(address, 0);
            case 16 -> ipv6(address, 0);
            default -> throw new IllegalArgumentException("not an IPv4 or IPv6 address: " + address.length + " bytes");
        };
    }

    /** Whether the text is an IPv6 literal (contains a colon). */
    public static boolean isIpv6(String text) {
        return text.indexOf(':') >= 0;
    }

    /**
     * The 4 or 16 bytes of an IPv4 or IPv6 literal.
     *
     * @throws IllegalArgumentException naming the text when it is not a valid literal
     */
    public static byte[] parse(String text) {
        return isIpv6(text) ? parseIpv6(text) : intToBytes(parseIpv4(text));
    }

    /** The bytes of a 32-bit address. */
    public static byte[] intToBytes(int a) {
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    /**
     * A dotted-quad IPv4 literal as a 32-bit int.
     *
     * @throws IllegalArgumentException {@code invalid IP address <text>}
     */
    public static int parseIpv4(String text) {
        int value = 0;
        int parts = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int start = i;
            int octet = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                if (i - start >= 3 || octet > 255) {
                    throw invalid(text);
                }
                i++;
            }
            if (i == start) {
                throw invalid(text);
            }
            value = value << 8 | octet;
            parts++;
            if (i == n) {
                break;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                throw invalid(text);
            }
            i++;
        }
        if (parts != 4) {
            throw invalid(text);
        }
        return value;
    }

    /**
     * An IPv6 literal (with {@code ::} compression and an optional trailing dotted quad) as 16 bytes.
     *
     * @throws IllegalArgumentException {@code invalid IP address <text>}
     */
    public static byte[] parseIpv6(String text) {
        if (text.isEmpty() || text.indexOf('%') >= 0) {
            throw invalid(text);
        }
        int dbl = text.indexOf("::");
        if (dbl >= 0 && text.indexOf("::", dbl + 1) >= 0) {
            throw invalid(text);
        }
        String head = dbl >= 0 ? text.substring(0, dbl) : text;
        String tail = dbl >= 0 ? text.substring(dbl + 2) : "";
        int[] h = groups(head, text, dbl < 0);
        int[] t = dbl >= 0 ? groups(tail, text, true) : new int[0];
        int total = h.length + t.length;
        if (dbl < 0 ? total != 8 : total > 7) {
            throw invalid(text);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) (h[i] >>> 8);
            out[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int g = 8 - t.length + i;
            out[2 * g] = (byte) (t[i] >>> 8);
            out[2 * g + 1] = (byte) t[i];
        }
        return out;
    }

    private static int[] groups(String part, String text, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] fields = part.split(":", -1);
        int extra = 0;
        String last = fields[fields.length - 1];
        if (last.indexOf('.') >= 0) {
            if (!mayEndWithIpv4) {
                throw invalid(text);
            }
            extra = 1;
        }
        int[] out = new int[fields.length + extra];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i == fields.length - 1 && extra == 1) {
                int v4;
                try {
                    v4 = parseIpv4(f);
                } catch (IllegalArgumentException e) {
                    throw invalid(text);
                }
                out[i] = v4 >>> 16;
                out[i + 1] = v4 & 0xFFFF;
                break;
            }
            if (f.isEmpty() || f.length() > 4) {
                throw invalid(text);
            }
            int v = 0;
            for (int k = 0; k < f.length(); k++) {
                int d = Character.digit(f.charAt(k), 16);
                if (d < 0) {
                    throw invalid(text);
                }
                v = v << 4 | d;
            }
            out[i] = v;
        }
        return out;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid IP address " + text);
    }
}
