package bgp.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our speaker as users run it: {@code java -jar cnf/target/bgp.jar} with the JVM options of {@code bin/bgp}
 * ({@code bin/jvm.options}, then {@code BGP_BENCH_JVM_OPTS}), {@code -Dbgp.config.file=CONF} and
 * {@code exabgp.tcp.bind} / {@code exabgp.tcp.port} in the environment, a child process (its RSS is real). Its
 * peers' state and routes are read on its control channel ({@code show neighbor json}, a socket of its own), a
 * counter through its Gogo shell on stdin/stdout.
 */
final class Ours implements AutoCloseable {
    private final Path dir;
    private final Path config;
    private final String bind;
    private Process process;
    private PrintWriter shell;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** The speaker's control channel. */
    private Path socket;

    Ours(Path dir, Path config, String bind) {
        this.dir = dir;
        this.config = config;
        this.bind = bind;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions());
        String opts = System.getenv().getOrDefault("BGP_BENCH_JVM_OPTS", "");
        for (String o : opts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                cmd.add(o);
            }
        }
        cmd.add("-Dbgp.config.file=" + config);
        // a framework storage of its own, emptied: the jar keeps its storage (Config Admin data) across runs, by
        // default in ~/bnd/bgp.bndrun, and a benchmark starts from nothing
        Path storage = dir.resolve("felix-storage");
        deleteTree(storage);
        cmd.add("-Dorg.osgi.framework.storage=" + storage);
        cmd.add("-jar");
        cmd.add(E2eBench.jar().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("exabgp.tcp.bind", bind);
        pb.environment().put("exabgp.tcp.port", "179");
        pb.environment().put("exabgp_tcp_bind", bind);
        pb.environment().put("exabgp_tcp_port", "179");
        // a control channel of its own (the default socket is shared by every speaker of the user)
        socket = Path.of(System.getProperty("java.io.tmpdir"),
                "bgp-bench-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet() + ".sock");
        Files.deleteIfExists(socket);
        pb.environment().put("exabgp_api_socketname", socket.toString());
        process = pb.start();
        Proc.track(this);
        sampleCpu(process);
        shell = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Path log = dir.resolve("bgp.log");
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream out = Files.newOutputStream(log)) {
                String line;
                while ((line = r.readLine()) != null) {
                    while (line.startsWith("g! ")) {
                        line = line.substring(3);
                    }
                    if (line.startsWith("PEER ") || line.startsWith("COUNTERS ") || line.startsWith("__END")) {
                        lines.add(line);
                    } else {
                        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "ours-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The speaker's JVM options as {@code bin/bgp} gives them (its {@code bin/jvm.options}, next to the jar's
     * project: one a line, {@code #} comments), so that the benchmark runs what users run.
     */
    static List<String> jvmOptions() throws IOException {
        Path file = E2eBench.jar().getParent().getParent().getParent().resolve("bin").resolve("jvm.options");
        List<String> out = new ArrayList<>();
        if (!Files.exists(file)) { // as bin/bgp: no file, no options
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String o = line.strip();
            if (!o.isEmpty() && !o.startsWith("#")) {
                out.add(o);
            }
        }
        return out;
    }

    long pid() {
        return process.pid();
    }

    private int query;

    /**
     * Per peer address: {state established ? 1 : 0, routes received}; empty while the control channel does not
     * answer. Read with {@code show neighbor json} (its {@code state} and {@code routes-received}) on the speaker's
     * control channel, one connection kept open: a poll costs the speaker one command, nothing kept (the Gogo
     * console, read this way before, keeps every finished job: about 200 KB a poll, which showed as resident memory
     * per route).
     */
    synchronized Map<String, long[]> peers(long timeoutMillis) throws IOException {
        Map<String, long[]> out = new HashMap<>();
        String json = control("show neighbor json", timeoutMillis);
        if (json == null) {
            return Map.of();
        }
        // [{"down":0,...,"peer-address":"127.0.0.2",...,"state":"ESTABLISHED",...,"routes-received":{"ipv4 unicast":5}}]
        Matcher m = PEER.matcher(json);
        while (m.find()) {
            long count = 0;
            Matcher c = COUNT.matcher(m.group(3));
            while (c.find()) {
                count += Long.parseLong(c.group(1));
            }
            out.put(m.group(1), new long[] {m.group(2).equals("ESTABLISHED") ? 1 : 0, count});
        }
        return out;
    }

    private static final Pattern PEER = Pattern.compile(
            "\"peer-address\":\"([^\"]+)\".*?\"state\":\"([A-Z]+)\".*?\"routes-received\":\\{([^}]*)\\}");
    private static final Pattern COUNT = Pattern.compile(":(\\d+)");

    private SocketChannel control;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    /**
     * One command on the control channel: its answer's first line, or null when the channel is not there yet, the
     * answer is an error, or it does not come within the time.
     */
    private String control(String command, long timeoutMillis) throws IOException {
        if (control == null || !control.isOpen()) {
            if (!Files.exists(socket)) {
                return null;
            }
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                ch.close();
                return null; // not accepting yet
            }
            control = ch;
            answers.clear();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(Channels.newReader(ch, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        answers.add(line);
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "ours-control");
            reader.setDaemon(true);
            reader.start();
        }
        answers.clear();
        control.write(StandardCharsets.UTF_8.encode(command + "\n"));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        String first = null;
        try {
            while (true) {
                String l = answers.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (l == null) {
                    if (!process.isAlive()) {
                        throw new IOException("our speaker exited; see " + dir.resolve("bgp.log"));
                    }
                    control.close(); // a late answer must not be taken for the next command's
                    control = null;
                    return null;
                }
                if (l.equals("done")) {
                    return first;
                }
                if (l.equals("error")) {
                    return null;
                }
                if (first == null) {
                    first = l;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * The counters of the peer at {@code peerAddress} ({@code bgp.reactor.Peer#counters}, e.g. {@code
     * update-last-sent-ms}), empty when the shell does not answer in time or the peer is missing.
     */
    synchronized Map<String, Long> counters(String peerAddress, long timeoutMillis) throws IOException {
        String end = "__END" + (++query);
        lines.removeIf(l -> true);
        shell.println("each ($.context getServiceReferences \"bgp.reactor.Peer\" null) { p = ($.context getService $it);"
                + " echo COUNTERS (($p neighbor) peerAddress) ($p counters) }");
        shell.println("echo " + end);
        Map<String, Long> found = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (true) {
                String l = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (l == null || l.equals(end)) {
                    return found;
                }
                // COUNTERS 127.0.0.2 {open-received=1, open-sent=1, ..., update-last-sent-ms=1732200000000}
                String[] w = l.split("\\s+", 3);
                if (w.length == 3 && w[0].equals("COUNTERS") && w[1].equals(peerAddress)) {
                    for (String part : w[2].replaceAll("[{}]", "").split(",")) {
                        String[] kv = part.trim().split("=", 2);
                        if (kv.length == 2) {
                            found.put(kv[0], Long.parseLong(kv[1].trim()));
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        diagnostics(p);
        try {
            if (control != null) {
                control.close();
                control = null;
            }
        } catch (IOException e) {
            // stopping anyway
        }
        Proc.stop(p);
        Proc.untrack(this);
        process = null;
        try {
            Files.deleteIfExists(socket); // the speaker, stopped, may leave it
        } catch (IOException e) {
            // a temporary file
        }
    }

    /**
     * With {@code BGP_BENCH_DIAG} set: the speaker's memory as its JVM sees it, before it stops, into
     * {@code diag.txt} next to its log (the routes each peer holds then; {@code jcmd} GC.heap_info,
     * VM.native_memory summary when started with {@code -XX:NativeMemoryTracking=summary}, GC.class_histogram (live
     * objects, after a full collection); /proc status and the CPU time of each thread).
     */
    private void diagnostics(Process p) {
        if (System.getenv("BGP_BENCH_DIAG") == null || !p.isAlive()) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path out = dir.resolve("diag.txt");
        try {
            StringBuilder held = new StringBuilder("routes held when stopped:");
            peers(10_000).forEach((peer, s) -> held.append(' ').append(peer).append('=').append(s[1]));
            Files.writeString(out, held.append('\n'));
            // the class histogram last: it collects the heap (after the figures were taken), showing what is live
            for (String c : List.of("GC.heap_info", "VM.native_memory summary", "GC.class_histogram")) {
                List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(p.pid())));
                cmd.addAll(List.of(c.split(" ")));
                Process j = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
                if (!j.waitFor(30, TimeUnit.SECONDS)) {
                    j.destroyForcibly();
                }
            }
            StringBuilder threads = new StringBuilder(Files.readString(Path.of("/proc", Long.toString(p.pid()),
                    "status")));
            threads.append("CPU ms (user+system) by thread:\n").append(threadCpu(p.pid()));
            Files.writeString(out, threads, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // diagnostics only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The CPU time of each thread of a process that has used some, in ms, one line each. */
    static String threadCpu(long pid) throws IOException {
        StringBuilder out = new StringBuilder();
        long tick = 10; // USER_HZ 100
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
                if (ms > 0) {
                    out.append(String.format(java.util.Locale.ROOT, "%8d %s%n", ms, name));
                }
            }
        }
        return out.toString();
    }

    /** With {@code BGP_BENCH_DIAG}: every 250 ms, the CPU time of each thread into {@code cpu.txt}. */
    private void sampleCpu(Process p) {
        if (System.getenv("BGP_BENCH_DIAG") == null) {
            return;
        }
        Path out = dir.resolve("cpu.txt");
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Files.writeString(out, "");
                while (p.isAlive()) {
                    String head = String.format(java.util.Locale.ROOT, "t=%.2f %s%n", (System.nanoTime() - t0) / 1e9,
                            java.time.LocalTime.now());
                    Files.writeString(out, head + threadCpu(p.pid()), java.nio.file.StandardOpenOption.APPEND);
                    Thread.sleep(250);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the process ended
            }
        }, "ours-cpu");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        stop();
    }
}
