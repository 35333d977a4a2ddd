package bgp.codec.internal.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.FlowRules;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.mvpn.McastVpnNlris;
import bgp.codec.nlri.LabeledNlriList;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.VpnPrefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ExaBGP's own expectations, read from the conformance data (never copied into the project): every UPDATE in a
 * {@code raw:} line of {@code qa/encoding}, {@code qa/api} and {@code qa/decoding} whose NLRI belongs to a built-in
 * family decodes and re-encodes to the same bytes; where ExaBGP printed the JSON of that UPDATE ({@code json:}), each
 * entry's {@code "nlri"}, {@code "path-information"}, {@code "label"} and {@code "rd"} appear in it exactly as we
 * would write them. The folder is the system property {@code bgp.conformance.dir} (default
 * {@code ../../shared/conformance} from the module); missing, the test is skipped, or fails when {@code CI=true}.
 */
class ExaBgpConformanceNlriTest {
    private static Path qa;

    private static void locate() {
        Path root = Paths.get(System.getProperty("bgp.conformance.dir", "../../shared/conformance"));
        qa = root.resolve("exabgp").resolve("qa");
        if (!Files.isDirectory(qa)) {
            String why = "ExaBGP conformance data not found at " + qa.toAbsolutePath()
                    + " (set -Dbgp.conformance.dir=<folder holding exabgp/qa>)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    /** One UPDATE and, when ExaBGP printed it, its JSON with all whitespace removed. */
    private record Sample(String where, byte[] message, String json) {
    }

    private static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        for (String dir : List.of("encoding", "api")) {
            Path d = qa.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ci")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        int raw = line.indexOf(":raw:");
                        if (line.contains("#") || raw < 0) {
                            continue;
                        }
                        byte[] message = Hex.decode(line.substring(raw + 5).replace(":", ""));
                        String json = null;
                        if (i + 1 < lines.size() && lines.get(i + 1).contains(":json:")) {
                            String next = lines.get(i + 1);
                            json = next.substring(next.indexOf(":json:") + 6).replaceAll("\\s", "");
                        }
                        out.add(new Sample(dir + "/" + f.getFileName() + ":" + (i + 1), message, json));
                    }
                }
            }
        }
        Path decoding = qa.resolve("decoding");
        if (Files.isDirectory(decoding)) {
            try (Stream<Path> files = Files.list(decoding)) {
                for (Path f : files.sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    if (lines.size() >= 3 && lines.get(0).startsWith("update")) {
                        out.add(new Sample("decoding/" + f.getFileName(), Hex.decode(lines.get(1)),
                                lines.get(2).replaceAll("\\s", "")));
                    }
                }
            }
        }
        return out;
    }

    /** An NLRI field of a family in an UPDATE: the IPv4 unicast fields of the body or an MP attribute's. */
    private record Field(Family family, byte[] buf, int off, int len) {
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
    }

    private static List<Field> fields(byte[] m) {
        List<Field> out = new ArrayList<>();
        int p = 19;
        int withdrawn = u16(m, p);
        out.add(new Field(Family.IPV4_UNICAST, m, p + 2, withdrawn));
        p += 2 + withdrawn;
        int attrs = u16(m, p);
        p += 2;
        int end = p + attrs;
        out.add(new Field(Family.IPV4_UNICAST, m, end, m.length - end));
        while (p < end) {
            int flags = m[p] & 0xFF;
            int type = m[p + 1] & 0xFF;
            int len = (flags & 0x10) != 0 ? u16(m, p + 2) : m[p + 2] & 0xFF;
            int v = p + ((flags & 0x10) != 0 ? 4 : 3);
            if (type == 14) {
                int nh = m[v + 3] & 0xFF;
                int nlri = v + 4 + nh + 1;
                out.add(new Field(new Family(u16(m, v), m[v + 2] & 0xFF), m, nlri, v + len - nlri));
            } else if (type == 15) {
                out.add(new Field(new Family(u16(m, v), m[v + 2] & 0xFF), m, v + 3, len - 3));
            }
            p = v + len;
        }
        return out;
    }

    /** ExaBGP's JSON object of entry {@code i}. */
    private static String entry(NlriList l, int i, boolean addPath) {
        if (l instanceof FlowRules) { // a flow rule's JSON is its components then its text (see the api bundle)
            return "\"string\":\"" + l.get(i).toString().replace(" ", "") + "\"";
        }
        StringBuilder sb = new StringBuilder("{\"nlri\":\"").append(l.get(i)).append('"');
        if (addPath) {
            sb.append(",\"path-information\":\"").append(IpAddresses.ipv4(l.pathId(i))).append('"');
        }
        if (l instanceof LabeledNlriList ll) {
            sb.append(",\"label\":[");
            for (int k = 0, n = ll.labelCount(i); k < n; k++) {
                sb.append(k == 0 ? "[" : ",[").append(ll.label(i, k)).append(',').append(ll.rawLabel(i, k)).append(']');
            }
            sb.append(']');
        }
        if (l instanceof VpnPrefixes vp) {
            sb.append(",\"rd\":\"").append(vp.routeDistinguisher(i)).append('"');
        }
        return sb.append('}').toString();
    }

    @Test
    void exaBgpUpdatesDecodeReEncodeAndPrintAsExaBgpDoes() throws IOException {
        locate();
        List<String> failures = new ArrayList<>();
        Map<Family, Integer> checkedAgainstJson = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        int roundTrips = 0;
        for (Sample s : samples()) {
            if (s.message().length < 23 || s.message()[18] != 2) {
                continue;
            }
            for (Field f : fields(s.message())) {
                NlriCodec codec = NlriCodecs.builtin(f.family());
                if (codec == null) {
                    continue;
                }
                // add-path: ExaBGP prints path-information exactly when it was negotiated
                boolean addPath = s.json() != null && s.json().contains("\"path-information\"");
                NlriList list;
                try {
                    list = codec.decode(f.buf(), f.off(), f.len(), addPath);
                } catch (BgpDecodeException e) {
                    if (s.json() != null) {
                        failures.add(s.where() + " " + f.family() + ": " + e);
                        continue;
                    }
                    try {
                        addPath = !addPath;
                        list = codec.decode(f.buf(), f.off(), f.len(), addPath);
                    } catch (BgpDecodeException e2) {
                        failures.add(s.where() + " " + f.family() + ": " + e + " / with add-path " + e2);
                        continue;
                    }
                }
                WireWriter w = new WireWriter();
                list.encodeAll(w, addPath);
                String original = Hex.encode(f.buf(), f.off(), f.len());
                if (!original.equals(Hex.encode(w.toByteArray()))) {
                    failures.add(s.where() + " " + f.family() + ": re-encoded " + Hex.encode(w.toByteArray())
                            + " instead of " + original);
                }
                roundTrips++;
                if (s.json() == null || list.isEmpty()) {
                    continue;
                }
                if (list instanceof VplsNlris || list instanceof EvpnNlris || list instanceof McastVpnNlris
                        || list instanceof bgp.codec.bgpls.BgpLsNlris || list instanceof bgp.codec.rtc.RtcNlris
                        || list instanceof bgp.codec.srpolicy.SrPolicyNlris
                        || list instanceof bgp.codec.mup.MupNlris) {
                    continue; // their JSON has no "nlri" (ExabgpJsonConformanceTest checks it whole)
                }
                if (!s.json().contains("\"" + f.family().toString().replace(" ", "") + "\":")) {
                    failures.add(s.where() + ": no \"" + f.family() + "\" in " + s.json());
                }
                for (int i = 0; i < list.size(); i++) {
                    String e = entry(list, i, addPath);
                    if (!s.json().contains(e)) {
                        failures.add(s.where() + ": " + e + " not in " + s.json());
                    }
                    checkedAgainstJson.merge(f.family(), 1, Integer::sum);
                }
            }
        }
        assertEquals(List.of(), failures, () -> String.join("\n", failures));
        assertTrue(roundTrips >= 50, "only " + roundTrips + " NLRI fields round-tripped");
        // the data has these at least: a drop of a count means the samples were not found or not understood
        assertTrue(checkedAgainstJson.getOrDefault(Family.IPV4_UNICAST, 0) >= 20, checkedAgainstJson::toString);
        assertTrue(checkedAgainstJson.getOrDefault(Family.IPV6_UNICAST, 0) >= 5, checkedAgainstJson::toString);
        assertTrue(checkedAgainstJson.getOrDefault(Family.IPV4_LABELED, 0) >= 2, checkedAgainstJson::toString);
        assertTrue(checkedAgainstJson.getOrDefault(Family.IPV4_MPLS_VPN, 0) >= 5, checkedAgainstJson::toString);
        assertTrue(checkedAgainstJson.getOrDefault(Family.IPV4_FLOW, 0) >= 30, checkedAgainstJson::toString);
    }
}
