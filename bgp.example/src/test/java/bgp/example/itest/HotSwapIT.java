package bgp.example.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.Update;
import bgp.codec.MessageCodec;
import bgp.codec.nlri.NlriList;
import bgp.example.itest.TestPeer.Received;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Hot swap, the OSGi promise, in a real Felix running the whole speaker: a configuration file (through Config Admin,
 * PID {@code bgp.config}) gives a neighbor, a {@link TestPeer} on its own 127.x address, and two static routes; the
 * session is established and the routes are received. Then, with the peer recording every message:
 * <ol>
 * <li>{@code bgp.api.command} is updated to a new version through the framework API (update + refresh): the
 * session stays Established, the peer gets nothing but KEEPALIVEs, and right after, {@code version} answers the new
 * version and an {@code announce} reaches the peer as one UPDATE;</li>
 * <li>{@code bgp.config} is updated from the Gogo shell ({@code update <id> <url>}, {@code refresh <id>}): the same,
 * and the configuration file is still the one in use; then again through the framework API: the same;</li>
 * <li>the example bundle (an extra {@code echo} Command service) is installed: {@code help} lists it and it answers;
 * uninstalled: it answers {@code error: unknown command: echo};</li>
 * <li>{@code bgp.reactor} is updated: the peer gets a Cease NOTIFICATION, the speaker connects again, and the whole
 * configured table is sent again, the same UPDATEs byte for byte, then End-of-RIB.</li>
 * </ol>
 * The tests bundle imports none of the updated bundles' packages (only {@code bgp.codec}, Config Admin's, Gogo's), so
 * the refreshes never restart it; the API is reached through Gogo's {@code bgp:run}.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class HotSwapIT {
    static final long WAIT = 15_000;

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    MessageCodec codec;

    @InjectService(timeout = 5000)
    ConfigurationAdmin configAdmin;

    @InjectService(timeout = 5000)
    CommandProcessor gogo;

    @TempDir
    Path dir;

    TestPeer peer;
    Configuration config;
    /** "STOPPED bgp.config", ... as bundles stop and start (see {@link #restarted}). */
    final List<String> bundleEvents = Collections.synchronizedList(new ArrayList<>());
    final SynchronousBundleListener listener = e -> { // synchronous: recorded before the refresh reports done
        if (e.getType() == BundleEvent.STOPPED || e.getType() == BundleEvent.STARTED) {
            bundleEvents.add((e.getType() == BundleEvent.STOPPED ? "STOPPED " : "STARTED ")
                    + e.getBundle().getSymbolicName());
        }
    };

    @AfterEach
    void cleanUp() throws Exception {
        context.removeBundleListener(listener);
        if (config != null) {
            config.delete();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void bundlesAreUpdatedUnderALiveSession() throws Exception {
        context.addBundleListener(listener);
        peer = new TestPeer(codec);
        Path file = Files.writeString(dir.resolve("hotswap.conf"), """
                neighbor %s {
                    router-id 127.0.0.1;
                    local-address 127.0.0.1;
                    local-as 65001;
                    peer-as 65002;
                    connect %d;
                    hold-time 9;
                    family { ipv4 unicast; }
                    static {
                        route 10.1.0.0/24 next-hop self;
                        route 10.1.1.0/24 next-hop self med 5 community [65001:1];
                    }
                }
                """.formatted(peer.address(), peer.port()));
        config = configAdmin.getConfiguration("bgp.config", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("file", file.toString());
        config.update(props);

        // the session, the two routes, End-of-RIB
        List<Received> initial = peer.await(r -> endOfRib(r, 1) >= 0, WAIT, "the table and End-of-RIB");
        assertInstanceOf(Open.class, initial.get(0).message());
        List<Received> table = updates(initial.subList(0, endOfRib(initial, 1)), 1);
        assertEquals(List.of("10.1.0.0/24", "10.1.1.0/24"), prefixes(table));
        awaitPeerState("established");
        int mark = initial.size();

        // 1. bgp.api.command, through the framework API
        Bundle api = bundle("bgp.api.command");
        bundleEvents.clear();
        Version apiVersion = updateAndRefresh(api);
        assertEquals(List.of("bgp.api.command"), restarted());
        assertEquals(List.of("bgp " + apiVersion), lines(gogoRetrying("bgp:run version")));
        assertEquals("", gogo("bgp:run neighbor " + peer.address() + " announce route 10.1.2.0/24 next-hop self"));
        List<Received> afterApi = peer.await(r -> !updates(r.subList(mark, r.size()), 1).isEmpty(), WAIT,
                "the announced route");
        List<Received> sinceMark = afterApi.subList(mark, afterApi.size());
        assertEquals(List.of("10.1.2.0/24"), prefixes(updates(sinceMark, 1)));
        assertOnlyKeepalivesAndUpdates(sinceMark, 1);
        awaitPeerState("established");
        int mark2 = afterApi.size();

        // 2. bgp.config, from the Gogo shell
        Bundle cfg = bundle("bgp.config");
        Version cfgVersion = bumped(cfg.getVersion());
        Path cfgJar = withVersion(cfg, cfgVersion);
        bundleEvents.clear();
        gogo("update " + cfg.getBundleId() + " " + cfgJar.toUri());
        gogo("refresh " + cfg.getBundleId());
        awaitService("bgp.config.ConfigurationService", cfgVersion);
        assertEquals(List.of("bgp " + apiVersion), lines(gogoRetrying("bgp:run version")));
        assertEquals(file.toString(), awaitService("bgp.config.ConfigurationService", cfgVersion)
                .getProperty("file"));
        Thread.sleep(3000); // time for anything wrong to reach the peer
        assertEquals(List.of("bgp.api.command", "bgp.config"), restarted());
        List<Received> afterConfig = peer.received();
        assertOnlyKeepalivesAndUpdates(afterConfig.subList(mark2, afterConfig.size()), 1);
        assertEquals(List.of(), updates(afterConfig.subList(mark2, afterConfig.size()), 1));
        assertEquals(1, peer.connections());
        awaitPeerState("established");

        // 2b. bgp.config again, through the framework API
        int mark3 = peer.received().size();
        bundleEvents.clear();
        cfgVersion = updateAndRefresh(cfg);
        assertEquals(List.of("bgp.api.command", "bgp.config"), restarted());
        assertEquals(List.of("bgp " + apiVersion), lines(gogoRetrying("bgp:run version")));
        Thread.sleep(3000);
        List<Received> afterConfig2 = peer.received();
        assertOnlyKeepalivesAndUpdates(afterConfig2.subList(mark3, afterConfig2.size()), 1);
        assertEquals(List.of(), updates(afterConfig2.subList(mark3, afterConfig2.size()), 1));
        assertEquals(1, peer.connections());
        awaitPeerState("established");

        // 3. a bundle adding a command, installed then uninstalled
        Path example = Path.of(context.getProperty("bgp.example.jar"));
        Bundle extra = context.installBundle(example.toUri().toString());
        extra.start();
        assertTrue(lines(gogoRetrying("bgp:run echo hello there")).equals(List.of("hello there")));
        assertTrue(lines(gogo("bgp:help")).contains(
                "echo - answer the words given (an example of a command added by another bundle)"),
                gogo("bgp:help"));
        extra.uninstall();
        assertEquals("error: unknown command: echo", gogo("bgp:run echo hello"));
        assertTrue(lines(gogo("bgp:help")).stream().noneMatch(l -> l.startsWith("echo")));

        // 4. bgp.reactor: Cease, a new session, the configured table again
        List<Received> beforeReactor = peer.received();
        bundleEvents.clear();
        updateAndRefresh(bundle("bgp.reactor"));
        assertEquals(List.of("bgp.api.command", "bgp.config", "bgp.reactor"), restarted());
        // Between update and refresh the new bgp.reactor runs for a moment with the old bgp.config, which may open
        // a connection that the refresh closes before its OPEN: such connections carry nothing. The next one is the
        // new session.
        List<Received> afterReactor = peer.await(r -> nextSession(r) > 0 && endOfRib(r, nextSession(r)) >= 0, WAIT,
                "a second session with the table and End-of-RIB");
        int n = nextSession(afterReactor);
        List<Received> first = afterReactor.stream().filter(r -> r.connection() == 1).toList();
        List<Received> lastOnFirst = first.subList(beforeReactor.size(), first.size());
        Notification cease = assertInstanceOf(Notification.class, lastOnFirst.get(lastOnFirst.size() - 1).message(),
                "the first session's last message: " + lastOnFirst);
        assertEquals(Notification.CEASE, cease.code());
        assertOnlyKeepalivesAndUpdates(lastOnFirst.subList(0, lastOnFirst.size() - 1), 1);
        assertEquals(List.of(), updates(lastOnFirst, 1));
        List<Received> second = afterReactor.stream().filter(r -> r.connection() == n).toList();
        assertInstanceOf(Open.class, second.get(0).message());
        List<Received> resent = updates(second.subList(0, endOfRib(second, n)), n);
        assertEquals(hex(table), hex(resent), "the configured table, sent again byte for byte");
        assertEquals(file.toString(), awaitService("bgp.config.ConfigurationService", cfgVersion)
                .getProperty("file"));
        awaitPeerState("established");
        assertEquals(List.of("bgp " + apiVersion), lines(gogoRetrying("bgp:run version")));
    }

    /** The bundles stopped then started again since {@link #bundleEvents} was cleared, sorted by name. */
    List<String> restarted() {
        synchronized (bundleEvents) {
            return bundleEvents.stream().filter(e -> e.startsWith("STARTED ")).map(e -> e.substring(8))
                    .filter(b -> bundleEvents.contains("STOPPED " + b)).distinct().sorted().toList();
        }
    }

    // --- the framework API ------------------------------------------------------------------------------------

    Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    static Version bumped(Version v) {
        return new Version(v.getMajor(), v.getMinor(), v.getMicro() + 1, "hotswap");
    }

    /** Update {@code b} to a copy of itself with the next micro version, refresh it, and return that version. */
    Version updateAndRefresh(Bundle b) throws Exception {
        Version next = bumped(b.getVersion());
        Path jar = withVersion(b, next);
        try (InputStream in = Files.newInputStream(jar)) {
            b.update(in);
        }
        assertEquals(next, b.getVersion());
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(b), e -> {
            if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        assertTrue(refreshed.await(WAIT, TimeUnit.MILLISECONDS), "refresh of " + b.getSymbolicName());
        assertEquals(Bundle.ACTIVE, b.getState());
        return next;
    }

    /** A copy of bundle {@code b}'s content with {@code Bundle-Version: version}, as a jar file. */
    Path withVersion(Bundle b, Version version) throws IOException {
        Manifest manifest;
        try (InputStream in = b.getEntry("META-INF/MANIFEST.MF").openStream()) {
            manifest = new Manifest(in);
        }
        manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version.toString());
        Path jar = dir.resolve(b.getSymbolicName() + "-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            Enumeration<java.net.URL> entries = b.findEntries("/", "*", true);
            for (java.net.URL url : Collections.list(entries)) {
                String name = url.getPath().substring(1);
                if (name.endsWith("/") || name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = url.openStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The service registered under {@code className} by a bundle of version {@code version} (waits for it). */
    ServiceReference<?> awaitService(String className, Version version) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context.getServiceReferences(className, null);
            if (refs != null) {
                for (ServiceReference<?> r : refs) {
                    if (r.getBundle() != null && version.equals(r.getBundle().getVersion())) {
                        return r;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + className + " from version " + version);
    }

    /** Wait until the test peer's Peer service says {@code state}. */
    void awaitPeerState(String state) throws InterruptedException, InvalidSyntaxException {
        String filter = "(&(bgp.peer.address=" + peer.address() + ")(bgp.peer.state=" + state + "))";
        long deadline = System.currentTimeMillis() + WAIT;
        while (System.currentTimeMillis() < deadline) {
            if (context.getServiceReferences("bgp.reactor.Peer", filter) != null) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no Peer service matching " + filter);
    }

    // --- Gogo --------------------------------------------------------------------------------------------------

    /** Run a Gogo command line; its result as text (what the shell would print), or the failure's message. */
    String gogo(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), ps, ps);
        try {
            Object result = session.execute(line);
            String printed = out.toString(StandardCharsets.UTF_8);
            return (printed + (result == null ? "" : result instanceof String s ? s : session.format(result,
                    org.apache.felix.service.command.Converter.INSPECT).toString())).strip();
        } finally {
            session.close();
        }
    }

    /** {@link #gogo} until the command exists (the bundle providing it may still be starting). */
    String gogoRetrying(String line) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT;
        while (true) {
            try {
                return gogo(line);
            } catch (IllegalArgumentException notYet) { // Gogo's "Command not found"
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }

    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    // --- what the peer received -------------------------------------------------------------------------------

    /** The index of the first End-of-RIB received on {@code connection}, -1 if none yet. */
    static int endOfRib(List<Received> received, int connection) {
        List<Received> on = received.stream().filter(r -> r.connection() == connection).toList();
        for (int i = 0; i < on.size(); i++) {
            if (on.get(i).message() instanceof Update u && u.endOfRib().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The first connection after the first one that carried a message, 0 if none yet. */
    static int nextSession(List<Received> received) {
        return received.stream().mapToInt(Received::connection).filter(c -> c > 1).min().orElse(0);
    }

    /** The UPDATEs (End-of-RIB excluded) received on {@code connection}. */
    static List<Received> updates(List<Received> received, int connection) {
        return received.stream().filter(r -> r.connection() == connection)
                .filter(r -> r.message() instanceof Update u && u.endOfRib().isEmpty()).toList();
    }

    /** The prefixes announced by {@code updates}, in order; fails on any withdrawal. */
    static List<String> prefixes(List<Received> updates) {
        List<String> out = new ArrayList<>();
        for (Received r : updates) {
            Update u = (Update) r.message();
            assertTrue(u.withdrawn().isEmpty(), "a withdrawal: " + u);
            NlriList nlri = u.nlri();
            for (int i = 0; i < nlri.size(); i++) {
                out.add(nlri.get(i).toString());
            }
        }
        return out;
    }

    static void assertOnlyKeepalivesAndUpdates(List<Received> received, int connection) {
        for (Received r : received) {
            assertEquals(connection, r.connection(), "a new connection: " + r.message());
            Message m = r.message();
            assertTrue(m instanceof Keepalive || m instanceof Update u && u.endOfRib().isEmpty()
                    && u.withdrawn().isEmpty(), "not a KEEPALIVE: " + m);
        }
    }

    static List<String> hex(List<Received> received) {
        return received.stream().map(r -> HexFormat.of().formatHex(r.bytes())).collect(Collectors.toList());
    }
}
