package bgp.bench.e2e;

import bgp.bench.e2e.Probes.Status;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.BgpDaemon;
import bgp.interop.daemon.DaemonConfig;
import bgp.interop.daemon.DaemonKind;
import bgp.interop.daemon.Family;
import bgp.interop.daemon.Neighbor;
import bgp.interop.daemon.Route;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end benchmark (issue 8): our speaker (the runnable jar, a child process) beside BIRD, OpenBGPD, FRR,
 * GoBGP and ExaBGP, all on 127.77.x.y, in one run. Run by {@code bgp.bench/run-e2e.sh [--quick]} (see README,
 * "Benchmarks"). Prints one table, writes the figures as JSON.
 */
public final class E2eBench {
    static final long RECEIVER_AS = 65001;

    private final Workload w;
    private final int runs;
    private final boolean quick;
    private final Path work;
    private final long cap;
    private final List<String> only;
    /** The churn rates to offer, withdraw/re-announce pairs a second ({@code --churn-rate}, default 100,000). */
    private List<Integer> churnRates = List.of(100_000);
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One line of the table: measurement, speaker, figures (medians). */
    record Row(String test, String speaker, String figure, double seconds, double rate, String unit, String extra,
            List<Double> samples, boolean capped) {
    }

    E2eBench(Workload w, int runs, boolean quick, Path work, long capSeconds, List<String> only) {
        this.w = w;
        this.runs = runs;
        this.quick = quick;
        this.work = work;
        this.cap = capSeconds;
        this.only = only;
    }

    /** The time limit of a measurement of a fast speaker (a failure, not a figure, when reached). */
    long limit() {
        return quick ? 120 : 400;
    }

    /** Whether this speaker is measured ({@code --speakers}, default all). */
    static boolean wanted(String kind) {
        String only = System.getProperty("bench.speakers", "");
        return only.isEmpty() || List.of(only.split(",")).contains(kind);
    }

    static Path jar() {
        return Path.of(System.getProperty("bgp.jar", "cnf/target/bgp.jar")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        int runs = 3;
        Path json = Path.of("bgp.bench/target/e2e.json");
        long capSeconds = -1;
        List<String> only = List.of("receive", "send", "api", "fanout", "churn");
        List<String> speakers = null;
        List<Integer> churnRates = List.of(100_000);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--json" -> json = Path.of(args[++i]);
                case "--cap" -> capSeconds = Long.parseLong(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--speakers" -> System.setProperty("bench.speakers", args[++i]);
                case "--churn-rate" -> churnRates = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--quick, --runs N, --json FILE, --cap SECONDS, --only receive,send,api,fanout,churn, "
                        + "--speakers ours,bird,openbgpd,frr,gobgp,exabgp, --churn-rate PAIRS[,PAIRS...])");
            }
        }
        if (capSeconds < 0) {
            capSeconds = quick ? 20 : 60;
        }
        if (!Files.exists(jar())) {
            throw new IllegalStateException(jar() + " missing: build first (mvn -DskipTests package)");
        }
        Path work = Path.of(System.getProperty("bgp.interop.dir", "bgp.bench/target/e2e")).toAbsolutePath();
        System.setProperty("bgp.interop.dir", work.toString());
        long t0 = System.nanoTime();
        Workload w = new Workload(quick ? 12 : 1);
        System.out.printf(Locale.ROOT, "table: %,d IPv4 + %,d IPv6 prefixes, %,d attribute sets (built in %.1f s)%n",
                w.ipv4(), w.ipv6(), w.sets, (System.nanoTime() - t0) / 1e9);
        E2eBench b = new E2eBench(w, runs, quick, work, capSeconds, only);
        for (int r : churnRates) {
            if (r < 500) {
                throw new IllegalArgumentException("--churn-rate " + r + ": at least 500 pairs a second (one batch)");
            }
        }
        b.churnRates = churnRates;
        try {
            b.runAll();
        } finally {
            b.print();
            b.writeJson(json);
        }
    }

    void runAll() throws Exception {
        if (only.contains("receive")) {
            guard("receive", this::receive);
        }
        if (only.contains("send")) {
            guard("send", this::send);
        }
        if (only.contains("api")) {
            guard("api", this::api);
        }
        if (only.contains("churn")) {
            guard("churn", this::churn);
        }
        if (only.contains("fanout")) { // last: the longest
            guard("fanout", this::fanout);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void guard(String what, Step s) {
        try {
            s.run();
        } catch (Exception | AssertionError e) {
            notes.add(what + " failed: " + e);
            e.printStackTrace();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "  " + format + "%n", args);
    }

    static InetAddress ip(String text) {
        return Addresses.parse(text);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    // ---- watching a session until the routes are held ---------------------------------------------------

    interface Probe {
        Status status() throws IOException;
    }

    /** What a watch saw: when the session came up, when all routes were there (or the cap hit), how many. */
    record Watch(double established, double done, long routes, boolean capped, long rssAtUp, long rssAtEnd) {
        double seconds() {
            return done - established;
        }
    }

    /** Polls until Established, then until {@code expected} routes are held or {@code capSeconds} pass. */
    Watch watch(Probe p, long expected, long capSeconds, long pid, long pollMillis) throws IOException {
        long start = System.nanoTime();
        long upAt = -1;
        long rssUp = 0;
        long routes = 0;
        long changedAt = start;
        while (true) {
            Status s = p.status();
            long now = System.nanoTime();
            if (s.routes() != routes) {
                changedAt = now;
            }
            if (upAt < 0 && s.established()) {
                upAt = now;
                rssUp = pid > 0 ? Probes.rss(pid) : 0;
            }
            if (upAt < 0 && now - start > TimeUnit.SECONDS.toNanos(120)) {
                throw new IOException("no session within 120 s");
            }
            routes = s.routes();
            if (upAt >= 0 && routes >= expected) {
                return new Watch((upAt - start) / 1e9, (now - start) / 1e9, routes, false, rssUp,
                        pid > 0 ? Probes.rss(pid) : 0);
            }
            // a receiver that refuses a few routes (BIRD: one of OpenBGPD's IPv6 UPDATEs, "Missing next hop
            // address") is done when it holds 99.9% and nothing changed for 3 s: at its last change
            if (upAt >= 0 && routes >= expected - expected / 1000 && now - changedAt > TimeUnit.SECONDS.toNanos(3)) {
                return new Watch((upAt - start) / 1e9, (changedAt - start) / 1e9, routes, false, rssUp,
                        pid > 0 ? Probes.rss(pid) : 0);
            }
            if (upAt >= 0 && now - upAt > TimeUnit.SECONDS.toNanos(capSeconds)) {
                return new Watch((upAt - start) / 1e9, (now - start) / 1e9, routes, true, rssUp,
                        pid > 0 ? Probes.rss(pid) : 0);
            }
            sleep(pollMillis);
        }
    }

    private void addRow(String test, String speaker, List<Watch> ws, long expected, String extraKind) {
        List<Double> secs = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> perRoute = new ArrayList<>();
        boolean capped = false;
        for (Watch x : ws) {
            capped |= x.capped();
            secs.add(x.seconds());
            rates.add(x.routes() / Math.max(1e-3, x.seconds()));
            if (x.routes() > 0) {
                perRoute.add((double) (x.rssAtEnd() - x.rssAtUp()) / x.routes());
            }
        }
        double rate = median(rates);
        double seconds = capped ? expected / rate : median(secs);
        String extra = "";
        if ("rss".equals(extraKind) && !perRoute.isEmpty()) {
            extra = String.format(Locale.ROOT, "%.0f B/route", median(perRoute));
        }
        long fewest = ws.stream().mapToLong(Watch::routes).min().orElse(0);
        if (!capped && fewest < expected) {
            extra += (extra.isEmpty() ? "" : "; ") + String.format(Locale.ROOT, "held %,d of %,d", fewest, expected);
        }
        Row r = new Row(test, speaker, capped ? "rate over " + cap + " s cap, time extrapolated" : "", seconds, rate,
                "routes/s", extra, secs, capped);
        rows.add(r);
        log("%s %s: %.2f s, %,.0f routes/s %s%s (runs: %s)", test, speaker, seconds, rate, extra,
                capped ? " [capped]" : "", secs);
    }

    // ---- 1. receive --------------------------------------------------------------------------------------

    void receive() throws Exception {
        System.out.println("1. receive: OpenBGPD announces the table to each receiver in turn");
        String sender = "127.77.1.1";
        String[] kinds = {"ours", "bird", "openbgpd", "frr", "gobgp", "exabgp"};
        List<Neighbor> neighbors = new ArrayList<>();
        // a fresh address per run: after a session ends OpenBGPD holds that neighbor Idle for a while
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < kinds.length; i++) {
                neighbors.add(Neighbor.of(ip(receiverAddress(run, i)), RECEIVER_AS));
            }
        }
        List<Route> routes = w.routes(Integer.MAX_VALUE);
        DaemonConfig sc = new DaemonConfig(ip(sender), 179, Workload.SENDER_AS, Addresses.parse4(sender), neighbors,
                routes);
        long expected = w.prefixes();
        try (BgpDaemon s = DaemonKind.OPENBGPD.create(sc)) {
            long t = System.nanoTime();
            s.start();
            log("OpenBGPD sender loaded %,d routes in %.1f s", routes.size(), (System.nanoTime() - t) / 1e9);
            for (int i = 0; i < kinds.length; i++) {
                String kind = kinds[i];
                if (!wanted(kind)) {
                    continue;
                }
                List<Watch> ws = new ArrayList<>();
                boolean slow = kind.equals("gobgp") || kind.equals("exabgp");
                for (int run = 0; run < runs; run++) {
                    try {
                        ws.add(receiveOnce(kind, receiverAddress(run, i), sender, kind.equals("gobgp") ? w.ipv6()
                                : expected, slow ? cap : limit()));
                    } catch (Exception e) {
                        notes.add("receive " + kind + ": " + e.getMessage());
                        log("receive %s failed: %s", kind, e);
                        break;
                    }
                    if (slow) {
                        break; // one capped run
                    }
                }
                if (!ws.isEmpty()) {
                    // GoBGP refuses IPv4 routes with a 127.x next hop, which OpenBGPD always sends on eBGP
                    addRow("receive", kind.equals("gobgp") ? "gobgp (IPv6 only)" : kind, ws,
                            kind.equals("gobgp") ? w.ipv6() : expected, "rss");
                }
            }
        }
    }

    private static String receiverAddress(int run, int kind) {
        return "127.77.1." + (10 + kind + 20 * run);
    }

    private Watch receiveOnce(String kind, String me, String peer, long expected, long capSeconds) throws Exception {
        DaemonConfig rc = new DaemonConfig(ip(me), 179, RECEIVER_AS, Addresses.parse4(me),
                List.of(Neighbor.of(ip(peer), Workload.SENDER_AS)), List.of());
        switch (kind) {
            case "ours": {
                Path dir = work.resolve("ours-" + me);
                Files.createDirectories(dir);
                Path conf = dir.resolve("bgp.conf");
                Files.writeString(conf, oursNeighbor(me, peer, Workload.SENDER_AS, null, false));
                try (Ours o = new Ours(dir, conf, me)) {
                    o.start();
                    return watch(oursProbe(o, peer), expected, capSeconds, o.pid(), 50);
                }
            }
            case "frr": {
                try (Frr f = new Frr(work.resolve("frr-" + me), me, peer, Workload.SENDER_AS)) {
                    return watch(() -> Probes.frr(f.vty(), peer), expected, capSeconds, f.pid(), 100);
                }
            }
            default: {
                DaemonKind k = DaemonKind.valueOf(kind.toUpperCase(Locale.ROOT));
                try (BgpDaemon d = k.create(rc)) {
                    d.start();
                    long pid = d.pid().orElse(-1);
                    return watch(probe(d, peer), expected, capSeconds, pid, k == DaemonKind.EXABGP ? 500 : 50);
                }
            }
        }
    }

    /** A probe of a harness daemon's session with {@code peer}. */
    Probe probe(BgpDaemon d, String peer) {
        InetAddress p = ip(peer);
        return switch (d.kind()) {
            case BIRD -> () -> Probes.bird(ctl(d, "bird.ctl")).getOrDefault(Probes.birdProtocol(peer), Status.DOWN);
            case OPENBGPD -> () -> Probes.openbgpd(ctl(d, "bgpd.ctl"), peer);
            case GOBGP -> () -> Probes.gobgp(ctl(d, "gobgp.ctl"), peer);
            case EXABGP -> () -> {
                boolean up = d.established(p);
                return new Status(up, d.receivedCount(p, Family.IPV4_UNICAST) + d.receivedCount(p, Family.IPV6_UNICAST));
            };
        };
    }

    static Path ctl(BgpDaemon d, String name) {
        Path p = d.dir().resolve(name);
        if (p.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            return p;
        }
        return Path.of("/tmp", "bgp-interop-" + d.kind().name().toLowerCase() + "-" + Addresses.text(d.address())
                + "-" + name);
    }

    Probe oursProbe(Ours o, String peer) {
        return () -> {
            long[] s = o.peers(5000).get(peer);
            return s == null ? Status.DOWN : new Status(s[0] == 1, s[1]);
        };
    }

    /** Our config: one neighbor; with {@code table} its routes (the table template); an API process if named. */
    static String oursNeighbor(String me, String peer, long peerAs, String inherit, boolean api) {
        StringBuilder s = new StringBuilder();
        s.append("neighbor ").append(peer).append(" {\n");
        if (inherit != null) {
            s.append("  inherit ").append(inherit).append(";\n");
        }
        s.append("  router-id ").append(me).append(";\n  local-address ").append(me).append(";\n");
        s.append("  local-as ").append(Workload.SENDER_AS == peerAs ? RECEIVER_AS : Workload.SENDER_AS)
                .append(";\n  peer-as ").append(peerAs).append(";\n");
        s.append("  family {\n    ipv4 unicast;\n    ipv6 unicast;\n  }\n");
        if (api) {
            s.append("  api {\n    processes [ api ];\n  }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    // ---- 2. send -----------------------------------------------------------------------------------------

    void send() throws Exception {
        System.out.println("2. send: each speaker announces the table from its configuration to a BIRD receiver");
        String receiver = "127.77.2.100";
        String[] kinds = {"ours", "openbgpd", "bird", "gobgp", "exabgp"};
        for (int i = 0; i < kinds.length; i++) {
            String kind = kinds[i];
            if (!wanted(kind)) {
                continue;
            }
            String me = "127.77.2." + (10 + i);
            boolean slow = kind.equals("exabgp") || kind.equals("gobgp");
            // ExaBGP parses a config of a million routes for many minutes, GoBGP loads one (MRT inject, checked) as slowly
            int limit = slow ? Math.min(w.prefixes(), 100_000) : w.prefixes();
            List<Watch> ws = new ArrayList<>();
            for (int run = 0; run < (slow ? 1 : runs); run++) {
                try {
                    ws.add(sendOnce(kind, me, List.of(receiver), limit, slow ? cap : limit()).get(0));
                } catch (Exception e) {
                    notes.add("send " + kind + ": " + e.getMessage());
                    log("send %s failed: %s", kind, e);
                    e.printStackTrace();
                    break;
                }
            }
            if (!ws.isEmpty()) {
                addRow("send", kind + (limit < w.prefixes() ? " (" + limit + " routes)" : ""), ws, limit, null);
            }
        }
    }

    /**
     * Starts sender {@code kind} at {@code me} with the table (first {@code limit} routes) towards BIRD at each
     * receiver address, waits until it is loaded, then starts the BIRD receiver(s) and watches them.
     */
    private List<Watch> sendOnce(String kind, String me, List<String> receivers, int limit, long capSeconds)
            throws Exception {
        List<Neighbor> ns = new ArrayList<>();
        for (String r : receivers) {
            ns.add(Neighbor.of(ip(r), RECEIVER_AS));
        }
        AutoCloseable sender;
        switch (kind) {
            case "ours": {
                Path dir = work.resolve("ours-" + me);
                Files.createDirectories(dir);
                Path conf = dir.resolve("bgp.conf");
                StringBuilder before = new StringBuilder();
                for (String r : receivers) {
                    before.append(oursNeighbor(me, r, RECEIVER_AS, "table", false));
                }
                w.writeTemplate(conf, limit, before.toString());
                Ours o = new Ours(dir, conf, me);
                o.start();
                sender = o;
                long t = System.nanoTime();
                while (o.peers(10_000).size() < receivers.size()) {
                    if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(600)) {
                        o.close();
                        throw new IOException("our speaker did not configure its peers within 600 s");
                    }
                    sleep(200);
                }
                log("ours configured in %.1f s", (System.nanoTime() - t) / 1e9);
                break;
            }
            case "exabgp": {
                Path dir = work.resolve("exabgp-" + me);
                Files.createDirectories(dir);
                Path conf = dir.resolve("exabgp.conf");
                StringBuilder before = new StringBuilder();
                for (String r : receivers) {
                    before.append(oursNeighbor(me, r, RECEIVER_AS, "table", false));
                }
                w.writeTemplate(conf, limit, before.toString());
                sender = new Proc(dir, List.of("exabgp", conf.toString()), exabgpEnv(me));
                break;
            }
            default: {
                DaemonKind k = DaemonKind.valueOf(kind.toUpperCase(Locale.ROOT));
                DaemonConfig c = new DaemonConfig(ip(me), 179, Workload.SENDER_AS, Addresses.parse4(me), ns,
                        w.routes(limit));
                BgpDaemon d = k.create(c);
                long t = System.nanoTime();
                d.start();
                log("%s sender started and loaded in %.1f s", kind, (System.nanoTime() - t) / 1e9);
                sender = d;
            }
        }
        try {
            return watchBird(me, receivers, limit, capSeconds);
        } finally {
            sender.close();
        }
    }

    static Map<String, String> exabgpEnv(String me) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("exabgp.daemon.user", "root");
        env.put("exabgp.daemon.drop", "false");
        env.put("exabgp.daemon.daemonize", "false");
        env.put("exabgp.tcp.bind", me);
        env.put("exabgp.tcp.port", "179");
        env.put("exabgp.api.cli", "false");
        env.put("exabgp.log.level", "WARNING");
        env.put("exabgp.log.destination", "stdout");
        return env;
    }

    /**
     * One BIRD per receiver address, each with one session towards {@code sender}; watches all until each holds n.
     * (One BIRD cannot hold 20 sessions to one sender address: it locks each neighbor address and port, so the other
     * 19 protocols stay Idle.)
     */
    private List<Watch> watchBird(String sender, List<String> receivers, long n, long capSeconds) throws Exception {
        List<Proc> birds = new ArrayList<>();
        List<Path> ctls = new ArrayList<>();
        try {
            for (String r : receivers) {
                Path dir = work.resolve("bird-rx-" + r);
                Files.createDirectories(dir);
                Path ctl = dir.resolve("bird.ctl");
                Files.writeString(dir.resolve("bird.conf"), "router id " + r + ";\nlog stderr all;\nprotocol bgp "
                        + Probes.birdProtocol(r) + " {\n  local " + r + " as " + RECEIVER_AS + ";\n  neighbor " + sender
                        + " as " + Workload.SENDER_AS + ";\n  multihop;\n  strict bind yes;\n"
                        + "  connect delay time 1;\n  connect retry time 1;\n"
                        + "  ipv4 { import all; export none; };\n  ipv6 { import all; export none; };\n}\n");
                Files.deleteIfExists(ctl);
                ctls.add(ctl);
                birds.add(new Proc(dir, List.of("bird", "-f", "-c", dir.resolve("bird.conf").toString(), "-s",
                        ctl.toString()), Map.of()));
            }
            Probe all = () -> {
                boolean anyUp = false;
                long min = Long.MAX_VALUE;
                List<Status> each = ctls.parallelStream().map(ctl -> {
                    try {
                        return Probes.bird(ctl).getOrDefault(Probes.birdProtocol(receivers.get(ctls.indexOf(ctl))),
                                Status.DOWN);
                    } catch (IOException e) {
                        return Status.DOWN;
                    }
                }).toList();
                for (Status st : each) {
                    anyUp |= st.established();
                    min = Math.min(min, st.routes());
                }
                return new Status(anyUp, min);
            };
            // 20 BIRDs asked a poll: every 100 ms for the quick table, every second for the full one (when each was
            // a birdc process, 200 processes a second loaded the 2 cores enough to slow the senders)
            Watch x = watch(all, n, capSeconds, birds.get(0).pid(), receivers.size() == 1 ? 50 : quick ? 100 : 1000);
            return List.of(x);
        } finally {
            birds.forEach(Proc::close);
            ctls.forEach(Probes::forgetBird);
        }
    }

    // ---- 3. API ------------------------------------------------------------------------------------------

    void api() throws Exception {
        // BGP_BENCH_API_COMMANDS: another count, for profiling a longer run (the figure is for 100,000)
        int n = Integer.parseInt(System.getenv().getOrDefault("BGP_BENCH_API_COMMANDS", "100000"));
        System.out.printf("3. API: %,d 'announce route' commands through a process, acknowledged, to BIRD%n", n);
        for (String kind : List.of("ours", "exabgp")) {
            if (!wanted(kind)) {
                continue;
            }
            List<Double> secs = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            List<Double> ackSecs = new ArrayList<>();
            List<Double> sentSecs = new ArrayList<>();
            List<Double> cpuSecs = new ArrayList<>();
            boolean capped = false;
            int times = kind.equals("exabgp") ? 1 : runs;
            for (int run = 0; run < times; run++) {
                try {
                    double[] r = apiOnce(kind, "127.77.3." + (10 + run + (kind.equals("ours") ? 0 : 10)),
                            "127.77.3.100", n, kind.equals("exabgp") ? cap : 600);
                    ackSecs.add(r[0]);
                    sentSecs.add(r[4]);
                    cpuSecs.add(r[5]);
                    secs.add(r[1]);
                    rates.add(r[2]);
                    capped |= r[3] > 0;
                } catch (Exception e) {
                    notes.add("api " + kind + ": " + e.getMessage());
                    log("api %s failed: %s", kind, e);
                    e.printStackTrace();
                    break;
                }
            }
            if (!secs.isEmpty()) {
                double rate = median(rates);
                double sent = median(sentSecs);
                String notes = (Double.isNaN(median(ackSecs)) ? "not all acknowledged within the cap"
                        : String.format(Locale.ROOT, "acks after %.2f s", median(ackSecs)))
                        + (Double.isNaN(sent) ? "" : String.format(Locale.ROOT,
                                "; last UPDATE written after %.2f s (%,.0f commands/s)", sent, n / sent))
                        + String.format(Locale.ROOT, "; speaker CPU %.2f s", median(cpuSecs));
                rows.add(new Row("api", kind, capped ? "rate over " + cap + " s cap" : "",
                        capped ? n / rate : median(secs), rate, "commands/s", notes, secs, capped));
                log("api %s: %.2f s to BIRD, %,.0f commands/s (acks %.2f s, last UPDATE written %.2f s) runs %s", kind,
                        median(secs), rate, median(ackSecs), sent, secs);
            }
        }
    }

    static final String GEN_PY = """
            # written by bgp.bench.e2e: the API program. Waits for the go file, writes N announce commands to its
            # stdout as fast as the speaker takes them, counts the answers on its stdin; reports to the status file
            # "start EPOCH" then "acks COUNT EPOCH" lines (every 0.2 s and when all are answered)
            import os, sys, threading, time
            n, status, go, meds = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
            data = ''.join('announce route %d.%d.%d.0/24 next-hop 192.0.2.1 as-path [ 65000 64512 ] med %d\\n'
                           % (10 + (i >> 16), (i >> 8) & 255, i & 255, i % meds) for i in range(n)).encode()
            while not os.path.exists(go):
                time.sleep(0.01)
            acks = [0, 0.0]
            def report(f, line):
                f.write(line + '\\n')
                f.flush()
            def reader(f):
                fd = sys.stdin.fileno()
                tail = b''
                while acks[0] < n:
                    d = os.read(fd, 1 << 16)
                    if not d:
                        break
                    d = tail + d
                    cut = d.rfind(b'\\n') + 1
                    tail = d[cut:]
                    acks[0] += d[:cut].count(b'done\\n') + d[:cut].count(b'\\nerror\\n')
                    acks[1] = time.time()
                report(f, 'acks %d %.6f' % (acks[0], acks[1]))
            f = open(status, 'w')
            report(f, 'start %.6f' % time.time())
            t = threading.Thread(target=reader, args=(f,), daemon=True)
            t.start()
            fd = sys.stdout.fileno()
            mv = memoryview(data)
            while mv:
                mv = mv[os.write(fd, mv):]
            while t.is_alive():
                t.join(0.2)
                if t.is_alive():
                    report(f, 'acks %d %.6f' % (acks[0], acks[1]))
            while True:
                time.sleep(60)
            """;

    /** {ack seconds, seconds to BIRD holding all, commands/s, capped 0/1}. */
    private double[] apiOnce(String kind, String me, String receiver, int n, long capSeconds) throws Exception {
        Path dir = work.resolve(kind + "-api-" + me);
        Files.createDirectories(dir);
        Path gen = dir.resolve("gen.py");
        Path status = dir.resolve("status.txt");
        Path go = dir.resolve("go");
        Files.writeString(gen, GEN_PY);
        Files.deleteIfExists(status);
        Files.deleteIfExists(go);
        // MED i mod 100 (100 attribute sets), or i mod BGP_BENCH_API_MEDS (100000: each route an attribute set of its own)
        int meds = Integer.parseInt(System.getenv().getOrDefault("BGP_BENCH_API_MEDS", "100"));
        String process = "process api {\n  run /usr/bin/python3 " + gen + " " + n + " " + status + " " + go + " " + meds
                + ";\n  encoder text;\n}\n";
        Path conf = dir.resolve(kind + ".conf");
        Files.writeString(conf, process + oursNeighbor(me, receiver, RECEIVER_AS, null, true));
        AutoCloseable speaker;
        Ours ours = null;
        if (kind.equals("ours")) {
            ours = new Ours(dir, conf, me);
            ours.start();
            speaker = ours;
        } else {
            Map<String, String> env = exabgpEnv(me);
            env.put("exabgp.api.ack", "true");
            speaker = new Proc(dir, List.of("exabgp", conf.toString()), env);
        }
        try (speaker) {
            long pid = ours != null ? ours.pid() : ((Proc) speaker).pid();
            return apiRun(dir, status, go, me, receiver, n, capSeconds, ours, pid);
        }
    }

    private static double[] lastAcks(Path status) throws IOException {
        double start = Double.NaN;
        double acks = 0;
        double at = Double.NaN;
        if (Files.exists(status)) {
            for (String l : Files.readAllLines(status)) {
                String[] w = l.trim().split(" ");
                if (w[0].equals("start")) {
                    start = Double.parseDouble(w[1]);
                } else if (w[0].equals("acks") && w.length == 3) {
                    acks = Double.parseDouble(w[1]);
                    at = Double.parseDouble(w[2]);
                }
            }
        }
        return new double[] {start, acks, at};
    }

    /**
     * {ack seconds, seconds to BIRD holding all, commands/s, capped 0/1, seconds to our last UPDATE written (NaN
     * when not known: ExaBGP), CPU seconds the speaker used meanwhile (its API program not counted)}.
     */
    private double[] apiRun(Path apiDir, Path status, Path go, String me, String receiver, int n, long capSeconds,
            Ours ours, long speakerPid) throws Exception {
        Path dir = work.resolve("bird-api-" + receiver);
        Files.createDirectories(dir);
        Path ctl = dir.resolve("bird.ctl");
        Files.writeString(dir.resolve("bird.conf"), "router id " + receiver + ";\nlog stderr all;\nprotocol bgp "
                + Probes.birdProtocol(receiver) + " {\n  local " + receiver + " as " + RECEIVER_AS + ";\n  neighbor "
                + me + " as " + Workload.SENDER_AS + ";\n  multihop;\n  strict bind yes;\n"
                + "  connect delay time 1;\n  connect retry time 1;\n"
                + "  ipv4 { import all; export none; };\n  ipv6 { import all; export none; };\n}\n");
        Files.deleteIfExists(ctl);
        try (Proc bird = new Proc(dir, List.of("bird", "-f", "-c", dir.resolve("bird.conf").toString(), "-s",
                ctl.toString()), Map.of())) {
            String name = Probes.birdProtocol(receiver);
            long t = System.nanoTime();
            while (!Probes.bird(ctl).getOrDefault(name, Status.DOWN).established()) {
                if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(120)) {
                    throw new IOException("API session to BIRD not Established in 120 s");
                }
                sleep(100);
            }
            // the program has had its data ready for long: it starts writing on "go". Meanwhile this JVM asks BIRD
            // as it will during the run, so that the probe's code is compiled before (cold, with a connection per
            // question, the probe took 0.07 to 0.13 s of CPU during a 0.4 s burst on the machine's two cores)
            long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < warm) {
                Probes.bird(ctl);
                sleep(10);
            }
            // CPU used during the run (the machine is shared: CPU seconds hold where elapsed time does not)
            long harnessPid = ProcessHandle.current().pid();
            double[] cpu0 = {Probes.cpuSeconds(speakerPid), Probes.childrenCpuSeconds(speakerPid),
                Probes.cpuSeconds(bird.pid()), Probes.cpuSeconds(harnessPid)};
            Files.writeString(go, "go");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(capSeconds);
            long held;
            double heldAt;
            while (true) {
                held = Probes.bird(ctl).getOrDefault(name, Status.DOWN).routes();
                heldAt = System.currentTimeMillis() / 1000.0;
                if (held >= n || System.nanoTime() > deadline) {
                    break;
                }
                // a poll is a question on BIRD's socket (no process): every 10 ms, so that the time is late by 5 ms
                // on average (it was 10 ms with a poll every 20 ms)
                sleep(10);
            }
            double[] cpu1 = {Probes.cpuSeconds(speakerPid), Probes.childrenCpuSeconds(speakerPid),
                Probes.cpuSeconds(bird.pid()), Probes.cpuSeconds(harnessPid)};
            sleep(300);
            double[] a = lastAcks(status);
            if (Double.isNaN(a[0])) {
                throw new IOException("the API program did not start; see " + apiDir);
            }
            double secs = heldAt - a[0];
            boolean capped = held < n || a[1] < n;
            double ackSecs = a[1] >= n ? a[2] - a[0] : Double.NaN;
            double rate = Math.min(a[1], held) / secs;
            // our speaker's side: when its last UPDATE went into the socket to BIRD (read once, after the run)
            double lastSent = Double.NaN;
            long updates = -1;
            if (ours != null) {
                Map<String, Long> counters = ours.counters(receiver, 5_000);
                long ms = counters.getOrDefault("update-last-sent-ms", -1L);
                if (ms > 0) {
                    lastSent = ms / 1000.0 - a[0];
                }
                updates = counters.getOrDefault("update-sent", -1L);
            }
            log("api run: %,.0f acks (%.2f s), last UPDATE written after %.2f s, %,d routes at BIRD after %.2f s;"
                    + " CPU s: speaker %.2f, program %.2f, BIRD %.2f, harness %.2f%s", a[1], a[2] - a[0], lastSent,
                    held, secs, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1], cpu1[2] - cpu0[2], cpu1[3] - cpu0[3],
                    updates >= 0 ? String.format("; UPDATE messages sent: %,d", updates) : "");
            return new double[] {ackSecs, secs, rate, capped ? 1 : 0, lastSent, cpu1[0] - cpu0[0]};
        } finally {
            Probes.forgetBird(ctl);
        }
    }

    // ---- 4. fan-out --------------------------------------------------------------------------------------

    void fanout() throws Exception {
        int peers = 20;
        System.out.println("4. fan-out: the table to " + peers + " BIRD sessions at once (one BIRD process each)");
        List<String> receivers = new ArrayList<>();
        for (int i = 0; i < peers; i++) {
            receivers.add("127.77.4." + (101 + i));
        }
        String[] kinds = {"ours", "bird", "openbgpd"};
        for (int i = 0; i < kinds.length; i++) {
            if (!wanted(kinds[i])) {
                continue;
            }
            List<Watch> ws = new ArrayList<>();
            // the full table: one run (our config of 20 neighbors x 1.2M routes takes minutes to load)
            for (int run = 0; run < (quick ? runs : 1); run++) {
                try {
                    ws.addAll(sendOnce(kinds[i], "127.77.4." + (10 + i), receivers, w.prefixes(), limit()));
                } catch (Exception e) {
                    notes.add("fanout " + kinds[i] + ": " + e.getMessage());
                    log("fanout %s failed: %s", kinds[i], e);
                    e.printStackTrace();
                    break;
                }
            }
            if (!ws.isEmpty()) {
                List<Double> secs = ws.stream().map(Watch::seconds).toList();
                double s = median(secs);
                boolean capped = ws.stream().anyMatch(Watch::capped);
                long held = ws.stream().mapToLong(Watch::routes).min().orElse(0); // per session, the fewest
                rows.add(new Row("fanout", kinds[i], capped ? "capped at " + limit() + " s" : "", s,
                        (double) peers * held / s, "routes/s", peers + " sessions", secs, capped));
                log("fanout %s: %.2f s, %,.0f routes/s in all (runs %s)", kinds[i], s, peers * w.prefixes() / s, secs);
            }
        }
    }

    // ---- 5. churn ----------------------------------------------------------------------------------------

    void churn() throws Exception {
        long seconds = quick ? 10 : 30;
        for (int pairsPerSecond : churnRates) {
            System.out.printf(Locale.ROOT, "5. churn: %,d withdraw/re-announce pairs a second for %d s after the table%n",
                    pairsPerSecond, seconds);
            // the sender alone, into a peer that reads and drops: the rate it can offer at all
            double[] own = sinkOnce(seconds, pairsPerSecond);
            rows.add(new Row("churn", "sender alone", "", 0, own[0] * 2, "updates/s", String.format(Locale.ROOT,
                    "target %,d pairs/s, offered %,.0f pairs/s", pairsPerSecond, own[0]), List.of(own[0]), false));
            log("churn sender alone: offered %,.0f pairs/s of %,d", own[0], pairsPerSecond);
            for (String kind : List.of("ours", "bird")) {
                if (!wanted(kind)) {
                    continue;
                }
                List<Double> rates = new ArrayList<>();
                List<Double> lags = new ArrayList<>();
                List<Double> offered = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    String me = "127.77.5." + (10 + run + (kind.equals("ours") ? 0 : 10));
                    String blaster = "127.77.5.1";
                    try {
                        double[] r = churnOnce(kind, me, blaster, seconds, pairsPerSecond);
                        offered.add(r[0]);
                        lags.add(r[1]);
                        rates.add(r[2]);
                    } catch (Exception e) {
                        notes.add("churn " + kind + " at " + pairsPerSecond + " pairs/s: " + e.getMessage());
                        log("churn %s failed: %s", kind, e);
                        e.printStackTrace();
                        break;
                    }
                }
                if (!rates.isEmpty()) {
                    rows.add(new Row("churn", kind, "", median(lags), median(rates), "updates/s",
                            String.format(Locale.ROOT, "target %,d pairs/s, offered %,.0f pairs/s, lag %.2f s",
                                    pairsPerSecond, median(offered), median(lags)), lags, false));
                    log("churn %s: %,.0f updates/s processed, lag %.2f s (offered %,.0f of %,d pairs/s) lags %s",
                            kind, median(rates), median(lags), median(offered), pairsPerSecond, lags);
                }
            }
        }
    }

    /** The churn batches: 500 IPv4 prefixes each, withdrawn then announced again with their own attributes. */
    private List<byte[]> churnBatches(Blaster b) {
        int[][] bySet = bgp.bench.FullTable.group(w.table.ipv4SetOf, w.table.ipv4Sets);
        List<byte[]> batches = new ArrayList<>();
        List<Long> chunk = new ArrayList<>();
        List<Integer> chunkSets = new ArrayList<>();
        for (int s = 0; s < bySet.length && batches.size() < 4000; s++) {
            for (int idx : bySet[s]) {
                chunk.add(w.table.ipv4Prefixes[idx]);
                chunkSets.add(s);
                if (chunk.size() == CHURN_BATCH) {
                    batches.add(batch(b, chunk, chunkSets));
                    chunk.clear();
                    chunkSets.clear();
                }
            }
        }
        return batches;
    }

    static final int CHURN_BATCH = 500;

    /**
     * Offers the batches at {@code pairsPerSecond} for {@code seconds} (a batch when it is due; late batches go at once,
     * so a slow moment is caught up), flushing each: the receiver's TCP window slows the sender when it falls behind.
     *
     * @return {pairs sent, nanoseconds taken}
     */
    private static long[] offer(Blaster b, List<byte[]> batches, long seconds, int pairsPerSecond) throws IOException,
            InterruptedException {
        long interval = 1_000_000_000L * CHURN_BATCH / pairsPerSecond;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long sent = 0;
        for (int k = 0; ; k++) {
            long due = start + k * interval;
            long now = System.nanoTime();
            if (due >= end) {
                break;
            }
            if (due > now) {
                TimeUnit.NANOSECONDS.sleep(due - now);
            }
            b.send(batches.get(k % batches.size()));
            b.flush();
            sent += CHURN_BATCH;
        }
        return new long[] {sent, System.nanoTime() - start};
    }

    /**
     * The sender alone: the churn into a minimal peer on 127.77.5.2 that answers OPEN and KEEPALIVE and drops every
     * byte after. {pairs offered per second}.
     */
    private double[] sinkOnce(long seconds, int pairsPerSecond) throws Exception {
        String sinkAddress = "127.77.5.2";
        try (java.net.ServerSocket server = new java.net.ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(ip(sinkAddress), 179));
            Thread sink = new Thread(() -> {
                try (java.net.Socket s = server.accept()) {
                    s.setReceiveBufferSize(1 << 20);
                    java.io.OutputStream o = s.getOutputStream();
                    o.write(Blaster.open(ip(sinkAddress).getAddress(), RECEIVER_AS));
                    o.write(Blaster.header(19, 4));
                    o.flush();
                    java.io.InputStream in = s.getInputStream();
                    byte[] buf = new byte[1 << 16];
                    while (in.read(buf) >= 0) {
                        // dropped
                    }
                } catch (IOException e) {
                    // the sender closed
                }
            }, "churn-sink");
            sink.setDaemon(true);
            sink.start();
            try (Blaster b = new Blaster(w, "127.77.5.1", sinkAddress, 10_000)) {
                long[] r = offer(b, churnBatches(b), seconds, pairsPerSecond);
                return new double[] {r[0] / (r[1] / 1e9)};
            }
        }
    }

    /** {pairs offered per second, lag at the end in s, updates (withdrawals + announcements) processed per second}. */
    private double[] churnOnce(String kind, String me, String blasterAddress, long seconds, int pairsPerSecond)
            throws Exception {
        AutoCloseable receiver;
        Probe probe;
        long pid;
        Path dir = work.resolve(kind + "-churn-" + me);
        Files.createDirectories(dir);
        if (kind.equals("ours")) {
            Path conf = dir.resolve("bgp.conf");
            String n = oursNeighbor(me, blasterAddress, Workload.SENDER_AS, null, false);
            Files.writeString(conf, n.replace("  family {", "  passive;\n  family {"));
            Ours o = new Ours(dir, conf, me);
            o.start();
            receiver = o;
            probe = oursProbe(o, blasterAddress);
            pid = o.pid();
            long t = System.nanoTime();
            while (o.peers(10_000).isEmpty() && System.nanoTime() - t < TimeUnit.SECONDS.toNanos(60)) {
                sleep(200);
            }
        } else {
            Path ctl = dir.resolve("bird.ctl");
            Files.writeString(dir.resolve("bird.conf"), "router id " + me + ";\nlog stderr all;\nprotocol bgp "
                    + Probes.birdProtocol(blasterAddress) + " {\n  local " + me + " as " + RECEIVER_AS
                    + ";\n  neighbor " + blasterAddress + " as " + Workload.SENDER_AS + ";\n  multihop;\n  strict bind yes;\n"
                    + "  passive on;\n  ipv4 { import all; export none; };\n  ipv6 { import all; export none; };\n}\n");
            Files.deleteIfExists(ctl);
            Proc bird = new Proc(dir, List.of("bird", "-f", "-c", dir.resolve("bird.conf").toString(), "-s",
                    ctl.toString()), Map.of());
            receiver = bird;
            pid = bird.pid();
            String name = Probes.birdProtocol(blasterAddress);
            probe = () -> Probes.bird(ctl).getOrDefault(name, Status.DOWN);
            sleep(500);
        }
        try (receiver; Blaster b = new Blaster(w, blasterAddress, me, 60_000)) {
            for (byte[] m : b.table()) {
                b.send(m);
            }
            b.flush();
            Watch loaded = watch(probe, w.prefixes(), 600, pid, 100);
            if (loaded.capped()) {
                throw new IOException("table not loaded: " + loaded.routes());
            }
            List<byte[]> batches = churnBatches(b);
            long start = System.nanoTime();
            long sent = offer(b, batches, seconds, pairsPerSecond)[0];
            long sentAt = System.nanoTime();
            // the marker: 100 host routes no table has; in order, so all before it is processed when they are held
            long[] marker = new long[100];
            for (int i = 0; i < marker.length; i++) {
                marker[i] = bgp.codec.nlri.Ipv4Prefixes.pack(0xC6336400 | (i + 1), 32);
            }
            for (byte[] m : b.announce4(0, marker)) {
                b.send(m);
            }
            b.flush();
            Watch done = watch(probe, w.prefixes() + marker.length, 600, pid, 20);
            if (b.error() != null) {
                throw new IOException("blaster session: " + b.error());
            }
            // from the last batch sent, not from the first answer of the probe: a receiver busy with a backlog answers
            // its probe late too (ours did, its probe queued behind the messages it had read ahead), which hid the lag
            long doneAt = sentAt + (long) (done.done() * 1e9);
            double lag = (doneAt - sentAt) / 1e9;
            double offered = sent / ((sentAt - start) / 1e9);
            double processed = 2.0 * sent / ((doneAt - start) / 1e9);
            log("churn %s: %,d pairs in %.2f s, lag %.2f s", kind, sent, (sentAt - start) / 1e9, lag);
            return new double[] {offered, lag, processed};
        }
    }

    private static byte[] batch(Blaster b, List<Long> prefixes, List<Integer> sets) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long[] all = prefixes.stream().mapToLong(Long::longValue).toArray();
        Blaster.withdraw4(all).forEach(out::writeBytes);
        int from = 0;
        for (int i = 1; i <= all.length; i++) {
            if (i == all.length || !sets.get(i).equals(sets.get(from))) {
                b.announce4(sets.get(from), Arrays.copyOfRange(all, from, i)).forEach(out::writeBytes);
                from = i;
            }
        }
        return out.toByteArray();
    }

    // ---- output ------------------------------------------------------------------------------------------

    void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "End-to-end benchmark: %,d prefixes (%,d IPv4 + %,d IPv6), %,d attribute sets,"
                + " median of %d runs (capped: one run)%n", w.prefixes(), w.ipv4(), w.ipv6(), w.sets, runs);
        System.out.printf(Locale.ROOT, "| %-8s | %-22s | %10s | %14s | %-40s |%n", "test", "speaker", "seconds",
                "rate", "notes");
        System.out.println("| -------- | ---------------------- | ---------: | -------------: | "
                + "---------------------------------------- |");
        for (Row r : rows) {
            String note = (r.extra() + (r.figure().isEmpty() ? "" : (r.extra().isEmpty() ? "" : "; ") + r.figure()));
            System.out.printf(Locale.ROOT, "| %-8s | %-22s | %10.2f | %,10.0f %-3s | %-40s |%n", r.test(),
                    r.speaker(), r.seconds(), r.rate(), r.unit().equals("routes/s") ? "r/s" : r.unit().equals(
                            "commands/s") ? "c/s" : "u/s", note);
        }
        for (String n : notes) {
            System.out.println("note: " + n);
        }
    }

    void writeJson(Path file) throws IOException {
        StringBuilder s = new StringBuilder("{\n");
        s.append(String.format(Locale.ROOT, "  \"ipv4\": %d, \"ipv6\": %d, \"sets\": %d, \"runs\": %d, \"cap_seconds\": %d,%n",
                w.ipv4(), w.ipv6(), w.sets, runs, cap));
        s.append("  \"results\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            s.append(String.format(Locale.ROOT,
                    "    {\"test\": \"%s\", \"speaker\": \"%s\", \"seconds\": %.3f, \"rate\": %.1f, \"unit\": \"%s\", "
                            + "\"capped\": %s, \"notes\": \"%s\", \"samples\": %s}%s%n",
                    r.test(), r.speaker(), r.seconds(), r.rate(), r.unit(), r.capped(),
                    (r.extra() + " " + r.figure()).trim().replace("\"", "'"),
                    r.samples().stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList(),
                    i + 1 < rows.size() ? "," : ""));
        }
        s.append("  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            s.append(i == 0 ? "\n    " : ",\n    ").append('"')
                    .append(notes.get(i).replace("\\", "\\\\").replace("\"", "'").replace("\n", " ")).append('"');
        }
        s.append(notes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, s);
        System.out.println("figures written to " + file.toAbsolutePath());
    }
}
