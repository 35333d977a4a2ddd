package bgp.bench.e2e;

import bgp.bench.FullTable;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Med;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.interop.daemon.Prefix;
import bgp.interop.daemon.Route;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's table, from {@link FullTable} (the full one, or divided by 12 for {@code --quick}: 100,000
 * prefixes): per attribute set its AS path (as originated behind the sender's AS 65000, which every sender
 * prepends on eBGP), MED, communities and next hop (192.0.2.1-4 or 2001:db8::1-4, which GoBGP accepts); per
 * prefix its set. LOCAL_PREF is dropped: it does not travel on eBGP.
 */
final class Workload {
    static final long SENDER_AS = 65000;

    final FullTable table;
    final int sets;
    final long[][] setPath;
    final Long[] setMed;
    final int[][] setCommunities;
    /** IPv4 sets first (next hop as an int), then IPv6 (next hop 2001:db8::N). */
    final int[] setHop;

    Workload(int divisor) {
        table = new FullTable(null, 42, divisor);
        sets = table.ipv4Sets + table.ipv6Sets;
        setPath = new long[sets][];
        setMed = new Long[sets];
        setCommunities = new int[sets][];
        setHop = new int[sets];
        for (int s = 0; s < sets; s++) {
            boolean v4 = s < table.ipv4Sets;
            List<Attribute> attrs = v4 ? table.ipv4SetAttributes.get(s)
                    : table.ipv6SetAttributes.get(s - table.ipv4Sets);
            setCommunities[s] = new int[0];
            for (Attribute a : attrs) {
                if (a instanceof AsPath p) {
                    long[] asns = new long[p.asnCount() - 1];
                    for (int i = 1; i < p.asnCount(); i++) {
                        asns[i - 1] = p.asn(0, i);
                    }
                    setPath[s] = asns;
                } else if (a instanceof Med m) {
                    setMed[s] = m.value();
                } else if (a instanceof Communities c) {
                    setCommunities[s] = c.toArray();
                }
            }
            setHop[s] = v4 ? table.ipv4SetNextHop[s] : table.ipv6SetNextHop[s - table.ipv4Sets][15];
        }
    }

    int ipv4() {
        return table.ipv4Count;
    }

    int ipv6() {
        return table.ipv6Count;
    }

    int prefixes() {
        return ipv4() + ipv6();
    }

    int setOf(int route) {
        return route < ipv4() ? table.ipv4SetOf[route] : table.ipv4Sets + table.ipv6SetOf[route - ipv4()];
    }

    String prefix(int route) {
        if (route < ipv4()) {
            long p = table.ipv4Prefixes[route];
            int a = Ipv4Prefixes.address(p);
            return (a >>> 24) + "." + (a >>> 16 & 255) + "." + (a >>> 8 & 255) + "." + (a & 255) + "/"
                    + Ipv4Prefixes.length(p);
        }
        int i = route - ipv4();
        long h = table.ipv6High[i];
        StringBuilder s = new StringBuilder();
        for (int g = 0; g < 4; g++) {
            s.append(Long.toHexString(h >>> (48 - 16 * g) & 0xffff)).append(':');
        }
        return s.append(":/").append(table.ipv6Length[i]).toString();
    }

    String nextHop(int set) {
        if (set < table.ipv4Sets) {
            int a = setHop[set];
            return (a >>> 24) + "." + (a >>> 16 & 255) + "." + (a >>> 8 & 255) + "." + (a & 255);
        }
        return "2001:db8::" + setHop[set];
    }

    /** The table as the harness's routes (AS path without the sender's AS: a daemon prepends it on eBGP). */
    List<Route> routes(int limit) {
        int n = Math.min(limit, prefixes());
        List<Route> out = new ArrayList<>(n);
        List<List<Long>> paths = new ArrayList<>(sets);
        List<List<String>> communities = new ArrayList<>(sets);
        List<InetAddress> hops = new ArrayList<>(sets);
        for (int s = 0; s < sets; s++) {
            List<Long> p = new ArrayList<>();
            for (long a : setPath[s]) {
                p.add(a);
            }
            paths.add(List.copyOf(p));
            List<String> c = new ArrayList<>();
            for (int v : setCommunities[s]) {
                c.add(Route.community(v & 0xffffffffL));
            }
            communities.add(List.copyOf(c));
            try {
                hops.add(InetAddress.getByName(nextHop(s)));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        for (int r = 0; r < n; r++) {
            int s = setOf(r);
            out.add(new Route(Prefix.parse(prefix(r)), 0, hops.get(s), paths.get(s), setMed[s], null,
                    communities.get(s)));
        }
        return out;
    }

    /** The routes in ExaBGP's syntax ({@code route P next-hop H as-path [ 65000 ... ] ...;}), one a line. */
    void writeExabgpRoutes(BufferedWriter w, int limit, String indent) throws IOException {
        int n = Math.min(limit, prefixes());
        String[] attrs = new String[sets];
        for (int s = 0; s < sets; s++) {
            StringBuilder a = new StringBuilder(" next-hop ").append(nextHop(s)).append(" as-path [ ")
                    .append(SENDER_AS);
            for (long asn : setPath[s]) {
                a.append(' ').append(asn);
            }
            a.append(" ]");
            if (setMed[s] != null) {
                a.append(" med ").append(setMed[s]);
            }
            if (setCommunities[s].length > 0) {
                a.append(" community [");
                for (int c : setCommunities[s]) {
                    a.append(' ').append(Route.community(c & 0xffffffffL));
                }
                a.append(" ]");
            }
            attrs[s] = a.append(';').toString();
        }
        for (int r = 0; r < n; r++) {
            w.write(indent);
            w.write("route ");
            w.write(prefix(r));
            w.write(attrs[setOf(r)]);
            w.write('\n');
        }
    }

    /** A config file of ours / ExaBGP with the table in a template {@code table} (limit: how many routes). */
    void writeTemplate(Path file, int limit, String before) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("template {\n  neighbor table {\n    static {\n");
            writeExabgpRoutes(w, limit, "      ");
            w.write("    }\n  }\n}\n");
            w.write(before); // after the template: ExaBGP resolves inherit in order
        }
    }
}
