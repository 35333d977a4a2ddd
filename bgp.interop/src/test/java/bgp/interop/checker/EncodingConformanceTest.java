package bgp.interop.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.internal.BuiltinCodecs;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.internal.ConfigReader;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.Loopback;
import bgp.reactor.Peer;
import bgp.reactor.internal.BgpReactor;
import bgp.config.route.ConfigRoute;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * ExaBGP's encoding tests end to end: for every file of {@code qa/encoding}, the speaker runs the test's own
 * configuration file (its first neighbor, re-pointed at the checker's address), holds the configured routes, and
 * the checker peer connects and expects exactly the file's {@code raw:} messages. Which files pass is stated
 * explicitly below, with the reason for each one that does not yet; any change either way fails this test, so the
 * list is kept true.
 */
class EncodingConformanceTest {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Files not run at all, and why. */
    static final Map<String, String> SKIPPED = new TreeMap<>(Map.ofEntries(
            Map.entry("conf-llnh-lla-only.ci", "needs an IPv6 test peer (option:bind:ipv6); tests use 127.0.0.0/8")));

    /** Files run that do not pass yet, and why. */
    static final Map<String, String> NOT_YET = new TreeMap<>(Map.ofEntries(
            Map.entry("unknown-message.ci", "we answer an unknown message type with RFC 4271's 1/3 and the type, "
                    + "ExaBGP with 1/0 and a text"),
            Map.entry("conf-flow-redirect.ci", "two of its flow routes (alternative-syntax and "
                    + "redirect-nexthop-ietf-ipv4) have the same rule; ExaBGP sends an UPDATE for each, our "
                    + "Adj-RIB-Out keeps the last one for that NLRI and sends it alone (the peer ends with the same "
                    + "route); its other 4 UPDATEs and 3 End-of-RIBs are ExaBGP's bytes")));

    /**
     * {@code conf-watchdog} runs {@code ./run/watchdog.run}, which is not in the data: from the expected messages it
     * announces the group {@code dnsr} in odd steps and withdraws it in even ones; the test plays that part.
     */
    static final String WATCHDOG_TEST = "conf-watchdog.ci";

    /**
     * The software-version capability's text in ExaBGP's test OPENs: ExaBGP runs its tests as version
     * {@code 5.0.0-0+test} and names itself. We name ourselves ({@link bgp.reactor.Neighbor#SOFTWARE_VERSION}), so a
     * test that asks for the capability gets ExaBGP's text configured, and every other byte is compared as is.
     */
    static final String EXABGP_TEST_SOFTWARE_VERSION = "ExaBGP/5.0.0-0+test";

    /** Wait (10 s at most) until the peer's session is established on our side. */
    private static void awaitEstablished(Peer peer) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (peer.state() != bgp.reactor.PeerState.ESTABLISHED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the session is not established on our side after 10 s");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    static String play(Path ci) {
        CiScript script = CiScript.parse(ci);
        if (!script.unsupported().isEmpty()) {
            return "unsupported by the checker: " + script.unsupported();
        }
        Configuration config;
        try {
            config = ConfigReader.read(script.config().orElseThrow());
        } catch (Exception e) {
            return "configuration not loaded: " + e.getMessage();
        }
        NeighborConfig first = config.neighbors().get(0);
        CheckerPeer checker = CheckerPeer.forScript(script);
        java.util.concurrent.atomic.AtomicReference<Peer> held = new java.util.concurrent.atomic.AtomicReference<>();
        if (ci.getFileName().toString().equals(WATCHDOG_TEST)) {
            checker.onStep(s -> {
                if (s.number() % 2 == 1) {
                    // as a program does, once the session is up on our side: its initial table is then written
                    // (the checker's step 1 may begin before our loop has read its KEEPALIVE; the route announced
                    // before that joined the table's UPDATE of the same attributes)
                    awaitEstablished(held.get());
                    held.get().announceWatchdog("dnsr");
                } else {
                    held.get().withdrawWatchdog("dnsr");
                }
            });
        }
        try (BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of("127.0.0.1"), 0, 1))) {
            String listening = reactor.listening().get(0);
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1));
            checker.listenOn(Addresses.text(Loopback.allocate())).connectTo("127.0.0.1", port);
            Peer peer = reactor.addPeer(first.neighbor().toBuilder().peerAddress(checker.address()).passive(true)
                    .softwareVersion(first.neighbor().softwareVersion().map(v -> EXABGP_TEST_SOFTWARE_VERSION)
                            .orElse(null))
                    .build());
            for (ConfigRoute r : first.sessionRoutes()) {
                NeighborConfig.hold(peer, r);
            }
            held.set(peer);
            checker.start();
            Verdict v = checker.run(TIMEOUT);
            return v.passed() ? "pass" : v.report().lines().findFirst().orElse("failed");
        } catch (RuntimeException e) {
            return "error: " + e;
        } finally {
            checker.close();
        }
    }

    @Test
    void everyEncodingTestAgainstItsOwnConfiguration() {
        Map<String, String> results = new TreeMap<>();
        for (Path ci : ConformanceDir.ciFiles("encoding")) {
            String name = ci.getFileName().toString();
            if (!SKIPPED.containsKey(name)) {
                results.put(name, play(ci));
            }
        }
        long passed = results.values().stream().filter("pass"::equals).count();
        System.out.println("[encoding] " + passed + " of " + results.size() + " run pass; " + SKIPPED.size()
                + " skipped: " + SKIPPED);
        results.forEach((k, v) -> System.out.println("[encoding] " + k + ": " + v
                + (NOT_YET.containsKey(k) ? " (known: " + NOT_YET.get(k) + ")" : "")));
        Map<String, String> notPassing = new TreeMap<>();
        results.forEach((k, v) -> {
            if (!v.equals("pass")) {
                notPassing.put(k, v);
            }
        });
        assertEquals(NOT_YET.keySet(), notPassing.keySet());
    }
}
