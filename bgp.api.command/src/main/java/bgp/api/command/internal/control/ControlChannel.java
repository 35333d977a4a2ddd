package bgp.api.command.internal.control;

import bgp.api.command.CommandDispatcher;
import bgp.log.AreaLogger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The local control channel (what ExaBGP's {@code exabgpcli} talks to): a Unix-domain socket, readable and
 * writable by its owner only, on which each client sends command lines and gets each one's answer through the
 * {@link CommandDispatcher}, line by line, ending with {@code done} or {@code error}. Several clients at once, one
 * thread each (at most {@value #MAX_CLIENTS}; one more is told {@code error: too many clients} and closed); a line
 * longer than {@value #MAX_LINE} characters is answered with an error and ends that client's connection. The
 * acknowledgement commands ({@code enable-ack}, {@code disable-ack}, {@code silence-ack}) are answered
 * {@code done} and change nothing: on this channel every command is acknowledged, since the client waits for it.
 *
 * <p>The socket is bound under a temporary name, made owner-only, then renamed into place, so it is never
 * reachable with wider permissions; a stale socket file (nothing accepts on it) is replaced, a live one is left
 * alone and the component fails to activate. Deactivation closes the socket, every client, and removes the file.
 * Configuration PID {@value #PID}, property {@code path} (see {@link ControlPath} for the default).
 */
@Component(service = {}, immediate = true, configurationPid = ControlChannel.PID)
public final class ControlChannel {
    static final String PID = "bgp.api.control";
    static final int MAX_CLIENTS = 64;
    static final int MAX_LINE = 65_536;
    private static final AreaLogger LOG = AreaLogger.of(ControlChannel.class, AreaLogger.API);

    /** The component's configuration. */
    public @interface Config {
        /** The socket's path; empty for the default. */
        String path() default "";
    }

    private final CommandDispatcher dispatcher;
    private final Path path;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final Set<SocketChannel> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientCount = new AtomicInteger();
    private volatile boolean closed;

    @Activate
    public ControlChannel(@Reference CommandDispatcher dispatcher, Config config, BundleContext context)
            throws IOException {
        this(dispatcher, ControlPath.resolve(config.path(), System.getenv(), properties(context)));
    }

    /** The system properties, with ExaBGP's socket-name setting from the framework's properties where it is set. */
    private static Properties properties(BundleContext context) {
        Properties p = new Properties();
        p.putAll(System.getProperties());
        for (String name : new String[] {ControlPath.SETTING, ControlPath.SETTING.replace('.', '_')}) {
            String v = context.getProperty(name); // a framework property, else the system property
            if (v != null) {
                p.setProperty(name, v);
            }
        }
        return p;
    }

    /** Listen on {@code path} (outside a framework, and in tests). */
    public ControlChannel(CommandDispatcher dispatcher, Path path) throws IOException {
        this.dispatcher = dispatcher;
        this.path = path.toAbsolutePath();
        this.server = bind(this.path);
        this.acceptor = new Thread(this::accept, "bgp-control-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("control channel listening on " + this.path);
    }

    /** The socket's path. */
    public Path path() {
        return path;
    }

    private static ServerSocketChannel bind(Path path) throws IOException {
        Path dir = path.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwx------")));
        }
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (listening(path)) {
                throw new IOException("another speaker listens on " + path);
            }
            if (!"socket".equals(type(path))) {
                throw new IOException(path + " exists and is not a socket: not replaced");
            }
            LOG.info("control channel: replacing the stale socket " + path);
        }
        Path temporary = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            s.bind(UnixDomainSocketAddress.of(temporary));
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            s.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
        return s;
    }

    private static boolean listening(Path path) {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(path));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String type(Path path) throws IOException {
        Object t = Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) t;
        return (mode & 0xF000) == 0xC000 ? "socket" : "other";
    }

    private void accept() {
        while (!closed) {
            SocketChannel c;
            try {
                c = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("control channel: accept failed", e);
                }
                return;
            }
            if (clientCount.incrementAndGet() > MAX_CLIENTS) {
                clientCount.decrementAndGet();
                refuse(c);
                continue;
            }
            clients.add(c);
            Thread t = new Thread(() -> serve(c), "bgp-control-client");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void refuse(SocketChannel c) {
        try (c; BufferedWriter w = writer(c)) {
            w.write("error: too many clients\nerror\n");
        } catch (IOException e) {
            // the client went away
        }
    }

    private static BufferedWriter writer(SocketChannel c) {
        return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(c), StandardCharsets.UTF_8));
    }

    private void serve(SocketChannel c) {
        try (c) {
            InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(c), 8192);
            BufferedWriter w = writer(c);
            StringBuilder line = new StringBuilder(256);
            while (!closed) {
                int r = readLine(in, line);
                if (r < 0) {
                    return;
                }
                if (r == 0) {
                    w.write("error: line longer than " + MAX_LINE + " characters\nerror\n");
                    w.flush();
                    return;
                }
                String command = line.toString().strip();
                if (command.isEmpty()) {
                    continue;
                }
                switch (command) {
                    case "enable-ack", "disable-ack", "silence-ack" -> w.write("done\n");
                    default -> dispatcher.dispatch(command, a -> {
                        try {
                            w.write(a);
                            w.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                w.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            if (!closed) {
                LOG.debug("control channel: client gone", e);
            }
        } finally {
            clients.remove(c);
            clientCount.decrementAndGet();
        }
    }

    /**
     * One line (UTF-8, without its end) into {@code line}.
     *
     * @return 1 for a line, -1 at the end of the input with nothing read, 0 for a line too long
     */
    private static int readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (bytes.size() == 0) {
                    return -1;
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (bytes.size() >= MAX_LINE) {
                return 0;
            }
            bytes.write(b);
        }
        line.append(bytes.toString(StandardCharsets.UTF_8));
        return 1;
    }

    @Deactivate
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("control channel: close", e);
        }
        for (SocketChannel c : clients) {
            try {
                c.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("control channel: could not remove " + path, e);
        }
        LOG.info("control channel closed: " + path);
    }
}
