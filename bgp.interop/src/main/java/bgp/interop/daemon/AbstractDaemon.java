package bgp.interop.daemon;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the four daemons share: the folder, the process (started in the foreground, output to the log, stopped by
 * PID), the shutdown hook, the CLI runner, the set of announced routes. A subclass writes its config, names its
 * command line, says when its control socket answers, and pushes route changes to the running daemon.
 */
abstract class AbstractDaemon implements BgpDaemon {
    /**
     * How long a daemon gets to answer on its control socket after it was started: 30 s, or
     * {@code -Dbgp.interop.startSeconds} (BIRD parses a million static routes before it answers).
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("bgp.interop.startSeconds", 30));
    /** How long a daemon gets to exit after SIGTERM before SIGKILL. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private static final Set<AbstractDaemon> RUNNING = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AbstractDaemon::stopAll, "bgp-interop-daemons-stop"));
    }

    private final DaemonKind kind;
    private final DaemonConfig config;
    private final Path dir;
    private final TreeMap<Route.Key, Route> routes = new TreeMap<>();
    private Process process;

    AbstractDaemon(DaemonKind kind, DaemonConfig config) {
        this.kind = kind;
        this.config = config;
        this.dir = Host.workDir().resolve(kind.name().toLowerCase() + "-" + Addresses.text(config.address()));
        for (Route r : config.routes()) {
            routes.put(r.key(), r);
        }
    }

    // ---- what a daemon supplies -----------------------------------------------------------------------------

    /** Writes the config files (the current {@link #announced()} routes included where the config carries them). */
    protected abstract void writeConfig() throws IOException;

    /** The command line; the daemon must stay in the foreground. */
    protected abstract List<String> command();

    protected Map<String, String> environment() {
        return Map.of();
    }

    /** Whether the control socket answers (called repeatedly after the start until it does). */
    protected abstract boolean controlAnswers() throws IOException;

    /** After the control socket answers: load the routes that the config does not carry. */
    protected void afterStart() throws IOException {
    }

    /** Pushes a change to the running daemon; {@link #announced()} holds the routes after the change already. */
    protected abstract void push(List<Route> added, List<Route> removed) throws IOException;

    // ---- lifecycle -------------------------------------------------------------------------------------------

    @Override
    public final DaemonKind kind() {
        return kind;
    }

    @Override
    public final DaemonConfig config() {
        return config;
    }

    @Override
    public final Path dir() {
        return dir;
    }

    @Override
    public final Path logFile() {
        return dir.resolve(kind.name().toLowerCase() + ".log");
    }

    @Override
    public final synchronized void start() throws IOException {
        if (running()) {
            throw new IllegalStateException(kind + " at " + Addresses.text(address()) + " runs already");
        }
        Files.createDirectories(dir);
        writeConfig();
        Files.writeString(logFile(), "=== " + Instant.now() + " " + String.join(" ", command()) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(environment());
        process = pb.start();
        synchronized (RUNNING) {
            RUNNING.add(this);
        }
        try {
            Wait.until(this, kind + " control socket", START_TIMEOUT, () -> controlAnswers() ? Boolean.TRUE : null);
            afterStart();
        } catch (RuntimeException | IOException e) {
            stop();
            throw e;
        }
    }

    @Override
    public final synchronized void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy(); // SIGTERM to the PID we started
        try {
            if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            // what it started (OpenBGPD's engines, ExaBGP's API processes) gets the same bounded chance
            long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            for (ProcessHandle c : children) {
                while (c.isAlive() && System.nanoTime() - deadline < 0) {
                    Thread.sleep(50);
                }
                if (c.isAlive()) {
                    c.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        process = null;
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
        afterStop();
    }

    /** Cleans up after the process is gone (stale sockets, helper state). */
    protected void afterStop() {
    }

    @Override
    public final boolean running() {
        Process p = process;
        return p != null && p.isAlive();
    }

    @Override
    public final OptionalLong pid() {
        Process p = process;
        return p == null ? OptionalLong.empty() : OptionalLong.of(p.pid());
    }

    @Override
    public final void close() {
        stop();
    }

    private static void stopAll() {
        List<AbstractDaemon> all;
        synchronized (RUNNING) {
            all = new ArrayList<>(RUNNING);
        }
        all.forEach(AbstractDaemon::stop);
    }

    // ---- routes ----------------------------------------------------------------------------------------------

    @Override
    public final synchronized List<Route> announced() {
        return List.copyOf(routes.values());
    }

    @Override
    public final synchronized void announce(Collection<Route> add) throws IOException {
        List<Route> list = List.copyOf(add);
        for (Route r : list) {
            routes.put(r.key(), r);
        }
        if (running()) {
            push(list, List.of());
        }
    }

    @Override
    public final synchronized void withdraw(Collection<Route> remove) throws IOException {
        List<Route> removed = new ArrayList<>();
        for (Route r : remove) {
            Route old = routes.remove(r.key());
            if (old != null) {
                removed.add(old);
            }
        }
        if (running() && !removed.isEmpty()) {
            push(List.of(), removed);
        }
    }

    // ---- helpers for subclasses ------------------------------------------------------------------------------

    /** The control socket path: in the folder, or under /tmp when that path is too long for a unix socket. */
    protected Path socket(String name) {
        Path p = dir.resolve(name);
        if (p.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            return p;
        }
        return Path.of("/tmp", "bgp-interop-" + kind.name().toLowerCase() + "-" + Addresses.text(address()) + "-"
                + name);
    }

    /** Runs a CLI command of this daemon within the default time limit. */
    protected Cli.Result cli(List<String> command) throws IOException {
        return Cli.run(dir, Cli.DEFAULT_TIMEOUT, command);
    }

    protected Cli.Result cli(String... command) throws IOException {
        return cli(List.of(command));
    }

    protected void write(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    /** The neighbor configured with this address (queries name neighbors by address). */
    protected Neighbor neighbor(InetAddress address) {
        return config.neighbor(address);
    }

    static String text(InetAddress a) {
        return Addresses.text(a);
    }

    @Override
    public String toString() {
        return kind + "@" + Addresses.text(address()) + (running() ? " pid " + process.pid() : " (stopped)");
    }
}
