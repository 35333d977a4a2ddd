package bgp.interop.daemon;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * OpenBGPD (portable 7.x): {@code bgpd -d -f bgpd.conf}, driven with {@code bgpctl -s bgpd.ctl}.
 *
 * <ul>
 * <li>Once per machine (done here when needed, and by .ci/run): the {@code _openbgpd} user
 * ({@code systemd-sysusers /usr/lib/sysusers.d/openbgpd.conf}, else {@code useradd}) and {@code /run/openbgpd}
 * (its chroot); the package leaves both to systemd.
 * <li>Config: {@code AS}, {@code router-id}, {@code socket "bgpd.ctl"}, {@code listen on ADDR port P},
 * {@code fib-update no}, {@code connect-retry 1}, one {@code neighbor} block each (remote-as, local-address,
 * multihop on eBGP, port, passive, {@code announce IPv4/IPv6 unicast|none}, {@code announce add-path}), and
 * {@code allow from any} / {@code allow to any} (the default filter drops everything).
 * <li>Routes: written as an MRT TABLE_DUMP_V2 file and loaded with {@code bgpctl network mrt file F} (about 0.1 s
 * for 10,000); withdrawn with {@code bgpctl network bulk delete} (prefixes on stdin). The MRT import keeps AS path,
 * MED, LOCAL_PREF and communities but not the next hop: OpenBGPD sends its own address (on eBGP it always does;
 * for IPv6 routes over an IPv4 session that is {@code ::1}). One path per prefix: no path ids.
 * <li>Reading: {@code bgpctl -j show neighbor ADDR} and {@code bgpctl -j show rib in neighbor ADDR detail ipv4}
 * (the Adj-RIB-In). bgpctl shows a missing MED as 0, so a received MED of 0 reads as absent (null); it shows
 * LOCAL_PREF 100 on eBGP routes.
 * </ul>
 */
final class OpenBgpd extends AbstractDaemon {
    private static volatile boolean prepared;

    OpenBgpd(DaemonConfig config) {
        super(DaemonKind.OPENBGPD, config);
    }

    private String ctl() {
        return socket("bgpd.ctl").toString();
    }

    @Override
    protected List<String> command() {
        return List.of("bgpd", "-d", "-f", dir().resolve("bgpd.conf").toString());
    }

    /** The _openbgpd user and /run/openbgpd, which the Debian package leaves to systemd. */
    static synchronized void prepareHost(Path scratch) throws IOException {
        if (prepared) {
            return;
        }
        boolean user = Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("_openbgpd:"));
        if (!user) {
            Path sysusers = Path.of("/usr/lib/sysusers.d/openbgpd.conf");
            List<String> create = Host.which("systemd-sysusers").isPresent() && Files.exists(sysusers)
                    ? List.of("systemd-sysusers", sysusers.toString())
                    : List.of("useradd", "--system", "--home-dir", "/run/openbgpd", "--shell", "/usr/sbin/nologin",
                            "_openbgpd");
            Cli.run(scratch, Duration.ofSeconds(30), Map.of(), create).check();
        }
        Files.createDirectories(Path.of("/run/openbgpd"));
        prepared = true;
    }

    @Override
    protected void writeConfig() throws IOException {
        prepareHost(dir());
        Files.deleteIfExists(Path.of(ctl()));
        DaemonConfig c = config();
        StringBuilder s = new StringBuilder("# written by bgp.interop.daemon.OpenBgpd\n");
        s.append("AS ").append(c.as()).append("\n");
        s.append("router-id ").append(text(c.routerId())).append("\n");
        s.append("socket \"").append(ctl()).append("\"\n");
        s.append("listen on ").append(text(c.address())).append(" port ").append(c.port()).append("\n");
        s.append("fib-update no\n");
        s.append("connect-retry 1\n");
        for (Neighbor n : c.neighbors()) {
            s.append("neighbor ").append(text(n.address())).append(" {\n");
            s.append("  remote-as ").append(n.as()).append("\n");
            s.append("  local-address ").append(text(c.address())).append("\n");
            if (!c.ibgp(n)) {
                s.append("  multihop 64\n");
            }
            if (n.port() != 179) {
                s.append("  port ").append(n.port()).append("\n");
            }
            if (n.passive()) {
                s.append("  passive\n");
            }
            s.append("  announce IPv4 ").append(n.has(Family.IPV4_UNICAST) ? "unicast" : "none").append("\n");
            s.append("  announce IPv6 ").append(n.has(Family.IPV6_UNICAST) ? "unicast" : "none").append("\n");
            if (n.addPath().receive()) {
                s.append("  announce add-path recv yes\n");
            }
            if (n.addPath().send()) {
                s.append("  announce add-path send all\n");
            }
            s.append("}\n");
        }
        s.append("allow from any\nallow to any\n");
        write("bgpd.conf", s.toString());
    }

    @Override
    protected void afterStop() {
        try {
            Files.deleteIfExists(Path.of(ctl()));
        } catch (IOException e) {
            // the next start deletes it
        }
    }

    private Cli.Result bgpctl(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bgpctl", "-s", ctl()));
        cmd.addAll(List.of(args));
        return cli(cmd).check();
    }

    @Override
    protected boolean controlAnswers() throws IOException {
        return bgpctl("show").ok();
    }

    @Override
    protected void afterStart() throws IOException {
        load(announced());
    }

    @Override
    protected void push(List<Route> added, List<Route> removed) throws IOException {
        if (!removed.isEmpty()) {
            Path prefixes = dir().resolve("withdraw.txt");
            StringBuilder s = new StringBuilder();
            removed.forEach(r -> s.append(r.prefix()).append('\n'));
            Files.writeString(prefixes, s);
            Cli.run(dir(), Cli.DEFAULT_TIMEOUT, Map.of(), List.of("bgpctl", "-s", ctl(), "network", "bulk", "delete"),
                    prefixes).check();
        }
        load(added);
    }

    private void load(List<Route> routes) throws IOException {
        if (routes.isEmpty()) {
            return;
        }
        for (Route r : routes) {
            if (r.pathId() != 0) {
                throw new IllegalArgumentException("OpenBGPD announces one path per prefix (no path id): " + r);
            }
        }
        Path file = dir().resolve("network.mrt");
        Mrt.write(file, routes, address(), config().as(), config().routerId(), Mrt.MpReach.ABBREVIATED);
        bgpctl("network", "mrt", "file", file.toString());
    }

    @Override
    public boolean established(InetAddress neighbor) throws IOException {
        JsonElement root = Json.parse(bgpctl("-j", "show", "neighbor", text(neighbor(neighbor).address())).out());
        for (JsonElement n : Json.array(root, "neighbors")) {
            if ("Established".equals(Json.string(n, "state"))) {
                return true;
            }
        }
        return false;
    }

    private static String family(Family family) {
        return family == Family.IPV4_UNICAST ? "ipv4" : "ipv6";
    }

    @Override
    public long receivedCount(InetAddress neighbor, Family family) throws IOException {
        JsonElement root = Json.parse(bgpctl("-j", "show", "rib", "in", "neighbor",
                text(neighbor(neighbor).address()), family(family)).out());
        return Json.array(root, "rib").size();
    }

    @Override
    public List<Route> received(InetAddress neighbor, Family family) throws IOException {
        JsonElement root = Json.parse(bgpctl("-j", "show", "rib", "in", "neighbor",
                text(neighbor(neighbor).address()), "detail", family(family)).out());
        List<Route> routes = new ArrayList<>();
        for (JsonElement e : Json.array(root, "rib")) {
            Route r = new Route(Prefix.parse(Json.string(e, "prefix")), 0, null, List.of(), null, null, List.of());
            String hop = Json.string(e, "exit_nexthop");
            if (hop != null) {
                r = r.withNextHop(Addresses.parse(hop));
            }
            List<Long> path = new ArrayList<>();
            String aspath = Json.string(e, "aspath");
            if (aspath != null) {
                for (String t : aspath.trim().split("\\s+")) {
                    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
                        path.add(Long.parseLong(t));
                    }
                }
            }
            r = r.withAsPath(path);
            Long med = Json.number(e, "metric");
            r = r.withMed(med == null || med == 0 ? null : med);
            r = r.withLocalPref(Json.number(e, "localpref"));
            List<String> communities = new ArrayList<>();
            for (JsonElement c : Json.array(e, "communities")) {
                String t = c.getAsString();
                if (t.matches("\\d+:\\d+")) {
                    communities.add(t);
                }
            }
            r = r.withCommunities(communities);
            routes.add(r);
        }
        routes.sort(Comparator.comparing(Route::key));
        return routes;
    }
}
