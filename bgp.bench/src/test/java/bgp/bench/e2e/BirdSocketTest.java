package bgp.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's BIRD queries over the control socket: the text {@code birdc} prints, from a real BIRD. */
class BirdSocketTest {
    @TempDir
    Path dir;

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aReplyIsTheTextOfItsLinesWithoutCodesNorTheClosingLine() throws IOException {
        BirdSocket.Reply r = new BirdSocket.Reply();
        assertNull(r.take(bytes("2002-Name       Proto      Table      State  Since         Info\n1002-n_1   BGP")));
        assertNull(r.take(bytes("        ---        up     12:00:00.000  Established   \n1006-  BGP state:")));
        assertNull(r.take(bytes("          Established\n     Routes:         5 imported, 0 exported\n \n1006-\n")));
        assertEquals("Name       Proto      Table      State  Since         Info\n"
                + "n_1   BGP        ---        up     12:00:00.000  Established   \n"
                + "  BGP state:          Established\n"
                + "    Routes:         5 imported, 0 exported\n"
                + "\n"
                + "\n", r.take(bytes("0000 \n")));
    }

    @Test
    void aCodeWithoutTextEndsAReply() throws IOException {
        BirdSocket.Reply r = new BirdSocket.Reply();
        assertNull(r.take(bytes("1000-BIRD 2.0.12\n")));
        assertEquals("BIRD 2.0.12\n", r.take(bytes("0000\n")));
        assertEquals("", new BirdSocket.Reply().take(bytes("0000\n")));
    }

    @Test
    void anErrorCodeIsAnErrorOnceItsReplyIsTakenWhole() throws IOException {
        ByteBuffer b = bytes("8003 No protocols match\n0001 BIRD 2.0.12 ready.\n");
        IOException e = assertThrows(BirdSocket.Refused.class, () -> new BirdSocket.Reply().take(b));
        assertEquals("BIRD: No protocols match", e.getMessage());
        // the bytes after the error's reply are the next reply's
        assertEquals("BIRD 2.0.12 ready.\n", new BirdSocket.Reply().take(b));
        BirdSocket.Reply continued = new BirdSocket.Reply();
        assertNull(continued.take(bytes("9001-syntax error\n more\n")));
        assertEquals("BIRD: syntax error",
                assertThrows(BirdSocket.Refused.class, () -> continued.take(bytes("0000\n"))).getMessage());
        IOException notAReply = assertThrows(IOException.class, () -> new BirdSocket.Reply().take(bytes("garbage\n")));
        assertEquals("BIRD: not a reply line: garbage", notAReply.getMessage());
    }

    @Test
    void theProtocolsOfShowProtocolsAllAreTheirStateAndTheRoutesOfAllTheirChannels() {
        String text = "Name       Proto      Table      State  Since         Info\n"
                + "device1    Device     ---        up     03:39:26.951  \n"
                + "\n"
                + "n_127_77_3_10 BGP        ---        up     03:39:27.100  Established   \n"
                + "  BGP state:          Established\n"
                + "  Channel ipv4\n"
                + "    Routes:         70000 imported, 0 exported, 70000 preferred\n"
                + "  Channel ipv6\n"
                + "    Routes:         30000 imported, 0 exported, 30000 preferred\n"
                + "\n"
                + "n_127_77_3_11 BGP        ---        start  03:39:26.951  Active        Socket: Connection refused\n"
                + "  BGP state:          Active\n"
                + "  Channel ipv4\n"
                + "    Routes:         0 imported, 0 exported, 0 preferred\n"
                + "    Routes:         x imported\n"
                + "    Routes:         7 exported\n"
                + "n_127_77_3_12 BGP        ---        up     03:39:27.100  Established";
        assertEquals(Map.of("n_127_77_3_10", new Probes.Status(true, 100_000),
                "n_127_77_3_11", new Probes.Status(false, 0),
                "n_127_77_3_12", new Probes.Status(true, 0)), Probes.birdProtocols(text));
        assertEquals(Map.of(), Probes.birdProtocols(""));
        assertEquals(Map.of(), Probes.birdProtocols("    Routes:         5 imported\nn_1 BGP ---\n"));
    }

    @Test
    void noBirdOnTheSocketYetIsNoProtocols() throws Exception {
        assertEquals(Map.of(), Probes.bird(dir.resolve("none.ctl")));
        assertThrows(java.net.SocketException.class, () -> BirdSocket.ask(dir.resolve("none.ctl"), "show"));
    }

    /**
     * A BIRD on 127.77.250.{@code local}, its control socket at {@code ctl}, with one BGP session to
     * 127.77.250.{@code peer}, a loopback address nobody listens on: the protocol is there, not Established.
     */
    private Proc bird(int local, int peer, Path ctl) throws IOException {
        Path conf = dir.resolve("bird-" + local + ".conf");
        Files.writeString(conf, "router id 127.77.250." + local + ";\nprotocol device {}\nprotocol bgp n_127_77_250_"
                + peer + " {\n  local 127.77.250." + local + " as 65001;\n  neighbor 127.77.250." + peer
                + " as 65002;\n  multihop;\n  strict bind yes;\n  ipv4 { import all; export none; };\n}\n");
        return new Proc(dir, List.of("bird", "-f", "-c", conf.toString(), "-s", ctl.toString()), Map.of());
    }

    @Test
    void showProtocolsAllAsBirdcPrintsIt() throws Exception {
        Path ctl = dir.resolve("bird.ctl");
        try (Proc bird = bird(1, 2, ctl)) {
            for (int i = 0; i < 100 && !Files.exists(ctl); i++) {
                Thread.sleep(50);
            }
            String viaSocket = BirdSocket.ask(ctl, "show protocols all");
            String viaBirdc = Probes.run(List.of("birdc", "-s", ctl.toString(), "show", "protocols", "all"));
            // birdc prints its own greeting line first
            assertTrue(viaBirdc.startsWith("BIRD ") && viaBirdc.contains(" ready.\n"), viaBirdc);
            String birdcReply = viaBirdc.substring(viaBirdc.indexOf('\n') + 1);
            // times ("Since", "Connect delay") may tick between the two questions: compare without them
            String noTimes = "\\d+[:.][\\d:./]+";
            assertEquals(birdcReply.replaceAll(noTimes, "T"), viaSocket.replaceAll(noTimes, "T"));
            assertTrue(viaSocket.contains("n_127_77_250_2 BGP"), viaSocket);
            assertEquals(Map.of("n_127_77_250_2", Probes.Status.DOWN), Probes.bird(ctl));
            IOException e = assertThrows(IOException.class, () -> BirdSocket.ask(ctl, "show protocols nosuch"));
            assertTrue(e.getMessage().startsWith("BIRD: "), e.getMessage());
            // one connection, many questions; an error answered leaves it usable
            try (BirdSocket s = BirdSocket.connect(ctl)) {
                String first = s.ask("show protocols all");
                assertThrows(BirdSocket.Refused.class, () -> s.ask("show protocols nosuch"));
                assertEquals(viaSocket.replaceAll(noTimes, "T"), s.ask("show protocols all").replaceAll(noTimes, "T"));
                assertEquals(first.replaceAll(noTimes, "T"), s.ask("show protocols all").replaceAll(noTimes, "T"));
            }
        }
    }

    @Test
    void theProbeKeepsItsConnectionAndMakesANewOneWhenBirdRestarts() throws Exception {
        Path ctl = dir.resolve("bird.ctl");
        Map<String, Probes.Status> down = Map.of("n_127_77_250_4", Probes.Status.DOWN);
        BirdSocket first;
        try (Proc bird = bird(3, 4, ctl)) {
            Map<String, Probes.Status> seen = Map.of();
            for (int i = 0; i < 100 && seen.isEmpty(); i++) {
                seen = Probes.bird(ctl);
                Thread.sleep(50);
            }
            assertEquals(down, seen);
            first = Probes.keptBird(ctl);
            assertTrue(first != null, "a connection is kept");
            assertEquals(down, Probes.bird(ctl));
            assertSame(first, Probes.keptBird(ctl), "the next question goes on the kept connection");
            assertThrows(BirdSocket.Refused.class, () -> BirdSocket.ask(ctl, "show protocols nosuch"));
        }
        // a new BIRD on the same socket, not asked meanwhile: the kept connection (to the BIRD stopped) is closed, the
        // question goes on a new one
        try (Proc bird = bird(3, 4, ctl)) {
            for (int i = 0; i < 100 && !birdAnswers(ctl); i++) {
                Thread.sleep(50);
            }
            assertSame(first, Probes.keptBird(ctl));
            assertEquals(down, Probes.bird(ctl));
            BirdSocket second = Probes.keptBird(ctl);
            assertTrue(second != null && second != first, "a new connection is kept");
        }
        // BIRD gone: the kept connection fails, a new one finds nobody, nothing is kept
        assertEquals(Map.of(), Probes.bird(ctl));
        assertNull(Probes.keptBird(ctl));
    }

    /** Whether a BIRD answers on {@code ctl} now (on a connection of its own). */
    private static boolean birdAnswers(Path ctl) {
        try {
            BirdSocket.ask(ctl, "show status");
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
