package bgp.codec.attribute;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * ExaBGP's conformance data (third-party, never copied into the project), read from the folder named by the
 * system property {@code bgp.conformance.dir} (default {@code ../../shared/conformance} from the module). Missing:
 * a failure when the environment says {@code CI=true}, else the test is skipped with a message.
 */
final class ConformanceData {
    private ConformanceData() {
    }

    /** The {@code exabgp} folder of the conformance data. */
    static Path exabgp() {
        Path dir = Path.of(System.getProperty("bgp.conformance.dir", "../../shared/conformance")).resolve("exabgp");
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

    /** Every file matching a glob under a folder of the data, sorted by name. */
    static List<Path> files(String folder, String glob) {
        Path dir = exabgp().resolve(folder);
        List<Path> out = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }

    static List<String> lines(Path file) {
        try (Stream<String> s = Files.lines(file)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
