package bgp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.conformance.ConformanceData;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decode}: ExaBGP's {@code qa/decoding} vectors give exactly ExaBGP's JSON (less the volatile keys and the
 * version string), with and without the header, one or several messages, from the command line or stdin; bad
 * input is one error line and status 1.
 */
class DecodeToolTest {
    /** Vectors of families the codec does not implement, and why. */
    static final Map<String, String> SKIPPED = new TreeMap<>(Map.<String, String>ofEntries());

    static final String OPEN = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF001D0104FFFD00B40A00000200";
    static final String UPDATE = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00300200000015400101004002004003040102030440050400"
            + "000064180A0000";

    /** The JSON without the keys that change from run to run, and without ExaBGP's version string. */
    static String comparable(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        for (String k : List.of("exabgp", "time", "host", "pid", "ppid", "counter")) {
            o.remove(k);
        }
        return o.toString();
    }

    @Test
    void everyDecodingVectorOfAnImplementedFamily() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ConformanceData.exabgp().resolve("qa/decoding"))) {
            files = s.sorted().toList();
        }
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (SKIPPED.containsKey(name)) {
                continue;
            }
            List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
            String[] head = lines.get(0).strip().split("\\s+");
            List<String> args = new ArrayList<>(List.of("decode"));
            if (head.length == 3) {
                args.add("-f");
                args.add(head[1] + " " + head[2]);
            }
            if (head[0].equals("nlri")) {
                args.add("-n");
            }
            args.add(lines.get(1));
            ToolRun r = ToolRun.of(args.toArray(String[]::new));
            if (r.status() == 0 && r.lines().size() == 1
                    && comparable(r.lines().get(0)).equals(comparable(lines.get(2)))) {
                passed++;
            } else {
                failures.add(name + ": status " + r.status() + " " + r.err() + "\n  expected "
                        + comparable(lines.get(2)) + "\n  got      " + r.out());
            }
        }
        System.out.println("qa/decoding: " + passed + " passed, " + SKIPPED.size() + " skipped, " + failures.size()
                + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(files.size() - SKIPPED.size(), passed);
    }

    @Test
    void anUpdateWithoutItsHeaderDecodesAsTheWholeMessage() {
        String whole = ToolRun.of("decode", UPDATE).out();
        ToolRun body = ToolRun.of("decode", UPDATE.substring(38));
        assertEquals(0, body.status());
        assertEquals(comparable(whole), comparable(body.out()));
        assertEquals("{\"type\":\"update\",\"neighbor\":{\"address\":{\"local\":\"127.0.0.1\",\"peer\":\"127.0.0.1\"},"
                + "\"asn\":{\"local\":65533,\"peer\":65533},\"router-id\":\"127.0.0.1\",\"direction\":\"in\",\"message\":"
                + "{\"update\":{\"attribute\":{\"origin\":\"igp\",\"local-preference\":100},\"announce\":{\"ipv4 unicast\":"
                + "{\"1.2.3.4\":[{\"nlri\":\"10.0.0.0/24\"}]}}}}}}", comparable(body.out()));
    }

    @Test
    void nlriOptionDecodesOneFieldOfOneFamily() {
        ToolRun r = ToolRun.of("decode", "-n", "-f", "ipv4 rtc", "600000FDE80002FDE800000064");
        assertEquals(0, r.status(), r.err());
        assertEquals("{\"origin-as\":65000,\"route-target\":\"target:65000:100\"}", r.out().strip());
        ToolRun none = ToolRun.of("decode", "-n", "600000FDE80002FDE800000064");
        assertEquals(1, none.status());
        assertEquals("error: -n needs one family: -f \"<afi> <safi>\"\n", none.err());
        ToolRun bad = ToolRun.of("decode", "-n", "-f", "ipv4 rtc", "1F");
        assertEquals(1, bad.status());
        assertEquals("error: invalid ipv4 rtc NLRI: route target prefix length 31, expected 0 or 32 to 96 at byte 0"
                + " (NOTIFICATION 3/10)\n", bad.err());
    }

    @Test
    void severalMessagesGiveOneLineEach() {
        ToolRun r = ToolRun.of("decode", OPEN + " " + UPDATE);
        assertEquals(0, r.status());
        assertEquals(2, r.lines().size());
        assertTrue(r.lines().get(0).contains("\"type\":\"open\""), r.out());
        assertTrue(r.lines().get(1).contains("\"type\":\"update\""), r.out());
    }

    @Test
    void standardInputOneHexPerLineAndABadLineKeepsItsPlace() {
        ToolRun r = ToolRun.withInput(UPDATE + "\nFFFF\n" + OPEN + "\n", "decode", "-");
        assertEquals(1, r.status());
        assertEquals(3, r.lines().size());
        assertTrue(r.lines().get(0).contains("\"type\":\"update\""));
        assertEquals("", r.lines().get(1));
        assertTrue(r.lines().get(2).contains("\"type\":\"open\""));
        // without a marker the line is an UPDATE body, of 2 bytes here
        assertEquals("error: line 2: message at byte 0: message length 21 is invalid for update (NOTIFICATION 1/2)\n",
                r.err());
    }

    @Test
    void addPathAndFamilyOptions() {
        // with -i the 4 bytes before the prefix are its path identifier
        String body = "0000001540010100400200400304010203044005040000006400000007180A0000";
        ToolRun r = ToolRun.of("decode", "-i", "-f", "ipv4 unicast", body);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"announce\":{\"ipv4 unicast\":{\"1.2.3.4\":[{\"nlri\":\"10.0.0.0/24\","
                + "\"path-information\":\"0.0.0.7\"}]}}"), r.out());
        // without -i the same bytes read as other prefixes, none with a path identifier
        assertTrue(!ToolRun.of("decode", "-f", "ipv4 unicast", body).out().contains("path-information"));
    }

    @Test
    void theContextOfAConfigurationsFirstNeighbor(@TempDir Path dir) throws IOException {
        Path conf = dir.resolve("a.conf");
        Files.writeString(conf, "neighbor 192.0.2.1 {\n router-id 10.0.0.9;\n local-address 192.0.2.2;\n"
                + " local-as 65001;\n peer-as 65002;\n}\n");
        ToolRun r = ToolRun.of("decode", "-c", conf.toString(), UPDATE);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"neighbor\":{\"address\":{\"local\":\"192.0.2.2\",\"peer\":\"192.0.2.1\"},"
                + "\"asn\":{\"local\":65001,\"peer\":65002},\"router-id\":\"10.0.0.9\""), r.out());
    }

    @Test
    void badInputIsOneErrorLineAndStatusOne() {
        assertEquals(new ToolRun(1, "", "error: invalid hex: not a hex digit: 'z' at 0\n"), ToolRun.of("decode", "zz"));
        assertEquals(new ToolRun(1, "", "error: message at byte 0: length 64 but 23 bytes given\n"),
                ToolRun.of("decode", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00400200000000"));
        assertEquals(new ToolRun(1, "", "error: unknown family 'ipv5 unicast'\n"),
                ToolRun.of("decode", "-f", "ipv5 unicast", UPDATE));
        assertEquals(new ToolRun(1, "", "error: unknown option -x; usage: " + DecodeTool.USAGE + "\n"),
                ToolRun.of("decode", "-x", UPDATE));
        ToolRun bad = ToolRun.of("decode", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0017020000000140");
        assertEquals(1, bad.status());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("error: message at byte 0: ") && bad.err().contains("(NOTIFICATION 3/"),
                bad.err());
        assertEquals(1, bad.err().lines().count());
    }
}
