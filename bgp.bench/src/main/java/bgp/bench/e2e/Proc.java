package bgp.bench.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A process the benchmark starts itself (FRR, a BIRD with many sessions, ExaBGP with an API program): by PID. */
final class Proc implements AutoCloseable {
    private static final Set<AutoCloseable> RUNNING = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Proc::closeAll, "bench-stop"));
    }

    /** Stops this (by PID) if the benchmark ends early. */
    static synchronized void track(AutoCloseable c) {
        RUNNING.add(c);
    }

    static synchronized void untrack(AutoCloseable c) {
        RUNNING.remove(c);
    }

    private static void closeAll() {
        List<AutoCloseable> all;
        synchronized (Proc.class) {
            all = List.copyOf(RUNNING);
        }
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                // best effort at exit
            }
        }
    }

    private final Process process;

    Proc(Path dir, List<String> command, Map<String, String> env) throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("out.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        process = pb.start();
        track(this);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM to our PID, SIGKILL after 10 s; what it started gets the same. */
    static void stop(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle c : children) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (c.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                if (c.isAlive()) {
                    c.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(process);
        untrack(this);
    }
}
