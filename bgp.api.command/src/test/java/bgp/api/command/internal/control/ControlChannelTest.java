package bgp.api.command.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.internal.TestDispatchers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control channel on a real Unix-domain socket, with the dispatcher's table and its built-in commands. */
class ControlChannelTest {
    private final CommandDispatcher dispatcher = TestDispatchers.builtins("0.1.0.TEST");

    /** A client of the socket. */
    static final class Client implements AutoCloseable {
        final SocketChannel channel;
        final BufferedReader in;
        final Writer out;

        Client(Path socket) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
        }

        /** Send a line and read the answer through done or error. */
        List<String> ask(String command) throws IOException {
            out.write(command + "\n");
            out.flush();
            return answer();
        }

        List<String> answer() throws IOException {
            List<String> lines = new ArrayList<>();
            for (String l; (l = in.readLine()) != null; ) {
                lines.add(l);
                if (l.equals("done") || l.equals("error")) {
                    break;
                }
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    @Test
    void eachLineIsAnsweredThroughTheDispatcher(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        try (Client c = new Client(socket)) {
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.ask("version"));
            assertEquals(List.of("error: unknown command: frob", "error"), c.ask("frob"));
            assertEquals(List.of("done"), c.ask("disable-ack")); // the channel always acknowledges
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.ask("  version  "));
            c.out.write("\n\nversion\nversion\n"); // blank lines are skipped; two commands in one write
            c.out.flush();
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.answer());
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.answer());
        } finally {
            channel.close();
        }
        assertFalse(Files.exists(socket), "the socket file is removed on close");
    }

    @Test
    void theSocketIsTheOwnersOnly(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        try {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals(List.of(socket.getFileName()), Files.list(dir).map(Path::getFileName).toList());
        } finally {
            channel.close();
        }
    }

    @Test
    void severalClientsAtOnce(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    int ok = 0;
                    try (Client c = new Client(socket)) {
                        for (int k = 0; k < 200; k++) {
                            if (c.ask("version").equals(List.of("bgp 0.1.0.TEST", "done"))) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(200, f.get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            channel.close();
        }
    }

    @Test
    void aStaleSocketIsReplacedALiveOneIsNot(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        // a socket file nobody accepts on any more
        ServerSocketChannel old = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        old.bind(UnixDomainSocketAddress.of(socket));
        old.close();
        assertTrue(Files.exists(socket));
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        try (Client c = new Client(socket)) {
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.ask("version"));
            IOException e = assertThrows(IOException.class, () -> new ControlChannel(dispatcher, socket));
            assertEquals("another speaker listens on " + socket, e.getMessage());
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.ask("version"));
        } finally {
            channel.close();
        }
        Path file = dir.resolve("plain");
        Files.writeString(file, "x");
        IOException e = assertThrows(IOException.class, () -> new ControlChannel(dispatcher, file));
        assertEquals(file + " exists and is not a socket: not replaced", e.getMessage());
    }

    @Test
    void aLineTooLongEndsThatClientOnly(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        try (Client bad = new Client(socket); Client good = new Client(socket)) {
            bad.out.write("x".repeat(ControlChannel.MAX_LINE + 10) + "\n");
            bad.out.flush();
            assertEquals(List.of("error: line longer than 65536 characters", "error"), bad.answer());
            assertEquals(null, bad.in.readLine());
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), good.ask("version"));
        } finally {
            channel.close();
        }
    }

    @Test
    void closingEndsConnectedClients(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(dispatcher, socket);
        try (Client c = new Client(socket)) {
            assertEquals(List.of("bgp 0.1.0.TEST", "done"), c.ask("version"));
            channel.close();
            assertEquals(null, c.in.readLine());
        }
    }

    @Test
    void thePathIsConfiguredOrExaBgpsSettingOrPerUser() {
        Properties p = new Properties();
        p.setProperty("java.io.tmpdir", "/tmp");
        p.setProperty("user.name", "alice");
        assertEquals(Path.of("/run/bgp.sock"), ControlPath.resolve("/run/bgp.sock", Map.of(), p));
        assertEquals(Path.of("/tmp/bgp-alice.sock"), ControlPath.resolve("", Map.of(), p));
        assertEquals(Path.of("/tmp/exa.sock"), ControlPath.resolve(null, Map.of("exabgp_api_socketname", "exa"), p));
        assertEquals(Path.of("/var/x.sock"), ControlPath.resolve(null, Map.of("exabgp.api.socketname", "/var/x.sock"),
                p));
        p.setProperty("exabgp.api.socketname", "fromprop");
        assertEquals(Path.of("/tmp/fromprop.sock"), ControlPath.resolve(null, Map.of("exabgp_api_socketname", "exa"),
                p));
    }
}
