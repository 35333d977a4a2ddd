package bgp.interop.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Hex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The checker against a scripted speaker (raw bytes on a socket), and its reading of every {@code .ci} file. */
class CheckerPeerTest {
    static final String M = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    // hand-made UPDATEs: 10.0.<n>.0/24, next hop 127.0.0.1, ORIGIN IGP, empty AS_PATH, LOCAL_PREF 100
    static final String U0 = M + ":0030:02:0000001540010100400200400304" + "7F00000140050400000064180A0000";
    static final String U1 = M + ":0030:02:0000001540010100400200400304" + "7F00000140050400000064180A0001";
    static final String U2 = M + ":0030:02:0000001540010100400200400304" + "7F00000140050400000064180A0002";
    static final String EOR = M + ":0017:02:00000000";
    static final String EOR6 = M + ":001E:02:00000007900F0003000201";
    static final Duration T = Duration.ofSeconds(10);

    static CiScript script(String... lines) {
        List<String> all = new ArrayList<>(List.of("option:file:synthetic.conf"));
        all.addAll(List.of(lines));
        return CiScript.parse(null, "synthetic.ci", all);
    }

    static final CiScript TWO_STEPS = script("1:raw:" + U0, "1:raw:" + U1, "2:raw:" + U2, "2:raw:" + EOR);

    static CheckerPeer started(CiScript s) {
        return CheckerPeer.forScript(s).listenOn("127.0.0.1").start();
    }

    static FakeSpeaker speaker(CheckerPeer c) throws IOException {
        return new FakeSpeaker(c.address(), c.port());
    }

    @Test
    void theMessagesOfTheStepsInOrderPass() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            for (String m : List.of(U0, U1, FakeSpeaker.KEEPALIVE, U2, EOR)) {
                s.send(m);
            }
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
            assertTrue(v.log().contains("step A2: received line 5 UPDATE End-of-RIB (23 bytes)"), v.report());
        }
    }

    @Test
    void messagesOfOneStepInAnotherOrderPass() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            for (String m : List.of(U1, U0, EOR, U2)) {
                s.send(m);
            }
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
        }
    }

    @Test
    void aWrongByteFailsWithTheStepTheLineAndTheDifference() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(U1.replace("40050400000064", "40050400000065")); // LOCAL_PREF 101
            Verdict v = c.run(T);
            assertFalse(v.passed());
            assertEquals("""
                    step A1: unexpected UPDATE (48 bytes)
                      received: FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0030:02:00000015400101004002004003047F00000140050400000065180A0001
                      expected one of the 1 message(s) left in step A1 (any order):
                        line 3: FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0030:02:00000015400101004002004003047F00000140050400000064180A0001
                      already received in this step: lines 2
                      closest, line 3: first difference at byte 43 (body byte 24): expected 64, received 65
                        expected: ...03047F00000140050400000064180A0001
                        received: ...03047F00000140050400000065180A0001
                                                             ^^""", v.reason());
        }
    }

    @Test
    void anExtraMessageFails() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(U0); // a duplicate: not expected any more
            Verdict v = c.run(T);
            assertFalse(v.passed());
            assertTrue(v.reason().startsWith("step A1: unexpected UPDATE (48 bytes)"), v.reason());
        }
    }

    @Test
    void aMessageOfALaterStepFailsAndIsNamed() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(U2);
            Verdict v = c.run(T);
            assertFalse(v.passed());
            assertTrue(v.reason().contains("(it is line 4 of the later step A2: it came too early)"), v.reason());
        }
    }

    @Test
    void aMissingMessageTimesOutNamingWhatIsLeft() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(U1);
            s.send(U2);
            Verdict v = c.run(Duration.ofSeconds(1));
            assertFalse(v.passed());
            assertEquals("timeout while waiting in step A2 for 1 message(s):\n    line 5: " + EOR, v.reason());
        }
    }

    @Test
    void noSpeakerTimesOut() {
        CheckerPeer c = started(TWO_STEPS);
        Verdict v = c.run(Duration.ofMillis(500));
        assertFalse(v.passed());
        assertTrue(v.reason().startsWith("timeout while waiting for connection A from the speaker on 127.0.0.1"),
                v.reason());
    }

    @Test
    void theSpeakerClosingEarlyFails() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
        }
        Verdict v = c.run(T);
        assertFalse(v.passed());
        assertTrue(v.reason().startsWith("A: connection closed by the speaker; waiting in step A1 for 1 message(s)"),
                v.reason());
    }

    @Test
    void anUnexpectedNotificationIsDecodedInTheReport() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(M + "001903" + "0602" + "03" + Hex.encode("bye".getBytes()));
            Verdict v = c.run(T);
            assertTrue(v.reason().startsWith(
                    "step A1: unexpected NOTIFICATION Cease / Administrative shutdown 'bye' (25 bytes)"), v.reason());
        }
    }

    @Test
    void theReplyMirrorsTheOpenWithRouterIdPlusOne() throws Exception {
        CheckerPeer c = started(TWO_STEPS);
        try (FakeSpeaker s = speaker(c)) {
            byte[] open = s.establish();
            assertEquals(FakeSpeaker.OPEN.replace("0A000002", "0A000003"), Hex.encode(open));
        } finally {
            c.close();
        }
    }

    @Test
    void anEbgpAsnAndAnUnknownCapabilityAreAnsweredInTheOpen() throws Exception {
        CheckerPeer c = started(script("option:asn:65000", "option:open:send-unknown-capability", "1:raw:" + EOR));
        try (FakeSpeaker s = speaker(c)) {
            byte[] open = s.establish();
            String caps = "0206010400010001020641040000FDE8" + "020C420A" + Hex.encode("loremipsum".getBytes());
            String body = "04FDE800B40A000003" + String.format("%02X", caps.length() / 2) + caps;
            assertEquals(M + String.format("%04X", 19 + body.length() / 2) + "01" + body, Hex.encode(open));
            s.send(EOR);
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
        }
    }

    @Test
    void aFourOctetAsnIsAsTransInTheTwoOctetField() {
        byte[] open = OpenMirror.mirror(Hex.decode(FakeSpeaker.OPEN), 4_200_000_000L, null);
        assertEquals(FakeSpeaker.OPEN.replace("04FFFD00B40A000002", "045BA000B40A000003")
                .replace("41040000FFFD", "4104FA56EA00"), Hex.encode(open));
        assertEquals(4_200_000_000L, OpenMirror.asn(open));
    }

    @Test
    void inspectOpenMessageChecksTheSpeakersOpen() throws Exception {
        CheckerPeer c = started(script("option:open:inspect-open-message", "1:raw:" + FakeSpeaker.OPEN));
        try (FakeSpeaker s = speaker(c)) {
            s.send(FakeSpeaker.OPEN);
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
        }
        CheckerPeer wrong = started(script("option:open:inspect-open-message",
                "1:raw:" + FakeSpeaker.OPEN.replace("00B4", "005A")));
        try (FakeSpeaker s = speaker(wrong)) {
            s.send(FakeSpeaker.OPEN);
            Verdict v = wrong.run(T);
            assertFalse(v.passed());
            assertTrue(v.reason().startsWith("step A1: unexpected OPEN (45 bytes)"), v.reason());
            assertTrue(v.reason().contains("first difference at byte 22 (body byte 3): expected 00, received 00")
                    || v.reason().contains("first difference at byte 23 (body byte 4): expected 5A, received B4"),
                    v.reason());
        }
    }

    @Test
    void sendUnknownMessageSendsTypeTwoHundredFiftyFive() throws Exception {
        String notification = M + "001603" + "0103" + "FF";
        CheckerPeer c = started(script("option:open:send-unknown-message", "1:raw:" + notification));
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            byte[] unknown = s.read();
            assertEquals(M + "0013FF", Hex.encode(unknown));
            s.send(notification);
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
        }
    }

    @Test
    void sendDefaultRouteSendsAnUpdateAfterTheKeepalive() throws Exception {
        CheckerPeer c = started(script("option:update:send-default-route", "1:raw:" + EOR));
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            assertEquals(M + "002D02" + "0000" + "0015" + "40010100" + "400200" + "4003047F000001"
                    + "40050400000064" + "00", Hex.encode(s.read()));
            s.send(EOR);
            assertTrue(c.run(T).passed());
        }
    }

    @Test
    void aNotificationStepSendsACeaseWithTheTextAndASignalStepCallsTheHandler() throws Exception {
        List<String> signals = new CopyOnWriteArrayList<>();
        CheckerPeer c = CheckerPeer.forScript(script("A1:notification:closing session because we can",
                "A2:signal:SIGUSR1")).listenOn("127.0.0.1").onSignal(signals::add).start();
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            String text = Hex.encode("closing session because we can".getBytes());
            assertEquals(M + String.format("%04X", 19 + 3 + text.length() / 2) + "03" + "0602" + "1E" + text,
                    Hex.encode(s.read()));
            assertNull(s.read(), "closed after the NOTIFICATION");
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
            assertEquals(List.of("SIGUSR1"), signals);
        }
    }

    @Test
    void aSignalWithoutHandlerFails() throws Exception {
        CheckerPeer c = started(script("1:signal:SIGUSR1"));
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            Verdict v = c.run(T);
            assertEquals("step A1 (line 2): signal SIGUSR1 but no signal handler was given (CheckerPeer.onSignal)",
                    v.reason());
        }
    }

    @Test
    void stepListenerSeesEachStepWithItsCommands() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CiScript s2 = script("1:cmd:announce route 10.0.0.0/24 next-hop 127.0.0.1", "1:raw:" + U0,
                "2:cmd:announce eor", "2:raw:" + EOR);
        CheckerPeer c = CheckerPeer.forScript(s2).listenOn("127.0.0.1")
                .onStep(st -> seen.add(st.label() + " " + st.commands())).start();
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(EOR);
            assertTrue(c.run(T).passed());
        }
        assertEquals(List.of("A1 [announce route 10.0.0.0/24 next-hop 127.0.0.1]", "A2 [announce eor]"), seen);
    }

    @Test
    void settleToleratesATrailingEndOfRibButNotATrailingUpdate() throws Exception {
        CiScript one = script("1:raw:" + U0);
        CheckerPeer c = CheckerPeer.forScript(one).listenOn("127.0.0.1").settle(Duration.ofMillis(500)).start();
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.send(EOR6);
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
            assertTrue(v.log().stream().anyMatch(l -> l.startsWith("tolerated after the last step: UPDATE End-of-RIB")),
                    v.report());
        }
        CheckerPeer d = CheckerPeer.forScript(one).listenOn("127.0.0.1").settle(Duration.ofMillis(500)).start();
        try (FakeSpeaker s = speaker(d)) {
            s.establish();
            s.send(U0);
            s.send(U1);
            Verdict v = d.run(T);
            assertFalse(v.passed());
            assertEquals("after the last step: unexpected UPDATE (48 bytes)\n  received: " + U1, v.reason());
        }
    }

    @Test
    void anUnexpectedEndOfRibFailsUnlessTolerated() throws Exception {
        CiScript one = script("1:raw:" + U0);
        CheckerPeer c = started(one);
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(EOR);
            Verdict v = c.run(T);
            assertFalse(v.passed());
            assertTrue(v.reason().startsWith("step A1: unexpected UPDATE End-of-RIB (23 bytes)"), v.reason());
            assertTrue(v.reason().endsWith("(an End-of-RIB is only tolerated after the last step)"), v.reason());
        }
        CheckerPeer d = CheckerPeer.forScript(one).listenOn("127.0.0.1").tolerateEndOfRib(true).start();
        try (FakeSpeaker s = speaker(d)) {
            s.establish();
            s.send(EOR);
            s.send(U0);
            Verdict v = d.run(T);
            assertTrue(v.passed(), v.report());
            assertTrue(v.log().contains("step A1: tolerated UPDATE End-of-RIB (23 bytes) " + EOR), v.report());
        }
    }

    @Test
    void twoConnectionsArePlayedOneAfterTheOther() throws Exception {
        CheckerPeer c = started(script("A1:raw:" + U0, "B1:raw:" + U1));
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U0);
            s.socket.setSoTimeout(2_000);
            // the checker closes connection A once its steps are done
            while (s.read() != null) {
                // keepalives
            }
        }
        try (FakeSpeaker s = speaker(c)) {
            s.establish();
            s.send(U1);
            Verdict v = c.run(T);
            assertTrue(v.passed(), v.report());
        }
    }

    @Test
    void theCheckerCanConnectToTheSpeaker() throws Exception {
        try (java.net.ServerSocket listen = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            listen.setSoTimeout(5_000);
            CheckerPeer c = CheckerPeer.forScript(script("1:raw:" + EOR)).listenOn("127.0.0.1")
                    .connectTo("127.0.0.1", listen.getLocalPort()).start();
            try (java.net.Socket accepted = listen.accept()) {
                accepted.setSoTimeout(5_000);
                var out = accepted.getOutputStream();
                out.write(Hex.decode(FakeSpeaker.OPEN));
                out.write(Hex.decode(FakeSpeaker.KEEPALIVE));
                out.write(Hex.decode(EOR));
                Verdict v = c.run(T);
                assertTrue(v.passed(), v.report());
            }
        }
    }

    @Test
    void endOfRibIsRecognised() {
        assertTrue(CheckerPeer.isEndOfRib(Hex.decode(EOR)));
        assertTrue(CheckerPeer.isEndOfRib(Hex.decode(EOR6)));
        assertTrue(CheckerPeer.isEndOfRib(Hex.decode(M + "001D02000000068" + "00F03000201")));
        assertFalse(CheckerPeer.isEndOfRib(Hex.decode(U0)));
    }

    @Test
    void lineFormatsAndStepsAreRead() {
        CiScript s = CiScript.parse(null, "x.ci", List.of(
                "option:file:x.conf", "option:timeout:5", "option:asn:65000", "# a comment",
                "1:raw:" + M + "001702:00000000", "1:raw:" + M + ":0017:02:00000000", "1:raw:" + M + "001702" + "00000000",
                "3:cmd:announce eor", "3:json:{\"a\":\"b:c\"}", "10:raw:" + U0, "2:raw:" + U1, "",
                "B1:notification:bye bye"));
        assertEquals(List.of("A", "B"), List.copyOf(s.connections().keySet()));
        assertEquals(List.of("A1", "A2", "A3", "A10"), s.connections().get("A").stream().map(CiScript.Step::label)
                .toList());
        assertEquals(3, s.connections().get("A").get(0).messages().size());
        assertArrayEquals(Hex.decode(EOR), s.connections().get("A").get(0).messages().get(1).message());
        assertEquals("{\"a\":\"b:c\"}", s.connections().get("A").get(2).lines().get(1).text());
        assertEquals(List.of("announce eor"), s.connections().get("A").get(2).commands());
        assertEquals(Duration.ofSeconds(5), s.timeout().orElseThrow());
        assertEquals(65000, s.asn().orElseThrow());
        assertEquals(new CiScript.Action(13, "notification", "bye bye"),
                s.connections().get("B").get(0).actions().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CiScript.parse(null, "bad.ci", List.of("1:raw:" + M + ":0018:02:00000000")));
        assertEquals("bad.ci:1: length field 24 but 23 bytes", e.getMessage());
        assertEquals(List.of("option:bind:ipv6 (an IPv6 test peer; tests here use 127.0.0.0/8 only)"),
                CiScript.parse(null, "v6.ci", List.of("option:bind:ipv6")).unsupported());
    }

    @Test
    void everyCiFileOfTheConformanceDataIsRead() {
        int files = 0;
        int raws = 0;
        List<String> unsupported = new ArrayList<>();
        for (String folder : List.of("encoding", "api")) {
            for (Path p : ConformanceDir.ciFiles(folder)) {
                CiScript s = CiScript.parse(p);
                files++;
                raws += s.steps().stream().mapToInt(st -> st.messages().size()).sum();
                assertTrue(s.configFile().isPresent(), p.toString());
                assertTrue(java.nio.file.Files.isRegularFile(s.config().orElseThrow()), s.config().toString());
                s.unsupported().forEach(u -> unsupported.add(s.name() + ": " + u));
            }
        }
        assertTrue(files >= 50, "files " + files);
        assertTrue(raws >= 250, "raws " + raws);
        assertEquals(List.of("conf-llnh-lla-only.ci: option:bind:ipv6 (an IPv6 test peer; tests here use 127.0.0.0/8 only)"),
                unsupported);
    }
}
