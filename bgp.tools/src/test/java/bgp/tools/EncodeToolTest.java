package bgp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encode}: exact messages for each form and option, stdin mode, errors. */
class EncodeToolTest {
    static final String M = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";

    @Test
    void aRouteOnTheDefaultIbgpSession() {
        // ORIGIN igp, empty AS_PATH, NEXT_HOP, LOCAL_PREF 100 added by the iBGP defaults
        assertEquals(new ToolRun(0, M + "00300200000015400101004002004003040102030440050400000064180A0000\n", ""),
                ToolRun.of("encode", "route 10.0.0.0/24 next-hop 1.2.3.4"));
        assertEquals(ToolRun.of("encode", "route 10.0.0.0/24 next-hop 1.2.3.4"),
                ToolRun.of("encode", "announce route 10.0.0.0/24 next-hop 1.2.3.4"));
    }

    @Test
    void ebgpWithLocalAndPeerAsAndNextHopSelf() {
        // AS_PATH [65001], no LOCAL_PREF, next-hop self = the local address 127.0.0.1, MED 5
        assertEquals(new ToolRun(0, M + "0036020000001B4001010040020602010000FDE94003047F00000180040400000005180A0000\n",
                ""), ToolRun.of("encode", "-a", "65001", "-z", "65002", "route 10.0.0.0/24 next-hop self med 5"));
    }

    @Test
    void withdrawalsEndOfRibRouteRefreshAndPathInformation() {
        assertEquals(M + "001B020004180A00000000\n", ToolRun.of("encode", "withdraw route 10.0.0.0/24").out());
        assertEquals(M + "001E0200000007900F0003000201\n", ToolRun.of("encode", "announce eor ipv6 unicast").out());
        assertEquals(M + "00170200000000\n", ToolRun.of("encode", "announce eor").out());
        assertEquals(M + "00170500010001\n", ToolRun.of("encode", "announce route-refresh ipv4 unicast").out());
        assertEquals(M + "0034020000001540010100400200400304010203044005040000006400000007180A0000\n",
                ToolRun.of("encode", "-i", "route 10.0.0.0/24 next-hop 1.2.3.4 path-information 7").out());
    }

    @Test
    void severalPrefixesOfOneAttributeSetShareAnUpdate() {
        assertEquals(M + "00340200000015400101004002004003040102030440050400000064180A0000180A0001\n",
                ToolRun.of("encode", "announce attributes next-hop 1.2.3.4 nlri 10.0.0.0/24 10.0.1.0/24").out());
    }

    @Test
    void standardInputOneLinePerCommandMessagesSeparatedBySpaces() {
        ToolRun r = ToolRun.withInput("route 10.0.0.0/24 next-hop 1.2.3.4\nannounce eor\n\nrute 1\n"
                + "withdraw route 10.0.0.0/24\n", "encode", "-");
        assertEquals(1, r.status());
        assertEquals(M + "00300200000015400101004002004003040102030440050400000064180A0000\n" + M + "00170200000000\n\n"
                + M + "001B020004180A00000000\n", r.out());
        assertEquals("error: line 4: unknown command form 'rute', expected route, ipv4, ipv6, attributes, eor or "
                + "route-refresh\n", r.err());
    }

    @Test
    void theContextOfAConfigurationsFirstNeighbor(@TempDir Path dir) throws IOException {
        Path conf = dir.resolve("a.conf");
        Files.writeString(conf, "neighbor 192.0.2.1 {\n router-id 10.0.0.9;\n local-address 192.0.2.2;\n"
                + " local-as 65001;\n peer-as 65002;\n family {\n  ipv4 unicast;\n }\n}\n");
        assertEquals(new ToolRun(0, M + "002F02000000144001010040020602010000FDE9400304C0000202180A0000\n", ""),
                ToolRun.of("encode", "-c", conf.toString(), "route 10.0.0.0/24 next-hop self"));
        assertEquals(new ToolRun(1, "", "error: family ipv6 unicast is not configured for neighbor 192.0.2.1\n"),
                ToolRun.of("encode", "-c", conf.toString(), "announce ipv6 unicast 2001:db8::/32 next-hop ::1"));
    }

    @Test
    void badInputIsOneErrorLineAndStatusOne() {
        assertEquals(new ToolRun(1, "", "error: invalid AS number 'x', expected 0 to 4294967295\n"),
                ToolRun.of("encode", "-a", "x", "route 10.0.0.0/24 next-hop 1.2.3.4"));
        assertEquals(new ToolRun(1, "", "error: nothing to do; usage: " + EncodeTool.USAGE + "\n"),
                ToolRun.of("encode"));
        assertEquals(1, ToolRun.of("encode", "route 10.0.0.0/33 next-hop 1.2.3.4").status());
        assertEquals(1, ToolRun.of("encode", "route 10.0.0.0/33 next-hop 1.2.3.4").err().lines().count());
        assertEquals(new ToolRun(1, "", "error: -c: no such file\n").status(),
                ToolRun.of("encode", "-c", "/nonexistent.conf", "route 10.0.0.0/24 next-hop 1.2.3.4").status());
    }

    @Test
    void versionAndUnknownTools() {
        assertEquals(new ToolRun(0, "bgp " + Main.version() + "\n", ""), ToolRun.of("version"));
        assertEquals(new ToolRun(1, "", "error: unknown tool 'frobnicate', expected decode, encode, validate, cli or "
                + "version\n"), ToolRun.of("frobnicate"));
        assertEquals(new ToolRun(1, "", Main.USAGE + "\n"), ToolRun.of());
    }
}
