package bgp.interop.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short command (a daemon's CLI) with a time limit; its output goes through files, never a full pipe. */
final class Cli {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    record Result(List<String> command, int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        /** This result, or an IOException naming the command, its exit status and what it printed. */
        Result check() throws IOException {
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + exit + ": " + trim(err + out));
            }
            return this;
        }
    }

    private Cli() {
    }

    static Result run(Path scratch, Duration timeout, List<String> command) throws IOException {
        return run(scratch, timeout, Map.of(), command);
    }

    /**
     * Runs {@code command} (no shell) with its stdout and stderr in temporary files under {@code scratch}; kills it
     * (SIGKILL, by PID) and throws if it has not finished within {@code timeout}.
     */
    static Result run(Path scratch, Duration timeout, Map<String, String> env, List<String> command) throws IOException {
        return run(scratch, timeout, env, command, null);
    }

    /** As {@link #run(Path, Duration, Map, List)}, with {@code stdin} (a file; null: /dev/null) as standard input. */
    static Result run(Path scratch, Duration timeout, Map<String, String> env, List<String> command, Path stdin)
            throws IOException {
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "cli", ".out");
        Path err = Files.createTempFile(scratch, "cli", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? new java.io.File("/dev/null") : stdin.toFile()));
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + String.join(" ", command), e);
            }
            if (!done) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Result(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String trim(String s) {
        String t = s.strip();
        return t.length() > 2000 ? t.substring(0, 2000) + " ..." : t;
    }
}
