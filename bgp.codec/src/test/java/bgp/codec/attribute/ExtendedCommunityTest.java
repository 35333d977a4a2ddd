package bgp.codec.attribute;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Hex;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtendedCommunityTest {
    private static final Pattern JSON_LINE = Pattern.compile("^[A-Z]?\\d+:js(?:on|v4|v6):(.*)$");
    private static final Pattern EXT_LIST = Pattern.compile("\"extended-community\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern EXT6_LIST = Pattern.compile("\"extended-community-ipv6\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern ITEM = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*(\\d+)");
    private static final Pattern STRING = Pattern.compile("\"string\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern TRANSITIVE = Pattern.compile("\"transitive\"\\s*:\\s*(true|false)");
    private static final Pattern CMD_LIST = Pattern.compile("extended-community\\s+(\\[[^\\]]*\\]|[^\\s\\[;]+)");

    /** Every JSON document ExaBGP's conformance data shows for a received UPDATE. */
    private static List<String> exabgpJson() {
        List<String> out = new ArrayList<>();
        for (String folder : List.of("encoding", "api")) {
            for (Path f : ConformanceData.files("qa/" + folder, "*.ci")) {
                for (String line : ConformanceData.lines(f)) {
                    Matcher m = JSON_LINE.matcher(line);
                    if (m.matches()) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        for (Path f : ConformanceData.files("qa/decoding", "*")) {
            List<String> lines = ConformanceData.lines(f);
            if (lines.size() >= 3) {
                out.add(lines.get(2));
            }
        }
        return out;
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void flowspecRedirectToAnIpv4RouteTarget() {
        long v = ExtendedCommunity.redirectIpv4(0x01020304, 5678);
        assertEquals("810801020304162E", Hex.encode(java.nio.ByteBuffer.allocate(8).putLong(v).array()));
        assertEquals("0x810801020304162E", ExtendedCommunity.format(v)); // ExaBGP has no text for it
        assertEquals(v, ExtendedCommunity.parse("redirect:1.2.3.4:5678"));
    }

    @Test
    void formatPrintsEveryStringOfExaBgpsJson() {
        Map<Long, String> vectors = new LinkedHashMap<>();
        Map<Long, Boolean> transitiveKey = new LinkedHashMap<>();
        for (String json : exabgpJson()) {
            Matcher list = EXT_LIST.matcher(json);
            while (list.find()) {
                Matcher item = ITEM.matcher(list.group(1));
                while (item.find()) {
                    long value = Long.parseUnsignedLong(group(VALUE, item.group(1)));
                    vectors.put(value, group(STRING, item.group(1)));
                    String t = group(TRANSITIVE, item.group(1));
                    transitiveKey.put(value, t == null ? null : Boolean.valueOf(t));
                }
            }
        }
        assertTrue(vectors.size() >= 45, "expected the ~48 distinct communities of the data, found " + vectors.size());
        List<Executable> checks = new ArrayList<>();
        vectors.forEach((value, string) -> checks.add(() -> assertEquals(string, ExtendedCommunity.format(value),
                "0x" + Long.toHexString(value))));
        transitiveKey.forEach((value, t) -> checks.add(() -> {
            assertEquals(t != null, ExtendedCommunity.jsonHasTransitive(value), "transitive key of " + value);
            if (t != null) {
                assertEquals(t, ExtendedCommunity.isTransitive(value), "transitive of " + value);
            }
        }));
        assertAll(checks);
    }

    @Test
    void ipv6FormatPrintsEveryStringOfExaBgpsJson() {
        int n = 0;
        for (String json : exabgpJson()) {
            Matcher list = EXT6_LIST.matcher(json);
            while (list.find()) {
                Matcher item = ITEM.matcher(list.group(1));
                while (item.find()) {
                    BigInteger value = new BigInteger(group(VALUE, item.group(1)));
                    byte[] raw = value.toByteArray();
                    byte[] b = new byte[20];
                    int copy = Math.min(raw.length, 20);
                    System.arraycopy(raw, raw.length - copy, b, 20 - copy, copy);
                    Ipv6ExtendedCommunities c = Ipv6ExtendedCommunities.of(b);
                    assertEquals(group(STRING, item.group(1)), c.format(0));
                    assertEquals(value, c.value(0));
                    n++;
                }
            }
        }
        assertTrue(n > 0, "the data has an IPv6 extended community");
    }

    /**
     * Each API command of the data that carries {@code extended-community [...]} is followed by the JSON ExaBGP
     * prints for the UPDATE it sends: parsing the command's list gives the values of that JSON.
     */
    @Test
    void parseListGivesWhatExaBgpSendsForEveryCommandOfTheData() {
        List<Executable> checks = new ArrayList<>();
        for (String folder : List.of("encoding", "api")) {
            for (Path f : ConformanceData.files("qa/" + folder, "*.ci")) {
                String pending = null;
                for (String line : ConformanceData.lines(f)) {
                    int cmd = line.indexOf(":cmd:");
                    if (cmd >= 0 && cmd < 4) {
                        pending = group(CMD_LIST, line);
                        continue;
                    }
                    Matcher m = JSON_LINE.matcher(line);
                    if (pending == null || !m.matches()) {
                        continue;
                    }
                    String list = group(EXT_LIST, m.group(1));
                    if (list == null) {
                        continue;
                    }
                    List<Long> expected = new ArrayList<>();
                    Matcher item = ITEM.matcher(list);
                    while (item.find()) {
                        expected.add(Long.parseUnsignedLong(group(VALUE, item.group(1))));
                    }
                    String text = pending;
                    String where = f.getFileName() + ": " + text;
                    checks.add(() -> assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(),
                            ExtendedCommunity.parseList(text), where));
                }
            }
        }
        assertTrue(checks.size() >= 40, "expected ~50 command/JSON pairs, found " + checks.size());
        assertAll(checks);
    }

    @Test
    void everyExtendedCommunityOfTheConfigurationFilesParses() {
        List<Executable> checks = new ArrayList<>();
        for (Path f : ConformanceData.files("etc", "*.conf")) {
            for (String line : ConformanceData.lines(f)) {
                Matcher m = CMD_LIST.matcher(line);
                while (m.find()) {
                    String text = m.group(1);
                    checks.add(() -> assertTrue(ExtendedCommunity.parseList(text).length > 0, f + ": " + text));
                }
            }
        }
        assertTrue(checks.size() >= 10, "found " + checks.size());
        assertAll(checks);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // forms of ExaBGP's configuration files, with the bytes ExaBGP sends for them (conformance data)
        "72:0.0.0.1                                | 0002004800000001",
        "target:200:2000                           | 000200C8000007D0",
        "target:1000:10.10.10.10                   | 000203E80A0A0A0A",
        "target:8.8.8.8:8000                       | 0102080808081F40",
        "target:70600:6000                         | 0102000113C81770",
        "target4:71200:12000                       | 0102000116202EE0",
        "origin:100:1000                           | 00030064000003E8",
        "origin:300:73000                          | 0003012C00011D28",
        "origin:9000:9.9.9.9                       | 0003232809090909",
        "origin:7.7.7.7:7000                       | 0103070707071B58",
        "origin:70500:5000                         | 0103000113641388",
        "origin4:71100:11000                       | 0103000115BC2AF8",
        "redirect:1300:83000                       | 8008051400014438",
        "l2info:1:2:13398:30864                    | 800A010234567890",
        "rate-limit:0                              | 8006000000000000",
        "rate-limit:9600                           | 8006000046160000",
        "rate-limit:1000:packets                   | 800C0000447A0000",
        "interface-set:transitive:output:254:254   | 0702000000FE80FE",
        "interface-set:non-transitive:input:3405770241:1 | 4702CAFFEE014001",
        "interface-set:transitive:input-output:1234:10   | 0702000004D2C00A",
        "mup:10:10                                 | 0C00000A0000000A",
        "redirect-to-nexthop                       | 0800000000000000",
        "copy-to-nexthop                           | 0800000000000001",
        "mark 10                                   | 800900000000000A",
        "action sample-terminal                    | 8007000000000003",
        "redirect-to-nexthop-ietf 1.2.3.4          | 010C010203040000",
        // forms without bytes in the data: ExaBGP's rules (L marks a four-octet AS)
        "target:120000L:123                        | 01020001D4C0007B",
        "origin:130000:1234                        | 01030001FBD004D2",
        "target:65000L:1                           | 0102 0000FDE8 0001",
        "redirect:4200000000:1                     | 8208FA56EA000001",
        "bandwidth:65000:1000                      | 4004FDE8447A0000",
        "copy-to-nexthop-ietf 1.2.3.4 (with copy)  | 010C010203040001",
        "0x0002FDE800000001                        | 0002FDE800000001",
    })
    void parsesExaBgpsConfigurationForms(String text, String hex) {
        assertEquals(Long.parseUnsignedLong(hex.replace(" ", ""), 16), ExtendedCommunity.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // ExaBGP's text for kinds the conformance data does not show (from ExaBGP's source)
        "0202FA56EA000001 | target:4200000000L:1",
        "0203FA56EA000001 | origin:4200000000L:1",
        "4002FDE800000001 | target:65000:1",
        "0013FDE800000001 | rtrecord:65000:1",
        "0113010203040001 | rtrecord:1.2.3.4:1",
        "0213FA56EA000001 | rtrecord:4200000000L:1",
        "4004FDE8447A0000 | bandwith:65000:1000",
        "4004FDE83F200000 | bandwith:65000:1",
        "4004FDE83FC00000 | bandwith:65000:2",
        "4004FDE8BE99999A | bandwith:65000:-0",
        "8006000000000000 | rate-limit:0",
        "800600003FF00000 | rate-limit:1",
        "80060000BFF00000 | rate-limit:-1",
        "800600007F800000 | rate-limit:inf",
        "800600007F7FFFFF | rate-limit:340282346638528859811704183484516925440",
        "8007000000000002 | action sample",
        "8007000000000001 | action terminal",
        "8007000000000000 | 'action '",
        "8208FA56EA000001 | redirect:4200000000:1",
        "010C010203040001 | copy-to-nexthop-ietf 1.2.3.4 (with copy)",
        "030C000000000008 | encap:VXLAN",
        "030C00000000000D | encap:MPLS-in-UDP",
        "030C000000000005 | encap:encap:UNKNOWN-5",
        "0600000000000005 | mac-mobility:5",
        "0600010000000005 | mac-mobility:5:sticky",
        "0314000000070000 | consistentHashSortOrder:7",
        "0702000000010001 | interface-set:0:1:1",
        "0005000000000000 | 0x0005000000000000",
        "8108010203040005 | 0x8108010203040005",
        "FFFFFFFFFFFFFFFF | 0xFFFFFFFFFFFFFFFF",
    })
    void formatsKindsAsExaBgpsSourceDoes(String hex, String text) {
        assertEquals(text, ExtendedCommunity.format(Long.parseUnsignedLong(hex, 16)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "target:1:2:3", "foo:1:2", "target:70000:70000", "target:1.2.3.4:5.6.7.8", "target:65536:1.2.3.4",
        "target:-1:1", "target::1", "mark 64", "action now", "0x12", "0x000200000000000G", "redirect-to-nexthop-ietf ::1",
        "rate-limit:1e5", "rate-limit:", "l2info:256:0:0:0", "interface-set:maybe:input:1:1",
        "interface-set:transitive:sideways:1:1", "nonsense", "target:4294967296L:1",
    })
    void rejectsWhatExaBgpRejectsWithTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.parse(text));
        assertTrue(e.getMessage().startsWith("invalid extended community " + text), e.getMessage());
    }

    @Test
    void parseListTakesTwoWordFormsTogether() {
        assertArrayEquals(new long[] {0x800900000000000AL, 0x0002FDE800000001L, 0x8007000000000003L,
            0x010C010203040001L, 0x8006000000000000L},
                ExtendedCommunity.parseList("[ mark 10 target:65000:1 action sample-terminal "
                        + "copy-to-nexthop-ietf 1.2.3.4 (with copy) rate-limit:0 ]"));
        assertArrayEquals(new long[0], ExtendedCommunity.parseList("[ ]"));
    }

    @Test
    void typedViewsReadTheFields() {
        long rt = ExtendedCommunity.routeTarget(65000, 99999);
        assertEquals(0x0002FDE80001869FL, rt);
        assertEquals(ExtendedCommunity.Kind.ROUTE_TARGET, ExtendedCommunity.kind(rt));
        assertEquals(65000, ExtendedCommunity.asn2(rt));
        assertEquals(99999, ExtendedCommunity.local4(rt));
        long ip = ExtendedCommunity.routeTargetIpv4(0xC0A85E0C, 5);
        assertEquals("192.168.94.12", bgp.codec.IpAddresses.ipv4(ExtendedCommunity.ipv4(ip)));
        assertEquals(5, ExtendedCommunity.local2(ip));
        long as4 = ExtendedCommunity.routeTargetAs4(4200000000L, 1);
        assertEquals(0x0202FA56EA000001L, as4);
        assertEquals(4200000000L, ExtendedCommunity.asn4(as4));
        long rate = ExtendedCommunity.trafficRate(0, 9600f);
        assertEquals(0x8006000046160000L, rate);
        assertEquals(9600f, ExtendedCommunity.rate(rate));
        assertEquals(ExtendedCommunity.Kind.TRAFFIC_RATE, ExtendedCommunity.kind(rate));
        assertEquals(ExtendedCommunity.Kind.UNKNOWN, ExtendedCommunity.kind(0x8108010203040005L));
        assertEquals(0x8009000000000011L, ExtendedCommunity.trafficMark(17));
        assertEquals(0x030C000000000008L, ExtendedCommunity.encapsulation(ExtendedCommunity.TUNNEL_VXLAN));
        assertEquals(0x800A130005DC006FL, ExtendedCommunity.l2Info(19, 0, 1500, 111));
        assertEquals(0x0600010000000005L, ExtendedCommunity.macMobility(5, true));
        assertEquals(0x4702CAFFEE014001L, ExtendedCommunity.interfaceSet(false, 3405770241L, 1, 1));
        assertFalse(ExtendedCommunity.isTransitive(0x4702CAFFEE014001L));
        assertTrue(ExtendedCommunity.isTransitive(rt));
        assertEquals("0002FDE80001869F", Hex.encode(java.nio.ByteBuffer.allocate(8).putLong(rt).array()));
    }

    @Test
    void constructorsRejectOutOfRangeFields() {
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.routeTarget(65536, 1));
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.routeTarget(1, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.routeTargetAs4(1L << 32, 1));
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.routeTargetAs4(1, 65536));
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.trafficMark(64));
        assertThrows(IllegalArgumentException.class, () -> ExtendedCommunity.interfaceSet(true, 1, 4, 1));
    }
}
