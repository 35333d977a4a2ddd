package bgp.interop.daemon;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BIRD 2: {@code bird -f -c bird.conf -s bird.ctl}, queried and changed with {@code birdc -s bird.ctl}.
 *
 * <ul>
 * <li>Config: one BGP protocol per neighbor ({@code n_127_1_2_3}) with {@code local ADDR port P as AS},
 * {@code neighbor ADDR port Q as AS}, {@code multihop} (a 127.x neighbor is not "directly connected"),
 * {@code strict bind yes} (or BIRD listens on 0.0.0.0), short connect/error timers so sessions come back within
 * seconds, {@code next hop keep}, {@code add paths tx/rx}, and an export filter that sends only our static routes
 * (BIRD does not re-advertise what it receives) and marks MED as set by the filter (else BIRD drops it on eBGP).
 * <li>Routes: {@code routes.conf}, included by absolute path: static protocols {@code s4_0}, {@code s6_0} of
 * {@code blackhole} routes whose BGP attributes are set in the route's block ({@code bgp_next_hop},
 * {@code bgp_path.prepend}, {@code bgp_med}, {@code bgp_local_pref}, {@code bgp_community.add}). A second path
 * for a prefix goes to {@code s4_1}, and so on: with ADD-PATH tx BIRD sends each (with its own path ids). Changes
 * at run time rewrite routes.conf and {@code birdc configure}, which touches only the routes that changed.
 * <li>Reading: {@code show protocols NAME}, {@code show route protocol NAME table master4 count},
 * {@code show route all protocol NAME table master4} (parsed; BIRD does not show received path ids: 0).
 * </ul>
 * BIRD keeps routes whose next hop it cannot resolve (shown "unreachable") and counts them: fine here.
 */
final class Bird extends AbstractDaemon {

    Bird(DaemonConfig config) {
        super(DaemonKind.BIRD, config);
    }

    private String ctl() {
        return socket("bird.ctl").toString();
    }

    static String protocolName(InetAddress neighbor) {
        return "n_" + text(neighbor).replace('.', '_').replace(':', '_');
    }

    @Override
    protected List<String> command() {
        return List.of("bird", "-f", "-c", dir().resolve("bird.conf").toString(), "-s", ctl());
    }

    @Override
    protected void writeConfig() throws IOException {
        DaemonConfig c = config();
        StringBuilder s = new StringBuilder();
        s.append("# written by bgp.interop.daemon.Bird\n");
        s.append("router id ").append(text(c.routerId())).append(";\n");
        s.append("log stderr all;\n");
        s.append("filter bgp_out {\n  if source != RTS_STATIC then reject;\n")
                .append("  if defined(bgp_med) then bgp_med = bgp_med;\n  accept;\n}\n");
        s.append("include \"").append(dir().resolve("routes.conf")).append("\";\n");
        for (Neighbor n : c.neighbors()) {
            s.append("protocol bgp ").append(protocolName(n.address())).append(" {\n");
            s.append("  local ").append(text(c.address())).append(" port ").append(c.port()).append(" as ")
                    .append(c.as()).append(";\n");
            s.append("  neighbor ").append(text(n.address())).append(" port ").append(n.port()).append(" as ")
                    .append(n.as()).append(";\n");
            s.append("  multihop;\n  strict bind yes;\n");
            if (n.passive()) {
                s.append("  passive on;\n");
            }
            s.append("  connect delay time 1;\n  connect retry time 2;\n  error wait time 1, 5;\n");
            for (Family f : n.familiesInOrder()) {
                s.append("  ").append(f.afiName()).append(" { import all; export filter bgp_out; next hop keep;");
                if (n.addPath() != AddPath.NONE) {
                    s.append(" add paths ").append(n.addPath().send() && n.addPath().receive() ? "on"
                            : n.addPath().send() ? "tx" : "rx").append(";");
                }
                s.append(" };\n");
            }
            s.append("}\n");
        }
        write("bird.conf", s.toString());
        writeRoutes();
    }

    /** routes.conf: the n-th path of a prefix goes to static protocol s4_n / s6_n. */
    private void writeRoutes() throws IOException {
        Map<String, StringBuilder> protocols = new LinkedHashMap<>();
        protocols.put("s4_0", new StringBuilder("protocol static s4_0 {\n  ipv4;\n"));
        protocols.put("s6_0", new StringBuilder("protocol static s6_0 {\n  ipv6;\n"));
        Map<Prefix, Integer> seen = new LinkedHashMap<>();
        List<Route> routes = new ArrayList<>(announced());
        routes.sort(Comparator.comparing(Route::key));
        for (Route r : routes) {
            int index = seen.merge(r.prefix(), 1, Integer::sum) - 1;
            boolean v4 = r.family() == Family.IPV4_UNICAST;
            String name = (v4 ? "s4_" : "s6_") + index;
            StringBuilder p = protocols.computeIfAbsent(name,
                    k -> new StringBuilder("protocol static " + k + " {\n  " + (v4 ? "ipv4" : "ipv6") + ";\n"));
            p.append("  route ").append(r.prefix()).append(" blackhole { bgp_origin = ORIGIN_IGP; bgp_next_hop = ")
                    .append(text(nextHop(r))).append(";");
            List<Long> path = r.asPath();
            for (int i = path.size() - 1; i >= 0; i--) {
                p.append(" bgp_path.prepend(").append(path.get(i)).append(");");
            }
            if (r.med() != null) {
                p.append(" bgp_med = ").append(r.med()).append(";");
            }
            if (r.localPref() != null) {
                p.append(" bgp_local_pref = ").append(r.localPref()).append(";");
            }
            for (String community : r.communities()) {
                p.append(" bgp_community.add((").append(community.replace(':', ',')).append("));");
            }
            p.append(" };\n");
        }
        StringBuilder s = new StringBuilder("# written by bgp.interop.daemon.Bird: the announced routes\n");
        protocols.values().forEach(p -> s.append(p).append("}\n"));
        write("routes.conf", s.toString());
    }

    private InetAddress nextHop(Route r) {
        if (r.nextHop() != null) {
            return r.nextHop();
        }
        if (r.family() == Family.IPV4_UNICAST && address() instanceof Inet4Address) {
            return address();
        }
        throw new IllegalArgumentException("BIRD needs a next hop for " + r);
    }

    private Cli.Result birdc(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("birdc", "-s", ctl()));
        cmd.addAll(List.of(args));
        return cli(cmd).check();
    }

    @Override
    protected boolean controlAnswers() throws IOException {
        return birdc("show", "status").out().contains("Daemon is up and running");
    }

    @Override
    protected void push(List<Route> added, List<Route> removed) throws IOException {
        writeRoutes();
        String out = birdc("configure").out();
        if (!out.contains("Reconfigured") && !out.contains("Reconfiguration in progress")) {
            throw new IOException("birdc configure: " + Cli.trim(out));
        }
    }

    @Override
    public boolean established(InetAddress neighbor) throws IOException {
        String name = protocolName(neighbor(neighbor).address());
        return birdc("show", "protocols", name).out().lines()
                .anyMatch(l -> l.startsWith(name + " ") && l.contains("Established"));
    }

    private static String table(Family family) {
        return family == Family.IPV4_UNICAST ? "master4" : "master6";
    }

    @Override
    public long receivedCount(InetAddress neighbor, Family family) throws IOException {
        String out = birdc("show", "route", "protocol", protocolName(neighbor(neighbor).address()), "table",
                table(family), "count").out();
        for (String line : out.lines().toList()) {
            // "2 of 5 routes for 4 networks in table master4"
            if (line.contains(" routes for ")) {
                return Long.parseLong(line.trim().split("\\s+")[0]);
            }
        }
        throw new IOException("no count in: " + Cli.trim(out));
    }

    @Override
    public List<Route> received(InetAddress neighbor, Family family) throws IOException {
        String out = birdc("show", "route", "all", "protocol", protocolName(neighbor(neighbor).address()), "table",
                table(family)).out();
        return parseShowRouteAll(out);
    }

    /** Parses {@code birdc show route all}: one route per "[proto ...]" line, its attributes on tab lines. */
    static List<Route> parseShowRouteAll(String out) {
        List<Route> routes = new ArrayList<>();
        Prefix prefix = null;
        Route current = null;
        for (String line : out.lines().toList()) {
            if (line.isBlank() || line.startsWith("BIRD ") || line.startsWith("Table ")) {
                continue;
            }
            if (line.startsWith("\t")) {
                if (current != null) {
                    current = attribute(current, line.trim());
                }
                continue;
            }
            if (current != null) {
                routes.add(current);
                current = null;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                prefix = Prefix.parse(line.trim().split("\\s+")[0]);
            }
            if (prefix != null && line.contains("[")) {
                current = new Route(prefix, 0, null, List.of(), null, null, List.of());
            }
        }
        if (current != null) {
            routes.add(current);
        }
        routes.sort(Comparator.comparing(Route::key));
        return routes;
    }

    private static Route attribute(Route r, String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return r;
        }
        String name = line.substring(0, colon);
        String value = line.substring(colon + 2).trim();
        switch (name) {
            case "BGP.next_hop":
                return r.withNextHop(Addresses.parse(value.split("\\s+")[0]));
            case "BGP.as_path": {
                List<Long> path = new ArrayList<>();
                for (String t : value.split("\\s+")) {
                    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
                        path.add(Long.parseLong(t));
                    }
                }
                return r.withAsPath(path);
            }
            case "BGP.med":
                return r.withMed(Long.parseLong(value));
            case "BGP.local_pref":
                return r.withLocalPref(Long.parseLong(value));
            case "BGP.community": {
                List<String> list = new ArrayList<>();
                for (String t : value.split("\\)\\s*")) {
                    String v = t.replace("(", "").trim();
                    if (!v.isEmpty()) {
                        list.add(v.replace(',', ':').replace(" ", ""));
                    }
                }
                return r.withCommunities(list);
            }
            default:
                return r;
        }
    }
}
