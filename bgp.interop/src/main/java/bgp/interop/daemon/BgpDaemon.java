package bgp.interop.daemon;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * A real BGP daemon (BIRD, GoBGP, OpenBGPD, ExaBGP) run by the tests: on its own 127.x.y.z address, with its own
 * files (config, control socket, log) under {@link Host#workDir()}, in the foreground as a child of this JVM,
 * stopped by PID (SIGTERM, then SIGKILL) and from a JVM shutdown hook.
 *
 * <p>Create one with {@link DaemonKind#create(DaemonConfig)}; {@link #close()} stops it. Announced routes are kept
 * by the harness: {@link #restart()} (and a later {@link #start()}) starts with the routes announced at that
 * time. Queries read the daemon's own view through its CLI or API and may lag the wire by a moment: use the
 * {@code await...} methods, which poll within a time limit.
 */
public interface BgpDaemon extends AutoCloseable {
    Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    DaemonKind kind();

    /** What it was created with (its routes: the initial ones; see {@link #announced()}). */
    DaemonConfig config();

    default InetAddress address() {
        return config().address();
    }

    /** Its folder: config, helper files, log. */
    Path dir();

    /** Its output (stdout and stderr, appended across restarts). */
    Path logFile();

    /**
     * Writes its config, starts it and waits (bounded) until its control socket answers and its initial routes
     * are loaded. Throws, with the end of its log, when it dies or does not answer.
     */
    void start() throws IOException;

    /** SIGTERM by PID, then SIGKILL (it and what it started) if it is still there after a few seconds. */
    void stop();

    /** {@link #stop()} then {@link #start()}: same address, same config, the routes announced now. */
    default void restart() throws IOException {
        stop();
        start();
    }

    boolean running();

    OptionalLong pid();

    /** The routes it announces now (the initial ones plus {@link #announce}d minus {@link #withdraw}n). */
    List<Route> announced();

    /** Announces (or replaces, by prefix and path id) these routes to every neighbor of their family. */
    void announce(Collection<Route> routes) throws IOException;

    /** Withdraws these routes (matched by prefix and path id; other attributes are ignored). */
    void withdraw(Collection<Route> routes) throws IOException;

    /** Whether its session with this neighbor is Established. */
    boolean established(InetAddress neighbor) throws IOException;

    /** The number of paths received from this neighbor in this family (Adj-RIB-In, before any policy). */
    long receivedCount(InetAddress neighbor, Family family) throws IOException;

    /** The paths received from this neighbor in this family, sorted by prefix and path id. */
    List<Route> received(InetAddress neighbor, Family family) throws IOException;

    default void awaitEstablished(InetAddress neighbor) {
        awaitEstablished(neighbor, DEFAULT_WAIT);
    }

    default void awaitEstablished(InetAddress neighbor, Duration timeout) {
        Wait.until(this, "session with " + Addresses.text(neighbor) + " Established", timeout,
                () -> established(neighbor) ? Boolean.TRUE : null);
    }

    /** Waits until its session with this neighbor is not Established (the neighbor stopped, say). */
    default void awaitNotEstablished(InetAddress neighbor, Duration timeout) {
        Wait.until(this, "session with " + Addresses.text(neighbor) + " not Established", timeout,
                () -> established(neighbor) ? null : Boolean.TRUE);
    }

    /** Waits until exactly {@code count} paths from this neighbor in this family are there. */
    default void awaitReceivedCount(InetAddress neighbor, Family family, long count) {
        awaitReceivedCount(neighbor, family, count, DEFAULT_WAIT);
    }

    default void awaitReceivedCount(InetAddress neighbor, Family family, long count, Duration timeout) {
        long[] last = {-1};
        Wait.until(this, () -> count + " " + family + " paths from " + Addresses.text(neighbor) + " (last seen: "
                + last[0] + ")", timeout, () -> {
                    last[0] = receivedCount(neighbor, family);
                    return last[0] == count ? Boolean.TRUE : null;
                });
    }

    /** Stops it. */
    @Override
    void close();
}
