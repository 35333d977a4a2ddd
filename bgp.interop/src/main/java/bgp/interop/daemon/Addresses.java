package bgp.interop.daemon;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Numeric IP address text: parsing without name lookups, and the canonical form (RFC 5952 for IPv6). */
public final class Addresses {
    private Addresses() {
    }

    /** Parses a numeric IPv4 or IPv6 address; never resolves a name. */
    public static InetAddress parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || !(t.indexOf(':') >= 0 || t.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')))) {
            throw new IllegalArgumentException("not a numeric IP address: " + text);
        }
        try {
            return InetAddress.getByName(t); // numeric: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    public static Inet4Address parse4(String text) {
        if (parse(text) instanceof Inet4Address a) {
            return a;
        }
        throw new IllegalArgumentException("not an IPv4 address: " + text);
    }

    /** Dotted quad for IPv4; RFC 5952 for IPv6 (lower case, longest run of two or more zero groups as "::"). */
    public static String text(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }

    static boolean isV6(InetAddress a) {
        return a instanceof Inet6Address;
    }
}
