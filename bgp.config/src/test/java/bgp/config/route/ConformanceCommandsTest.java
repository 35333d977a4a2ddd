package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every route command of ExaBGP's conformance tests ({@code cmd:announce route ...}, {@code cmd:announce ipv6 unicast
 * ...}, {@code cmd:withdraw attributes ... nlri ...} in {@code qa/encoding} and {@code qa/api}, read in place) is read
 * by the route-text parser; announcements need their next hop. Families the parser does not take (flow, VPLS, MUP,
 * SR policy, MVPN) are not route commands of this form and are not selected.
 */
class ConformanceCommandsTest {
    private static final Pattern COMMAND = Pattern.compile(
            "^\\d+:cmd:(announce|withdraw) ((?:route|attributes?|ipv[46] (?:unicast|multicast|nlri-mpls|mpls-vpn|flow|flow-vpn)) .*)$");

    private static Path qa() {
        Path dir = Path.of(System.getProperty("bgp.conformance.dir", "../../shared/conformance"))
                .resolve("exabgp").resolve("qa");
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

    @Test
    void everyRouteCommandOfTheConformanceTestsParses() throws IOException {
        List<String> failures = new ArrayList<>();
        int commands = 0;
        for (String folder : List.of("encoding", "api")) {
            try (Stream<Path> files = Files.list(qa().resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ci")).sorted().toList()) {
                    for (String line : lines(f)) {
                        Matcher m = COMMAND.matcher(line);
                        if (!m.matches()) {
                            continue;
                        }
                        commands++;
                        try {
                            List<ConfigRoute> routes = RouteParser.parse(Token.split(m.group(2)),
                                    m.group(1).equals("announce"));
                            assertFalse(routes.isEmpty());
                        } catch (RouteSyntaxException e) {
                            failures.add(f.getFileName() + ": " + line + " -> " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertTrue(commands >= 80, "expected the conformance route commands, found " + commands);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + commands + " commands fail:\n" + String.join("\n", failures));
        }
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
