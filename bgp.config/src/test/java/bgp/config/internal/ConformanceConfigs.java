package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.fail;

import bgp.config.ConfigException;
import bgp.config.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * ExaBGP's conformance configurations (third-party, read in place, never copied into the project), from the folder
 * named by the system property {@code bgp.conformance.dir} (default {@code ../../shared/conformance} from the
 * module). Missing: a failure when the environment says {@code CI=true}, else the test is skipped.
 */
final class ConformanceConfigs {
    private ConformanceConfigs() {
    }

    /** The {@code exabgp/etc} folder. */
    static Path etc() {
        Path dir = Path.of(System.getProperty("bgp.conformance.dir", "../../shared/conformance"))
                .resolve("exabgp").resolve("etc");
        if (!Files.isDirectory(dir)) {
            String message = "ExaBGP conformance data not found at " + dir.toAbsolutePath()
                    + " (set -Dbgp.conformance.dir=<shared>/conformance)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; skipped outside CI");
        }
        return dir;
    }

    /** Every {@code .conf}, sorted by name. */
    static List<Path> all() {
        List<Path> out = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(etc(), "*.conf")) {
            stream.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }

    /** The model of one configuration, by file name; a parse error fails the test with every error. */
    static Configuration parse(String name) {
        try {
            return ConfigReader.read(etc().resolve(name));
        } catch (ConfigException e) {
            return fail(e.getMessage());
        }
    }
}
