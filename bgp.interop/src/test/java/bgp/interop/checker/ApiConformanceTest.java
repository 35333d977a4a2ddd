package bgp.interop.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.internal.CommandTable;
import bgp.codec.Family;
import bgp.codec.internal.BuiltinCodecs;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.internal.ConfigReader;
import bgp.config.route.ConfigRoute;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.Loopback;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * ExaBGP's API tests end to end: for every file of {@code qa/api}, the speaker (our reactor and the real command
 * dispatcher with the real built-in commands, {@link CommandTable#withBuiltins}) runs the test's configuration (its
 * first neighbor, re-pointed at the checker's address) against the {@link CheckerPeer}; when the checker reaches a
 * step, the step's {@code cmd:} lines are given to the dispatcher in order, as a process would, each one answered
 * (an answer other than {@code done} fails the file); the step's {@code raw:} messages must then arrive exactly
 * (messages of one step in any order, KEEPALIVEs ignored), and after the last step nothing but an End-of-RIB may
 * arrive for {@link #SETTLE}.
 *
 * <p>Two readings of the data, each implied by the expected messages:
 * <ul>
 * <li>The speaker sends an End-of-RIB for every negotiated family itself once the session is up (as ExaBGP does
 * unless {@code manual-eor}); the files describe that message with an {@code announce eor <afi> <safi>} line in the
 * connection's first step, and expect it once. So in a connection's first step, the first such line per family of
 * the neighbor is the speaker's own End-of-RIB and is not given to the dispatcher (giving it would send a second
 * one, which no file expects), unless the neighbor has {@code manual-eor}.</li>
 * <li>ExaBGP's withdrawals of MP families carry path attributes (the route's, or those of the command) after
 * MP_UNREACH_NLRI, and its {@code attributes <attributes>} without {@code nlri} sends an UPDATE of path attributes
 * alone. Neither changes anything at the peer (RFC 4760: an UPDATE with MP_UNREACH_NLRI need not carry other path
 * attributes), and the speaker sends neither: withdrawals hold their NLRI only, and {@code attributes} without
 * {@code nlri} sends nothing. So ({@link #withoutPathAttributes}) an expected UPDATE that announces nothing is
 * compared without its path attributes other than MP_UNREACH_NLRI, and one left empty by that (attributes alone) is
 * not expected.</li>
 * <li>Where the file expects the End-of-RIB after UPDATEs of the API's commands, {@link #LATE_END_OF_RIB} sends it
 * when the file's {@code announce eor} line comes, as with {@code manual-eor}.</li>
 * <li>Where the expected messages show that the script waited for a command's UPDATE before its next command,
 * {@link #SEQUENTIAL} gives the commands one at a time.</li>
 * <li>The run scripts ({@code etc/exabgp/run/*.run}) are not in the data; where the expected messages show that a
 * script did something other than the {@code cmd:} lines, {@link #PLAYED} gives the commands that stand for it,
 * each with the reason.</li>
 * </ul>
 *
 * <p>Files that cannot pass yet are listed in {@link #SKIPPED} with the reason; they are still run, and one that
 * passes fails this test, so the list stays true. {@code qa/encoding} files with {@code cmd:} lines whose
 * configuration names a process: only {@code conf-watchdog.ci}, played by {@link EncodingConformanceTest}.
 */
class ApiConformanceTest {
    static final Duration TIMEOUT = Duration.ofSeconds(8);
    static final Duration SETTLE = Duration.ofMillis(300);
    static final Duration ESTABLISHED = Duration.ofSeconds(5);

    /** Files that do not pass yet, and why (run anyway: one that passes fails the test). */
    static final Map<String, String> SKIPPED = new TreeMap<>(Map.ofEntries(
            Map.entry("api-vpnv4.ci", "line 8's withdrawal (the one-line group 'group attributes ... ; withdraw "
                    + "route 1.4.0.0/16 rd 65000:1 label 1000') carries label 1000 in its NLRI (003E81): ExaBGP repeats "
                    + "the command's label; the speaker sends RFC 8277's withdrawal label 0x800000 (800000), which the "
                    + "receiver ignores"),
            Map.entry("api-reload.ci", "no cmd: line: a reload on SIGUSR1 from api-reload.1.conf to api-reload.2.conf "
                    + "after which the file expects 3.0.0.0/24, which neither file configures (the missing run "
                    + "script announced it); needs the configuration service on the file's own neighbor address")));

    /** Why api-ipv4 and api-ipv6 give their commands one at a time. */
    static final String IPV_MUP_SEQUENTIAL = "the file announces a unicast and a mup route and withdraws both in the "
            + "same step, expecting each announcement and each withdrawal: the script waited for each command's UPDATE "
            + "(given at once, a withdrawal may cancel its announcement in the Adj-RIB-Out before anything is sent)";

    /**
     * Files whose commands are given one at a time, each after the previous one's messages arrived, and why: what the
     * expected messages imply the missing script did (waited between its commands).
     */
    static final Map<String, String> SEQUENTIAL = Map.of(
            "api-mvpn.ci", "the file announces six MVPN routes and then withdraws them, expecting each announcement "
                    + "and each withdrawal: the script waited for each command's UPDATE (given at once, the "
                    + "withdrawals cancel the announcements in the Adj-RIB-Out before anything is sent)",
            "api-flow.ci", "the file withdraws a flow route and announces it again (lines 16 and 19) expecting both "
                    + "UPDATEs: the script waited for each command's UPDATE (given at once, the announcement "
                    + "replaces the withdrawal in the Adj-RIB-Out)",
            "api-add-remove.ci", "the file expects 1.1.0.0/24 and 1.1.0.0/25 announced and then withdrawn, one UPDATE "
                    + "per command: the script waited for each command's UPDATE before the next one (given at once, "
                    + "the withdrawals cancel the announcements in the Adj-RIB-Out before anything is sent)",
            "api-attributes-path.ci", "the file expects one UPDATE per command although the two commands' routes "
                    + "share their attributes (only the path identifiers differ): ExaBGP sent the first command's "
                    + "UPDATE before the script's second command (given at once, they may share one UPDATE)",
            "api-ipv4.ci", IPV_MUP_SEQUENTIAL,
            "api-ipv6.ci", IPV_MUP_SEQUENTIAL);

    /**
     * Files whose End-of-RIB the speaker sends when the file's {@code announce eor} line comes (as with
     * {@code manual-eor}), and why: the file expects it after UPDATEs of the API's commands, where ExaBGP sent it.
     */
    static final Map<String, String> LATE_END_OF_RIB = Map.of(
            "api-flow-merge.ci", "the file expects the End-of-RIB in step 3 (line 12), after step 1's UPDATEs of the "
                    + "configured flow routes and the first commands: ExaBGP sent it after them; the speaker sends its "
                    + "own as soon as the configured routes are out, before any command");

    /** A step's commands played in place of its {@code cmd:} lines: what the missing run script did. */
    record Played(List<String> commands, String reason) {
    }

    /** Per file, per step label ({@code A31}): the commands that stand for the missing script there. */
    static final Map<String, Map<String, Played>> PLAYED = Map.of(
            "api-rib.ci", Map.of(
                    "A31", new Played(List.of("flush adj-rib out"), "the file marks the step '# flush' and expects "
                            + "the routes already sent (192.168.0.2/32, .3/32) again, unchanged: the Adj-RIB-Out "
                            + "flushed, not announced anew (announcing an unchanged route sends nothing)"),
                    "A41", new Played(List.of("flush adj-rib out"), "as A31, with 192.168.0.4/32 added in A40")),
            "api-rr.ci", Map.of(
                    "A3", new Played(List.of("announce route-refresh ipv4 unicast"), "the step expects a "
                            + "ROUTE-REFRESH for IPv4 unicast from the speaker and has no cmd: line: the script "
                            + "asked for it")));

    /**
     * The lines of a {@code .ci} file with every {@code raw:} UPDATE that announces nothing (no NLRI, no
     * MP_REACH_NLRI) stripped of its path attributes but MP_UNREACH_NLRI; one left with nothing (path attributes
     * alone) becomes a blank line (line numbers kept).
     */
    static List<String> withoutPathAttributes(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int raw = line.indexOf(":raw:");
            if (raw < 0 || line.contains("#")) {
                out.add(line);
                continue;
            }
            byte[] m = java.util.HexFormat.of().parseHex(line.substring(raw + 5).replace(":", "").strip());
            if (m.length < 23 || m[18] != 2) {
                out.add(line);
                continue;
            }
            int wLen = ((m[19] & 0xFF) << 8) | (m[20] & 0xFF);
            int aStart = 23 + wLen;
            int aLen = ((m[21 + wLen] & 0xFF) << 8) | (m[22 + wLen] & 0xFF);
            int nlri = m.length - aStart - aLen;
            java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
            boolean reach = false;
            for (int i = aStart; i < aStart + aLen; ) {
                int flags = m[i] & 0xFF;
                int code = m[i + 1] & 0xFF;
                int len = (flags & 0x10) != 0 ? ((m[i + 2] & 0xFF) << 8) | (m[i + 3] & 0xFF) : m[i + 2] & 0xFF;
                int end = i + ((flags & 0x10) != 0 ? 4 : 3) + len;
                reach |= code == 14;
                if (code == 15) {
                    kept.write(m, i, end - i);
                }
                i = end;
            }
            if (nlri > 0 || reach || kept.size() == aLen) {
                out.add(line);
                continue;
            }
            if (wLen == 0 && kept.size() == 0) {
                out.add(""); // path attributes alone: the speaker sends nothing
                continue;
            }
            byte[] a = kept.toByteArray();
            java.io.ByteArrayOutputStream u = new java.io.ByteArrayOutputStream();
            int length = 19 + 2 + wLen + 2 + a.length;
            u.write(m, 0, 16);
            u.write(length >> 8);
            u.write(length & 0xFF);
            u.write(2);
            u.write(m, 19, 2 + wLen);
            u.write(a.length >> 8);
            u.write(a.length & 0xFF);
            u.write(a, 0, a.length);
            out.add(line.substring(0, raw + 5) + java.util.HexFormat.of().withUpperCase().formatHex(u.toByteArray()));
        }
        return out;
    }

    static String play(Path ci) {
        CiScript script;
        try {
            script = CiScript.parse(ci, ci.getFileName().toString(),
                    withoutPathAttributes(java.nio.file.Files.readAllLines(ci)));
        } catch (java.io.IOException e) {
            return "not read: " + e;
        }
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
        String file = ci.getFileName().toString();
        Map<String, Played> played = PLAYED.getOrDefault(file, Map.of());
        CheckerPeer checker = CheckerPeer.forScript(script).settle(SETTLE);
        try (BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of("127.0.0.1"), 0, 1))) {
            CommandDispatcher api = CommandTable.withBuiltins(reactor, null, "test");
            String listening = reactor.listening().get(0);
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1));
            checker.listenOn(Addresses.text(Loopback.allocate())).connectTo("127.0.0.1", port);
            boolean lateEndOfRib = LATE_END_OF_RIB.containsKey(file);
            Peer peer = reactor.addPeer(first.neighbor().toBuilder().peerAddress(checker.address()).passive(true)
                    .manualEor(first.neighbor().manualEor() || lateEndOfRib).build());
            for (ConfigRoute r : first.sessionRoutes()) {
                NeighborConfig.hold(peer, r);
            }
            StepDriver driver = new StepDriver(script, api, peer, first.options().manualEor() || lateEndOfRib,
                    SEQUENTIAL.containsKey(file), played);
            checker.onStep(driver::step).onMessage(driver::arrived);
            checker.start();
            Verdict v = checker.run(TIMEOUT);
            if (!v.passed() && Boolean.getBoolean("bgp.api.conformance.verbose")) {
                System.out.println(v.report());
            }
            return v.passed() ? "pass" : v.report().lines().findFirst().orElse("failed");
        } catch (RuntimeException e) {
            return "error: " + e;
        } finally {
            checker.close();
        }
    }

    /**
     * Gives each step's commands to the dispatcher: all at once, or (sequential) each one after the messages of the
     * previous one arrived (its {@code raw:} lines are those between it and the next {@code cmd:} line). Runs on the
     * checker's thread.
     */
    static final class StepDriver {
        private final CommandDispatcher api;
        private final Peer peer;
        private final boolean manualEor;
        private final boolean sequential;
        private final Map<String, Played> played;
        private final Set<String> firstSteps = new HashSet<>();
        private final ArrayDeque<String> queue = new ArrayDeque<>();
        private final ArrayDeque<Set<Integer>> queueAwaits = new ArrayDeque<>();
        private final Set<Integer> awaiting = new HashSet<>();
        private Set<Family> ownEndOfRib = Set.of();

        StepDriver(CiScript script, CommandDispatcher api, Peer peer, boolean manualEor, boolean sequential,
                Map<String, Played> played) {
            this.api = api;
            this.manualEor = manualEor;
            this.peer = peer;
            this.sequential = sequential;
            this.played = played;
            script.connections().values().forEach(steps -> firstSteps.add(steps.get(0).label()));
        }

        void step(CiScript.Step step) {
            awaitEstablished(peer);
            queue.clear();
            queueAwaits.clear();
            awaiting.clear();
            Played p = played.get(step.label());
            // the speaker's own End-of-RIBs: in a connection's first step, once per family, unless the step is played
            // or the neighbor is configured with manual-eor (then every End-of-RIB is the API's)
            ownEndOfRib = p == null && !manualEor && firstSteps.contains(step.label())
                    ? new HashSet<>(peer.neighbor().families()) : new HashSet<>();
            if (p != null) {
                for (String c : p.commands()) {
                    queue.add(c);
                    queueAwaits.add(Set.of());
                }
            } else {
                List<CiScript.Line> cmds = step.lines().stream().filter(l -> l.kind().equals("cmd")).toList();
                for (int i = 0; i < cmds.size(); i++) {
                    int from = cmds.get(i).lineNumber();
                    int to = i + 1 < cmds.size() ? cmds.get(i + 1).lineNumber() : Integer.MAX_VALUE;
                    Set<Integer> raws = new HashSet<>();
                    if (sequential) {
                        step.messages().stream().filter(m -> m.lineNumber() > from && m.lineNumber() < to)
                                .forEach(m -> raws.add(m.lineNumber()));
                    }
                    queue.add(cmds.get(i).text());
                    queueAwaits.add(raws);
                }
            }
            feed();
        }

        void arrived(CiScript.Expected message) {
            awaiting.remove(message.lineNumber());
            feed();
        }

        private void feed() {
            while (awaiting.isEmpty() && !queue.isEmpty()) {
                String command = queue.poll();
                Set<Integer> raws = queueAwaits.poll();
                Family eor = endOfRib(command);
                if (eor != null && ownEndOfRib.remove(eor)) {
                    continue; // the speaker's own End-of-RIB at session start
                }
                List<String> answer = api.dispatch(command);
                if (!answer.get(answer.size() - 1).equals("done")) {
                    throw new IllegalStateException("'" + command + "' answered " + answer);
                }
                awaiting.addAll(raws);
            }
        }
    }

    /** The family of an {@code announce eor <afi> <safi>} line, else null. */
    static Family endOfRib(String command) {
        String[] w = command.strip().split("\\s+");
        if (w.length != 4 || !w[0].equals("announce") || !w[1].equals("eor")) {
            return null;
        }
        int afi = Family.afiCode(w[2]);
        int safi = Family.safiCode(w[3]);
        return afi < 0 || safi < 0 ? null : new Family(afi, safi);
    }

    /** Commands that need the session (an End-of-RIB, a route refresh) are given once it is established. */
    static void awaitEstablished(Peer peer) {
        long deadline = System.nanoTime() + ESTABLISHED.toNanos();
        while (peer.state() != PeerState.ESTABLISHED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the session is not established after " + ESTABLISHED);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    @Test
    void withdrawalsAndAttributesAloneAreComparedWithoutPathAttributes() {
        assertEquals(List.of(
                "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF002B0200000014800F1100018068003E810000FDE8000000010104",
                "",
                "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:001B:02:0004180101000000",
                "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:001E:02:00000007900F0003000180",
                "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0030:02:00000015400101004002004003040A0000014005040000006418"
                        + "0A0000",
                "1:cmd:withdraw route 1.1.0.0/24"),
                withoutPathAttributes(List.of(
                        "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0052:02:0000003B800F1100018068003E810000FDE80000000101044001"
                                + "01004002004003046501650140050400000064C0080400640001C010080002FDE900000001",
                        "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0025:02:0000000E4001010040020040050400000064",
                        "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:001B:02:0004180101000000",
                        "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:001E:02:00000007900F0003000180",
                        "1:raw:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0030:02:00000015400101004002004003040A0000014005040000006418"
                                + "0A0000",
                        "1:cmd:withdraw route 1.1.0.0/24")));
    }

    @Test
    void everyApiTestThroughTheDispatcher() {
        Map<String, String> results = new TreeMap<>();
        for (Path ci : ConformanceDir.ciFiles("api")) {
            results.put(ci.getFileName().toString(), play(ci));
        }
        List<String> failed = new ArrayList<>();
        List<String> skippedButPassing = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<String, String> r : results.entrySet()) {
            String name = r.getKey();
            boolean pass = r.getValue().equals("pass");
            String verdict;
            if (SKIPPED.containsKey(name)) {
                verdict = pass ? "PASSES but is listed as skipped (" + SKIPPED.get(name) + ")"
                        : "skip: " + SKIPPED.get(name) + " [" + r.getValue() + "]";
                if (pass) {
                    skippedButPassing.add(name);
                }
            } else if (pass) {
                verdict = "pass";
                passed++;
            } else {
                verdict = "FAIL: " + r.getValue();
                failed.add(name);
            }
            System.out.println("[api] " + name + ": " + verdict);
        }
        SEQUENTIAL.forEach((f, why) -> System.out.println("[api] " + f + " gives its commands one at a time: " + why));
        LATE_END_OF_RIB.forEach((f, why) -> System.out.println("[api] " + f + " sends its End-of-RIB when the "
                + "file's 'announce eor' comes: " + why));
        PLAYED.forEach((f, steps) -> steps.forEach((s, p) -> System.out.println("[api] " + f + " step " + s
                + " plays " + p.commands() + ": " + p.reason())));
        System.out.println("[api] " + results.size() + " files: " + passed + " pass, "
                + (results.size() - passed - failed.size() - skippedButPassing.size()) + " skip, " + failed.size()
                + " fail");
        assertEquals(List.of(), failed, "files that fail without being listed in SKIPPED");
        assertEquals(List.of(), skippedButPassing, "files listed in SKIPPED that pass: take them off the list");
        assertEquals(results.keySet().containsAll(SKIPPED.keySet()), true, "SKIPPED names files that do not exist");
    }
}
