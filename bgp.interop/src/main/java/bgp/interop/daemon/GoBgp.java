package bgp.interop.daemon;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GoBGP: {@code gobgpd -f gobgpd.toml -p --api-hosts unix://gobgp.ctl --pprof-disable}, driven with
 * {@code gobgp --target unix://gobgp.ctl}.
 *
 * <ul>
 * <li>Config (TOML): global AS, router-id, listen port and {@code local-address-list}; per neighbor the transport
 * (local address, remote port, passive mode), eBGP multihop, connect-retry 1 s and idle-hold-after-reset 1 s (the
 * default 30 s would stall recovery after a peer restart), the families with {@code add-paths} (receive,
 * send-max 8).
 * <li>Routes go into the global RIB after the start: a few with {@code gobgp global rib add} (one process each,
 * about 10 ms), many as an MRT TABLE_DUMP_V2 file with {@code gobgp mrt inject global}. That command loses the
 * tail of its input (up to about a thousand records, all of a small file): the file is padded with repeats of its
 * own records, and the global RIB is checked afterwards; what is still missing is injected again, and finally
 * added one by one. The MRT peer is 0.0.0.0 with AS 0, which makes the paths GoBGP's own: with a real peer
 * they keep it as their source and {@code global rib del} silently leaves them. Path ids ({@code identifier}) go
 * by {@code global rib add}. Withdrawals:
 * {@code gobgp global rib del -a FAMILY PREFIX [identifier N]}, one process each.
 * <li>Reading: {@code gobgp -j neighbor ADDR} (session_state 6 = Established; per-family received counts) and
 * {@code gobgp -j neighbor ADDR adj-in -a ipv4|ipv6} (received path ids are not shown: 0).
 * </ul>
 * GoBGP treats a 127.x next hop as invalid: announce with next hops from 192.0.2.0/24 or 2001:db8::/32.
 */
final class GoBgp extends AbstractDaemon {
    /** Up to this many routes are added one process each rather than by MRT. */
    static final int ONE_BY_ONE = 30;
    /** Records repeated after the real ones in an MRT file, to absorb the tail that the injection loses. */
    static final int MRT_PADDING = 4000;
    private static final int INJECT_ROUNDS = 3;

    GoBgp(DaemonConfig config) {
        super(DaemonKind.GOBGP, config);
    }

    private String target() {
        return "unix://" + socket("gobgp.ctl");
    }

    @Override
    protected List<String> command() {
        return List.of("gobgpd", "-f", dir().resolve("gobgpd.toml").toString(), "-t", "toml", "-p", "--api-hosts",
                target(), "--pprof-disable", "-l", "info");
    }

    @Override
    protected void writeConfig() throws IOException {
        DaemonConfig c = config();
        StringBuilder s = new StringBuilder("# written by bgp.interop.daemon.GoBgp\n");
        s.append("[global.config]\n");
        s.append("  as = ").append(c.as()).append("\n");
        s.append("  router-id = \"").append(text(c.routerId())).append("\"\n");
        s.append("  port = ").append(c.port()).append("\n");
        s.append("  local-address-list = [\"").append(text(c.address())).append("\"]\n");
        for (Neighbor n : c.neighbors()) {
            s.append("\n[[neighbors]]\n");
            s.append("  [neighbors.config]\n");
            s.append("    neighbor-address = \"").append(text(n.address())).append("\"\n");
            s.append("    peer-as = ").append(n.as()).append("\n");
            s.append("  [neighbors.transport.config]\n");
            s.append("    local-address = \"").append(text(c.address())).append("\"\n");
            s.append("    remote-port = ").append(n.port()).append("\n");
            s.append("    passive-mode = ").append(n.passive()).append("\n");
            s.append("  [neighbors.timers.config]\n");
            s.append("    connect-retry = 1\n");
            s.append("    idle-hold-time-after-reset = 1\n");
            if (!c.ibgp(n)) {
                s.append("  [neighbors.ebgp-multihop.config]\n");
                s.append("    enabled = true\n");
                s.append("    multihop-ttl = 64\n");
            }
            for (Family f : n.familiesInOrder()) {
                s.append("  [[neighbors.afi-safis]]\n");
                s.append("    [neighbors.afi-safis.config]\n");
                s.append("      afi-safi-name = \"").append(f.afiName()).append("-unicast\"\n");
                if (n.addPath() != AddPath.NONE) {
                    s.append("    [neighbors.afi-safis.add-paths.config]\n");
                    s.append("      receive = ").append(n.addPath().receive()).append("\n");
                    s.append("      send-max = ").append(n.addPath().send() ? 8 : 0).append("\n");
                }
            }
        }
        write("gobgpd.toml", s.toString());
    }

    private Cli.Result gobgp(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("gobgp", "--target", target()));
        cmd.addAll(args);
        return cli(cmd).check();
    }

    private Cli.Result gobgp(String... args) throws IOException {
        return gobgp(List.of(args));
    }

    @Override
    protected boolean controlAnswers() throws IOException {
        return gobgp("global").ok();
    }

    @Override
    protected void afterStart() throws IOException {
        add(announced());
    }

    @Override
    protected void push(List<Route> added, List<Route> removed) throws IOException {
        for (Route r : removed) {
            List<String> args = new ArrayList<>(List.of("global", "rib", "del", "-a", r.family().afiName(),
                    r.prefix().toString()));
            if (r.pathId() != 0) {
                args.addAll(List.of("identifier", Long.toString(r.pathId())));
            }
            gobgp(args);
        }
        add(added);
    }

    private void add(Collection<Route> routes) throws IOException {
        List<Route> bulk = new ArrayList<>();
        for (Route r : routes) {
            if (r.pathId() != 0) {
                addOne(r);
            } else {
                bulk.add(r);
            }
        }
        for (int round = 0; round < INJECT_ROUNDS && bulk.size() > ONE_BY_ONE; round++) {
            inject(bulk);
            bulk = missing(bulk);
        }
        for (Route r : bulk) {
            addOne(r);
        }
        if (!missing(routes.stream().filter(r -> r.pathId() == 0).toList()).isEmpty()) {
            throw new IOException("GoBGP's global RIB lacks routes after adding them");
        }
    }

    private void addOne(Route r) throws IOException {
        List<String> args = new ArrayList<>(List.of("global", "rib", "add", "-a", r.family().afiName(),
                r.prefix().toString(), "nexthop", text(nextHop(r)), "origin", "igp"));
        if (!r.asPath().isEmpty()) {
            args.add("aspath");
            args.add(r.asPath().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (r.med() != null) {
            args.addAll(List.of("med", r.med().toString()));
        }
        if (r.localPref() != null) {
            args.addAll(List.of("local-pref", r.localPref().toString()));
        }
        if (!r.communities().isEmpty()) {
            args.addAll(List.of("community", String.join(",", r.communities())));
        }
        if (r.pathId() != 0) {
            args.addAll(List.of("identifier", Long.toString(r.pathId())));
        }
        gobgp(args);
    }

    private InetAddress nextHop(Route r) {
        if (r.nextHop() == null) {
            throw new IllegalArgumentException("GoBGP needs a next hop (from 192.0.2.0/24 or 2001:db8::/32): " + r);
        }
        return r.nextHop();
    }

    /** Writes the routes as MRT (padded with repeats of its own records) and injects it. */
    private void inject(List<Route> routes) throws IOException {
        Path file = dir().resolve("inject.mrt");
        for (Route r : routes) {
            nextHop(r);
        }
        // peer 0.0.0.0, AS 0: GoBGP then takes the paths as its own, and "global rib del" can remove them (with a
        // real peer they keep it as their source, and del silently finds nothing)
        Inet4Address none = Addresses.parse4("0.0.0.0");
        Mrt.write(file, routes, none, 0, none, Mrt.MpReach.FULL);
        byte[] once = java.nio.file.Files.readAllBytes(file);
        int repeats = 1 + (MRT_PADDING + routes.size() - 1) / Math.max(1, routes.size());
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            for (int i = 0; i <= repeats; i++) {
                out.write(once);
            }
        }
        gobgp("mrt", "inject", "global", file.toString());
    }

    /** The routes that the global RIB does not hold with exactly these attributes. */
    private List<Route> missing(Collection<Route> routes) throws IOException {
        List<Route> missing = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Route> wanted = routes.stream().filter(r -> r.family() == f).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            Set<Route> present = new HashSet<>(parseRib(gobgp("-j", "global", "rib", "-a", f.afiName()).out()));
            for (Route r : wanted) {
                if (!present.contains(r.withPathId(0))) {
                    missing.add(r);
                }
            }
        }
        return missing;
    }

    private JsonObject neighborJson(InetAddress neighbor) throws IOException {
        JsonElement e = Json.parse(gobgp("-j", "neighbor", text(neighbor(neighbor).address())).out());
        if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
            e = e.getAsJsonArray().get(0);
        }
        if (!e.isJsonObject()) {
            throw new IOException("unexpected gobgp neighbor output: " + Cli.trim(e.toString()));
        }
        return e.getAsJsonObject();
    }

    @Override
    public boolean established(InetAddress neighbor) throws IOException {
        String state = Json.string(Json.object(neighborJson(neighbor), "state"), "session_state");
        return "6".equals(state) || "ESTABLISHED".equalsIgnoreCase(state) || "established".equals(state);
    }

    @Override
    public long receivedCount(InetAddress neighbor, Family family) throws IOException {
        for (JsonElement a : Json.array(neighborJson(neighbor), "afi_safis")) {
            JsonObject state = Json.object(a, "state");
            Long afi = Json.number(Json.object(state, "family"), "afi");
            if (afi != null && afi == family.afi()) {
                Long received = Json.number(state, "received");
                return received == null ? 0 : received;
            }
        }
        return 0;
    }

    @Override
    public List<Route> received(InetAddress neighbor, Family family) throws IOException {
        return parseRib(gobgp("-j", "neighbor", text(neighbor(neighbor).address()), "adj-in", "-a",
                family.afiName()).out());
    }

    /** Parses {@code gobgp -j ... rib}: an object from prefix to a list of paths with typed attributes. */
    static List<Route> parseRib(String out) throws IOException {
        List<Route> routes = new ArrayList<>();
        if (out.isBlank()) {
            return routes;
        }
        JsonElement root = Json.parse(out);
        if (!root.isJsonObject()) {
            return routes;
        }
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            Prefix prefix = Prefix.parse(e.getKey());
            for (JsonElement path : e.getValue().getAsJsonArray()) {
                routes.add(parsePath(prefix, path.getAsJsonObject()));
            }
        }
        routes.sort(Comparator.comparing(Route::key));
        return routes;
    }

    private static Route parsePath(Prefix prefix, JsonObject path) {
        Route r = new Route(prefix, 0, null, List.of(), null, null, List.of());
        for (JsonElement a : Json.array(path, "attrs")) {
            Long type = Json.number(a, "type");
            if (type == null) {
                continue;
            }
            switch (type.intValue()) {
                case 2 -> {
                    List<Long> asns = new ArrayList<>();
                    for (JsonElement segment : Json.array(a, "as_paths")) {
                        if (Long.valueOf(2).equals(Json.number(segment, "segment_type"))) {
                            for (JsonElement asn : Json.array(segment, "asns")) {
                                asns.add(asn.getAsLong());
                            }
                        }
                    }
                    r = r.withAsPath(asns);
                }
                case 3, 14 -> {
                    String hop = Json.string(a, "nexthop");
                    if (hop != null) {
                        r = r.withNextHop(Addresses.parse(hop));
                    }
                }
                case 4 -> r = r.withMed(Json.number(a, "metric"));
                case 5 -> r = r.withLocalPref(Json.number(a, "value"));
                case 8 -> {
                    List<String> list = new ArrayList<>();
                    for (JsonElement c : Json.array(a, "communities")) {
                        list.add(Route.community(c.getAsLong()));
                    }
                    r = r.withCommunities(list);
                }
                default -> {
                }
            }
        }
        return r;
    }
}
