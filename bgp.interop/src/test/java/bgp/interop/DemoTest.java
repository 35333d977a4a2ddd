package bgp.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README's first command, {@code bin/bgp}, as a newcomer runs it: the real launcher and the real runnable jar
 * ({@code cnf/target/bgp.jar}, built by the {@code cnf} module before this one) in a subprocess, headless (its
 * standard input is not a terminal). Within 30 seconds the console must show the session of the speaker with itself
 * established and the four routes of {@code demo/demo.py} received, as exact JSON; no command refused; the log (at
 * its default level) without a warning, an error, or a line per route. The speaker
 * is then stopped by its PID (SIGTERM) and must exit with its demo process.
 */
class DemoTest {
    static final Duration LIMIT = Duration.ofSeconds(30);
    static final int DEMO_PORT = 1790;

    static final Set<String> EXPECTED_ROUTES = Set.of(
            "{\"announce\": {\"ipv4 unicast\": {\"127.0.0.1\": [{\"nlri\": \"10.10.0.0/24\"}]}}, \"attribute\": "
                    + "{\"as-path\": {\"0\": {\"element\": \"as-sequence\", \"value\": [65001]}}, \"community\": "
                    + "[[65001, 1]], \"med\": 10, \"origin\": \"igp\"}}",
            "{\"announce\": {\"ipv4 unicast\": {\"127.0.0.1\": [{\"nlri\": \"10.10.1.0/24\"}]}}, \"attribute\": "
                    + "{\"as-path\": {\"0\": {\"element\": \"as-sequence\", \"value\": [65001]}}, \"community\": "
                    + "[[65001, 2]], \"med\": 20, \"origin\": \"igp\"}}",
            "{\"announce\": {\"ipv4 unicast\": {\"127.0.0.1\": [{\"nlri\": \"10.10.2.0/23\"}]}}, \"attribute\": "
                    + "{\"as-path\": {\"0\": {\"element\": \"as-sequence\", \"value\": [65001, 64512]}}, "
                    + "\"large-community\": [[65001, 0, 1]], \"origin\": \"igp\"}}",
            "{\"announce\": {\"ipv6 unicast\": {\"2001:db8::1\": [{\"nlri\": \"2001:db8:10::/48\"}]}}, \"attribute\": "
                    + "{\"as-path\": {\"0\": {\"element\": \"as-sequence\", \"value\": [65001]}}, \"origin\": \"egp\"}}");

    static final String ESTABLISHED = "demo: session established with 127.0.0.2";
    static final String RECEIVED = "demo: routes received from 127.0.0.1 (1, ";

    static Path root() {
        return Path.of(System.getProperty("bgp.root", "..")).toAbsolutePath().normalize();
    }

    @Test
    void theDemoEstablishesItsSessionAndReceivesItsRoutesWithin30Seconds(@org.junit.jupiter.api.io.TempDir Path storage)
            throws Exception {
        Path root = root();
        Path jar = root.resolve("cnf/target/bgp.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the cnf module builds it before this one");
        assertTrue(Files.isExecutable(root.resolve("bin/bgp")), "bin/bgp is not executable");
        assertPortFree("127.0.0.2", DEMO_PORT);

        ProcessBuilder pb = new ProcessBuilder(root.resolve("bin/bgp").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // a framework storage of its own: the jar keeps its storage (Config Admin data) across runs, by default in
        // ~/bnd/bgp.bndrun, which other runs on this machine may be using
        pb.environment().put("BGP_JAVA_OPTS", "-Dorg.osgi.framework.storage=" + storage.resolve("felix"));
        long start = System.nanoTime();
        Process speaker = pb.start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> console = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(speaker.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process is gone
            }
        }, "demo-console");
        reader.setDaemon(true);
        reader.start();
        List<ProcessHandle> children = List.of();
        try {
            long established = -1;
            Set<String> routes = new TreeSet<>();
            long deadline = start + LIMIT.toNanos();
            while ((established < 0 || routes.size() < EXPECTED_ROUTES.size()) && System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                console.add(line);
                if (line.equals(ESTABLISHED)) {
                    established = System.nanoTime();
                } else if (line.startsWith(RECEIVED)) {
                    routes.add(line.substring(line.indexOf("): ") + 3));
                } else if (line.startsWith("demo: the speaker answered")) {
                    fail("a demo command was refused: " + line + "\n" + String.join("\n", console));
                }
            }
            long done = System.nanoTime();
            assertTrue(established > 0, "no '" + ESTABLISHED + "' within " + LIMIT + ":\n" + String.join("\n", console));
            assertEquals(EXPECTED_ROUTES, routes, "routes received within " + LIMIT + ":\n" + String.join("\n", console));
            System.out.printf("demo: session established %d ms and routes received %d ms after bin/bgp started%n",
                    (established - start) / 1_000_000, (done - start) / 1_000_000);
            // the log at its default level: no warning or error, and never a line per route
            List<String> log = console.stream().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
            assertTrue(log.stream().anyMatch(l -> l.endsWith("INFO  reactor: peer 127.0.0.1 openconfirm -> established")),
                    "the reactor's log line of the session:\n" + String.join("\n", console));
            assertTrue(log.stream().noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR ")
                    || l.contains("10.10.") || l.contains("2001:db8:10")), String.join("\n", log));
            children = speaker.descendants().toList();
            assertTrue(children.stream().anyMatch(c -> c.info().commandLine().orElse("").contains("demo.py")),
                    "the demo process is not a child of the speaker: " + children.stream()
                            .map(c -> c.info().commandLine().orElse("?")).toList());
        } finally {
            // stop by PID: SIGTERM (the framework stops, the demo process is told and closed), SIGKILL if it hangs
            speaker.destroy();
            boolean exited = speaker.waitFor(20, TimeUnit.SECONDS);
            if (!exited) {
                speaker.destroyForcibly();
                speaker.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle c : children) {
                c.onExit().completeOnTimeout(c, 5, TimeUnit.SECONDS).get();
                if (c.isAlive()) {
                    c.destroyForcibly();
                }
            }
            assertTrue(exited, "the speaker did not stop within 20 s of SIGTERM");
        }
        for (ProcessHandle c : children) {
            assertTrue(!c.isAlive(), "a child of the speaker outlived it: " + c.info().commandLine().orElse("?"));
        }
    }

    static void assertPortFree(String address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            fail(address + ":" + port + ", the demo's port, is in use (a demo running?): " + e.getMessage());
        }
    }
}
