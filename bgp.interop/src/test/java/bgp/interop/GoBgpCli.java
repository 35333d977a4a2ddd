package bgp.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the tests that run a gobgpd of their own (a configuration the harness's {@code GoBgp} does not write:
 * flowspec, MUP) share: its command-line client on the daemon's API socket, and waiting for a condition.
 */
final class GoBgpCli {
    static final long TIMEOUT_MS = 20_000;

    private GoBgpCli() {
    }

    /** Wait for a condition, polled every 50 ms, at most 20 s (then an AssertionError naming {@code what}). */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** {@code gobgp --target unix://<socket> <args>} in {@code dir}: its output; an IOException if it fails. */
    static String run(Path dir, String socket, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gobgp", "--target", "unix://" + socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                throw new IOException("gobgp " + List.of(args) + " did not finish");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException("gobgp " + List.of(args) + " failed: " + out);
            }
            return out;
        } finally {
            p.destroyForcibly();
        }
    }
}
