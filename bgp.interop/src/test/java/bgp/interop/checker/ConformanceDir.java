package bgp.interop.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * ExaBGP's conformance data, read in place (never copied into the project): system property
 * {@code bgp.conformance.dir}, default {@code ../../shared/conformance} relative to the module. Missing data fails
 * the run under CI ({@code CI=true}) and skips the calling test elsewhere.
 */
public final class ConformanceDir {
    private ConformanceDir() {
    }

    /** The {@code exabgp} folder of the conformance data (aborts or fails the test when it is missing). */
    public static Path exabgp() {
        String dir = System.getProperty("bgp.conformance.dir", "../../shared/conformance");
        Path p = Path.of(dir, "exabgp").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            String why = "conformance data not found at " + p + " (set -Dbgp.conformance.dir)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return p;
    }

    /** One {@code .ci} file of {@code qa/encoding} or {@code qa/api}, e.g. {@code ci("encoding", "conf-ebgp")}. */
    public static Path ci(String folder, String name) {
        Path p = exabgp().resolve("qa").resolve(folder).resolve(name.endsWith(".ci") ? name : name + ".ci");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no such conformance file " + p);
        }
        return p;
    }

    /** Every {@code .ci} file of {@code qa/<folder>}, sorted by name. */
    public static List<Path> ciFiles(String folder) {
        try (Stream<Path> s = Files.list(exabgp().resolve("qa").resolve(folder))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".ci")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
