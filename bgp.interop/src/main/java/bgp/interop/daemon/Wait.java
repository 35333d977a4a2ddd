package bgp.interop.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/** Polling with a time limit: every wait of the harness is bounded. */
public final class Wait {
    /** How often a condition is polled. */
    static final Duration POLL = Duration.ofMillis(200);

    @FunctionalInterface
    public interface Probe<T> {
        /** The value, or null for "not yet"; an IOException also counts as "not yet". */
        T get() throws IOException;
    }

    private Wait() {
    }

    public static <T> T until(BgpDaemon daemon, String what, Duration timeout, Probe<T> probe) {
        return until(daemon, () -> what, timeout, probe);
    }

    /**
     * Polls {@code probe} until it gives a value; throws {@link IllegalStateException} (naming {@code what}, the
     * last error, and the end of the daemon's log) after {@code timeout} or as soon as the daemon has died.
     */
    public static <T> T until(BgpDaemon daemon, Supplier<String> what, Duration timeout, Probe<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (true) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (IOException e) {
                last = e;
            }
            boolean dead = daemon != null && !daemon.running();
            if (dead || System.nanoTime() - deadline > 0) {
                String msg = (dead ? daemon.kind() + " died" : "timed out after " + timeout.toMillis() + " ms")
                        + " waiting for " + what.get() + (last == null ? "" : "; last error: " + last.getMessage())
                        + (daemon == null ? "" : "\n--- end of " + daemon.logFile() + ":\n" + Logs.tail(daemon.logFile(), 30));
                throw new IllegalStateException(msg, last);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what.get(), e);
            }
        }
    }
}
