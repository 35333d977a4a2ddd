package bgp.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
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

/**
 * Our speaker as users run it: {@code java -jar cnf/target/bgp.jar} with {@code -Dbgp.config.file=CONF} and
 * {@code exabgp.tcp.bind} / {@code exabgp.tcp.port} in the environment, a child process (its RSS is real). Its
 * state is read through its Gogo shell on stdin/stdout: each {@code bgp.reactor.Peer} service's state and
 * {@code receivedRoutes()}.
 */
final class Ours implements AutoCloseable {
    private final Path dir;
    private final Path config;
    private final String bind;
    private Process process;
    private PrintWriter shell;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

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
        process = pb.start();
        Proc.track(this);
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

    long pid() {
        return process.pid();
    }

    private int query;

    /** Per peer address: {state established ? 1 : 0, routes received}; empty while the shell does not answer. */
    synchronized Map<String, long[]> peers(long timeoutMillis) throws IOException {
        String end = "__END" + (++query);
        lines.removeIf(l -> true);
        shell.println("each ($.context getServiceReferences \"bgp.reactor.Peer\" null) { p = ($.context getService $it);"
                + " echo PEER (($p neighbor) peerAddress) ($p state) ($p receivedRoutes) }");
        shell.println("echo " + end);
        Map<String, long[]> out = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (true) {
                String l = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (l == null) {
                    if (!process.isAlive()) {
                        throw new IOException("our speaker exited; see " + dir.resolve("bgp.log"));
                    }
                    return Map.of();
                }
                if (l.equals(end)) {
                    return out;
                }
                if (l.startsWith("PEER ")) {
                    // PEER 127.0.0.2 ESTABLISHED {ipv4 unicast=5, ipv6 unicast=3}
                    String[] w = l.split("\\s+", 4);
                    long count = 0;
                    if (w.length > 3) {
                        for (String part : w[3].split(",")) {
                            int eq = part.indexOf('=');
                            if (eq > 0) {
                                count += Long.parseLong(part.substring(eq + 1).replaceAll("[^0-9]", ""));
                            }
                        }
                    }
                    out.put(w[1], new long[] {w.length > 2 && w[2].equalsIgnoreCase("ESTABLISHED") ? 1 : 0, count});
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * A counter of the peer at {@code peerAddress} ({@code bgp.reactor.Peer#counters}, e.g. {@code
     * update-last-sent-ms}), or -1 when the shell does not answer in time or the peer or counter is missing.
     */
    synchronized long counter(String peerAddress, String name, long timeoutMillis) throws IOException {
        String end = "__END" + (++query);
        lines.removeIf(l -> true);
        shell.println("each ($.context getServiceReferences \"bgp.reactor.Peer\" null) { p = ($.context getService $it);"
                + " echo COUNTERS (($p neighbor) peerAddress) ($p counters) }");
        shell.println("echo " + end);
        long found = -1;
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
                        if (kv.length == 2 && kv[0].equals(name)) {
                            found = Long.parseLong(kv[1].trim());
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
        Proc.stop(p);
        Proc.untrack(this);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
