package bgp.interop.daemon;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic route tables for the tests: route {@code i} always has the same prefix and attributes, so a test
 * can rebuild any sample it asserts on. Next hops come from the documentation ranges (GoBGP rejects 127.x).
 */
public final class TestRoutes {
    private TestRoutes() {
    }

    /** IPv4 route number {@code i} (0 <= i < 2^24) under {@code firstOctet}: a /24 or /32 with varied attributes. */
    public static Route ipv4(int firstOctet, int i) {
        String prefix = i < 65536
                ? firstOctet + "." + (i >> 8) + "." + (i & 255) + ".0/24"
                : firstOctet + "." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "/32";
        Route r = Route.of(prefix, "192.0.2." + (1 + i % 250)).withAsPath(64600 + i % 7, 64700 + i % 13);
        if (i % 3 != 0) {
            r = r.withMed((long) (i % 1000 + 1));
        }
        if (i % 4 == 1) {
            r = r.withLocalPref(200L + i % 3);
        }
        if (i % 5 != 0) {
            r = r.withCommunities("65000:" + (i % 100), "65001:" + (i % 7 + 1));
        }
        return r;
    }

    /** IPv6 route number {@code i} (i < 65536): 2001:db8:{@code block}:{@code i}::/64 with varied attributes. */
    public static Route ipv6(int block, int i) {
        String prefix = String.format("2001:db8:%x:%x::/64", block, i);
        Route r = Route.of(prefix, String.format("2001:db8::%x", 1 + i % 250)).withAsPath(64800 + i % 5);
        if (i % 2 == 0) {
            r = r.withMed((long) (i + 1));
        }
        if (i % 3 == 0) {
            r = r.withCommunities("65002:" + (i % 50));
        }
        return r;
    }

    public static List<Route> ipv4(int firstOctet, int from, int count) {
        List<Route> list = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            list.add(ipv4(firstOctet, i));
        }
        return list;
    }

    public static List<Route> ipv6(int block, int from, int count) {
        List<Route> list = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            list.add(ipv6(block, i));
        }
        return list;
    }
}
