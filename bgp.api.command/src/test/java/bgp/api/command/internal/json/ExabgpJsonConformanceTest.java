package bgp.api.command.internal.json;

import bgp.codec.conformance.ConformanceData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.message.Message;
import bgp.codec.message.Open;
import bgp.codec.message.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code json:} (and {@code jsv4:}/{@code jsv6:}) line of ExaBGP's {@code qa/encoding} and {@code qa/api} tests whose families the codec
 * implements is reproduced by decoding one of the {@code raw:} UPDATEs of its step in the context of the file's
 * first neighbor and encoding it with {@link ExabgpJson}: {@code "type"} and the {@code "neighbor"} block less its
 * identity ({@code address}, {@code asn}, {@code router-id}, {@code direction}) must be equal, key order and
 * number spelling included. The {@code qa/decoding} vectors likewise. Lines of other families are skipped by the
 * explicit list {@link #SKIPPED}; the counts per family are printed.
 */
class ExabgpJsonConformanceTest {
    static final Set<String> IMPLEMENTED = Set.of("ipv4 unicast", "ipv6 unicast", "ipv4 multicast",
            "ipv6 multicast", "ipv4 nlri-mpls", "ipv6 nlri-mpls", "ipv4 mpls-vpn", "ipv6 mpls-vpn", "ipv4 flow",
            "ipv6 flow", "ipv4 flow-vpn", "ipv6 flow-vpn", "l2vpn vpls", "l2vpn evpn", "ipv4 mcast-vpn",
            "ipv6 mcast-vpn", "ipv4 rtc", "bgp-ls bgp-ls", "bgp-ls bgp-ls-vpn", "ipv4 sr-policy",
            "ipv6 sr-policy", "ipv4 mup", "ipv6 mup");
    /** Families whose NLRI the codec does not implement yet: their lines are skipped, and counted. */
    static final Set<String> SKIPPED = Set.of();
    static final MessageCodec CODEC = BuiltinCodecs.codec();
    static final ExabgpJson JSON = new ExabgpJson("5.0.0", "test", 1, 1, () -> 0L);
    /** For {@code jsv6:} lines: ExaBGP's API 6, whose flowspec rules do not repeat their next hop. */
    static final ExabgpJson JSON_V6 = new ExabgpJson("6.0.0", "test", 1, 1, () -> 0L);
    private static final Set<String> IDENTITY = Set.of("address", "asn", "router-id", "direction");

    static Set<Family> implementedFamilies() {
        Set<Family> out = new LinkedHashSet<>();
        for (String f : IMPLEMENTED) {
            String[] p = f.split(" ");
            out.add(new Family(Family.afiCode(p[0]), Family.safiCode(p[1])));
        }
        return out;
    }

    /** Counts of one family: passed, skipped, failed. */
    private static final class Count {
        int passed;
        int skipped;
        int failed;
    }

    @Test
    void everyJsonLineOfTheImplementedFamilies() {
        Map<String, Count> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : ConformanceData.ciFiles()) {
            ConformanceData.CiFile ci = ConformanceData.parse(file);
            OpenContext context = null;
            for (ConformanceData.Line line : ci.lines()) {
                if (!line.kind().equals("json") && !line.kind().equals("jsv4") && !line.kind().equals("jsv6")) {
                    continue;
                }
                String where = ci.name() + ":" + line.lineNumber();
                Object expected = MiniJson.parse(line.text());
                List<String> families = families(expected);
                String label = families.isEmpty() ? "ipv4 unicast" : families.get(0);
                Count count = counts.computeIfAbsent(label, k -> new Count());
                if (families.stream().anyMatch(SKIPPED::contains)) {
                    count.skipped++;
                    continue;
                }
                if (!IMPLEMENTED.containsAll(families)) {
                    count.failed++;
                    failures.add(where + ": family neither implemented nor in the skip list: " + families);
                    continue;
                }
                if (context == null) {
                    context = ConformanceData.context(ci, implementedFamilies());
                }
                String want = comparable(expected);
                List<String> got = new ArrayList<>();
                for (ConformanceData.Raw raw : ci.raws()) {
                    if (raw.step() != line.step() || !raw.connection().equals(line.connection())
                            || raw.type() != Message.TYPE_UPDATE) {
                        continue;
                    }
                    try {
                        Message m = CODEC.decode(raw.message(), context);
                        ExabgpJson json = line.kind().equals("jsv6") ? JSON_V6 : JSON;
                        got.add(comparable(MiniJson.parse(json.update(peer(context), ExabgpJson.IN, (Update) m))));
                    } catch (Exception e) {
                        got.add("decode error on line " + raw.lineNumber() + ": " + e);
                    }
                }
                if (got.contains(want)) {
                    count.passed++;
                } else {
                    count.failed++;
                    failures.add(where + "\n  expected " + want + "\n  got      " + String.join("\n           ", got));
                }
            }
        }
        report("qa/encoding + qa/api json: lines", counts);
        assertTrue(failures.isEmpty(), failures.size() + " json line(s) differ:\n" + String.join("\n", failures));
        assertTrue(counts.values().stream().mapToInt(c -> c.passed).sum() > 0, "no json line checked");
    }

    @Test
    void decodingVectors() throws IOException {
        Path dir = ConformanceData.exabgp().resolve("qa/decoding");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        Map<String, Count> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
            String[] head = lines.get(0).trim().split("\\s+");
            Object expected = MiniJson.parse(lines.get(2));
            String label;
            if (head.length >= 3) {
                label = head[1] + " " + head[2];
            } else {
                List<String> fams = families(expected);
                label = head[0].equals("open") ? "open" : fams.isEmpty() ? "ipv4 unicast" : fams.get(0);
            }
            Count count = counts.computeIfAbsent(label, k -> new Count());
            if (SKIPPED.contains(label)) {
                count.skipped++;
                continue;
            }
            String name = f.getFileName().toString();
            byte[] message = Hex.decode(lines.get(1).replaceAll("[:\\s]", ""));
            try {
                OpenContext context = decodeContext();
                String json;
                if (head[0].equals("nlri")) {
                    Family family = new Family(Family.afiCode(head[1]), Family.safiCode(head[2]));
                    json = ExabgpJson.nlri(NlriCodecs.builtin(family).decode(message, 0, message.length, false));
                } else {
                    Message m = CODEC.decode(withHeader(message), context);
                    ExabgpJson.Peer peer = new ExabgpJson.Peer("127.0.0.1", "127.0.0.1", 65533, 65533, "127.0.0.1");
                    json = m instanceof Open o ? JSON.open(peer, ExabgpJson.IN, o)
                            : JSON.update(peer, ExabgpJson.IN, (Update) m);
                }
                boolean nlri = head[0].equals("nlri");
                String want = nlri ? MiniJson.canonical(expected) : comparable(expected);
                String got = nlri ? MiniJson.canonical(MiniJson.parse(json)) : comparable(MiniJson.parse(json));
                if (want.equals(got)) {
                    count.passed++;
                } else {
                    count.failed++;
                    failures.add(name + "\n  expected " + want + "\n  got      " + got);
                }
            } catch (Exception e) {
                count.failed++;
                failures.add(name + ": " + e);
            }
        }
        report("qa/decoding vectors", counts);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A message without its 19-byte header (ExaBGP's vectors of an UPDATE body) gets an UPDATE header. */
    static byte[] withHeader(byte[] m) {
        for (int i = 0; i < 16 && i < m.length; i++) {
            if (m[i] != (byte) 0xFF) {
                byte[] whole = new byte[m.length + 19];
                java.util.Arrays.fill(whole, 0, 16, (byte) 0xFF);
                whole[16] = (byte) (whole.length >>> 8);
                whole[17] = (byte) whole.length;
                whole[18] = Message.TYPE_UPDATE;
                System.arraycopy(m, 0, whole, 19, m.length);
                return whole;
            }
        }
        return m;
    }

    /** ExaBGP's {@code decode} context: 127.0.0.1, AS 65533 both sides, every implemented family, RFC 8950. */
    static OpenContext decodeContext() {
        OpenContext.Builder b = OpenContext.builder().localAs(65533).peerAs(65533).localId(0x7F000001)
                .peerId(0x7F000001).asn4(true).extendedMessage(true).families(implementedFamilies());
        for (Family f : implementedFamilies()) {
            if (f.afi() == Family.AFI_IPV4) {
                b.extendedNextHop(f, Family.AFI_IPV6);
            }
        }
        return b.build();
    }

    static ExabgpJson.Peer peer(OpenContext c) {
        return new ExabgpJson.Peer("127.0.0.1", "127.0.0.1", c.peerAs(), c.localAs(),
                bgp.codec.IpAddresses.ipv4(c.peerId()));
    }

    private static void report(String what, Map<String, Count> counts) {
        int p = 0;
        int s = 0;
        int fl = 0;
        StringBuilder b = new StringBuilder(what).append(" (passed/skipped/failed per family)\n");
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            Count c = e.getValue();
            b.append(String.format("  %-18s %3d %3d %3d%n", e.getKey(), c.passed, c.skipped, c.failed));
            p += c.passed;
            s += c.skipped;
            fl += c.failed;
        }
        b.append(String.format("  %-18s %3d %3d %3d", "total", p, s, fl));
        System.out.println(b);
    }

    /** {@code type} and the neighbor block without its identity, as canonical text. */
    @SuppressWarnings("unchecked")
    static String comparable(Object json) {
        Map<String, Object> top = (Map<String, Object>) json;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", top.get("type"));
        Map<String, Object> neighbor = new LinkedHashMap<>((Map<String, Object>) top.get("neighbor"));
        neighbor.keySet().removeAll(IDENTITY);
        out.put("neighbor", neighbor);
        return MiniJson.canonical(out);
    }

    /** The families an expected UPDATE names (announce and withdraw keys, or the End-of-RIB's). */
    @SuppressWarnings("unchecked")
    static List<String> families(Object json) {
        List<String> out = new ArrayList<>();
        Object neighbor = ((Map<String, Object>) json).get("neighbor");
        if (!(neighbor instanceof Map<?, ?> n) || !(n.get("message") instanceof Map<?, ?> message)) {
            return out;
        }
        if (message.get("eor") instanceof Map<?, ?> eor) {
            out.add(eor.get("afi") + " " + eor.get("safi"));
        }
        if (message.get("update") instanceof Map<?, ?> update) {
            for (String part : List.of("announce", "withdraw")) {
                if (update.get(part) instanceof Map<?, ?> m) {
                    for (Object k : m.keySet()) {
                        if (!out.contains(k)) {
                            out.add((String) k);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void comparableIgnoresIdentityButNotOrder() {
        String a = comparable(MiniJson.parse("{\"type\":\"update\",\"neighbor\":{\"address\":1,\"message\":{\"a\":1,\"b\":2}}}"));
        String b = comparable(MiniJson.parse("{\"type\":\"update\",\"neighbor\":{\"address\":2,\"message\":{\"b\":2,\"a\":1}}}"));
        assertTrue(!a.equals(b));
        assertEquals("{\"type\":\"update\",\"neighbor\":{\"message\":{\"a\":1,\"b\":2}}}", a);
    }
}
