package bgp.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the tests that run a gobgpd of their own (a configuration the harness's {@code GoBgp} does not write:
 * flowspec, MUP) share: the daemon, its command-line client on the daemon's API socket, and waiting for a condition.
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

    /**
     * A gobgpd of the test's own (AS 65002, router id 10.0.0.2) listening on {@code theirs}:{@code port}, passive,
     * with one eBGP neighbor {@code ours} (AS 65001, multihop) for the given AFI/SAFIs (GoBGP's names, e.g.
     * {@code ipv4-flowspec}); its files in a temporary directory; {@link #close} stops it by its process.
     */
    record Gobgpd(Path dir, String socket, Process process) implements AutoCloseable {
        static Gobgpd start(String ours, String theirs, int port, String... afiSafis) throws IOException {
            Path dir = Files.createTempDirectory("gobgpd");
            String socket = dir.resolve("gobgp.ctl").toString();
            List<String> conf = new ArrayList<>(List.of(
                    "[global.config]", "  as = 65002", "  router-id = \"10.0.0.2\"", "  port = " + port,
                    "  local-address-list = [\"" + theirs + "\"]",
                    "[[neighbors]]", "  [neighbors.config]", "    neighbor-address = \"" + ours + "\"",
                    "    peer-as = 65001",
                    "  [neighbors.transport.config]", "    local-address = \"" + theirs + "\"",
                    "    passive-mode = true",
                    "  [neighbors.ebgp-multihop.config]", "    enabled = true", "    multihop-ttl = 64"));
            for (String afiSafi : afiSafis) {
                conf.addAll(List.of("  [[neighbors.afi-safis]]", "    [neighbors.afi-safis.config]",
                        "      afi-safi-name = \"" + afiSafi + "\""));
            }
            conf.add("");
            Files.writeString(dir.resolve("gobgpd.toml"), String.join("\n", conf));
            Process p = new ProcessBuilder("gobgpd", "-f", dir.resolve("gobgpd.toml").toString(), "-t", "toml", "-p",
                    "--api-hosts", "unix://" + socket, "--pprof-disable", "-l", "info").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("gobgpd.log").toFile()).start();
            return new Gobgpd(dir, socket, p);
        }

        /** {@link GoBgpCli#run} on this daemon. */
        String run(String... args) throws IOException, InterruptedException {
            return GoBgpCli.run(dir, socket, args);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
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
