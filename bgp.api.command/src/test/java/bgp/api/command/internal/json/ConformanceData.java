package bgp.api.command.internal.json;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.OpenContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * (A copy of bgp.codec's test reader.) ExaBGP's conformance data, read in place from {@code ../shared/conformance} (system property
 * {@code bgp.conformance.dir}). Missing data fails the run under CI ({@code CI=true}) and skips it elsewhere.
 */
final class ConformanceData {
    private ConformanceData() {
    }

    /** The {@code exabgp} folder of the conformance data. */
    public static Path exabgp() {
        String dir = System.getProperty("bgp.conformance.dir", "../../shared/conformance");
        Path p = Path.of(dir, "exabgp").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            String why = "conformance data not found at " + p + " (set -Dbgp.conformance.dir)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return p;
    }

    /** Every {@code qa/encoding/*.ci} and {@code qa/api/*.ci} file, sorted. */
    public static List<Path> ciFiles() {
        Path root = exabgp();
        List<Path> out = new ArrayList<>();
        for (String sub : List.of("qa/encoding", "qa/api")) {
            try (Stream<Path> s = Files.list(root.resolve(sub))) {
                s.filter(f -> f.toString().endsWith(".ci")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** One {@code raw:} line: connection letter (or empty), step, and the whole message. */
    public record Raw(String connection, int step, int lineNumber, byte[] message) {
        public int type() {
            return message[18] & 0xFF;
        }
    }

    /** One {@code cmd:} or {@code json:} line. */
    public record Line(String connection, int step, int lineNumber, String kind, String text) {
    }

    /** A parsed {@code .ci} file. */
    public record CiFile(Path path, String configFile, List<String> options, List<Raw> raws, List<Line> lines) {
        public String name() {
            return path.getFileName().toString();
        }

        /** The configuration of the test, in {@code etc/}. */
        public Path config() {
            return path.getParent().getParent().getParent().resolve("etc").resolve(configFile);
        }
    }

    public static CiFile parse(Path ci) {
        List<String> text;
        try {
            text = Files.readAllLines(ci);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String conf = null;
        List<String> options = new ArrayList<>();
        List<Raw> raws = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (String line : text) {
            n++;
            if (line.isBlank() || line.contains("#")) {
                continue;
            }
            if (line.startsWith("option:")) {
                options.add(line.substring(7));
                if (line.startsWith("option:file:")) {
                    conf = line.substring(12).strip();
                }
                continue;
            }
            int colon = line.indexOf(':');
            String head = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            int digits = 0;
            while (digits < head.length() && !Character.isDigit(head.charAt(digits))) {
                digits++;
            }
            String connection = head.substring(0, digits);
            int step = Integer.parseInt(head.substring(digits));
            int kindEnd = rest.indexOf(':');
            String kind = rest.substring(0, kindEnd);
            String payload = rest.substring(kindEnd + 1);
            if (kind.equals("raw")) {
                byte[] message = Hex.decode(payload.replace(":", ""));
                raws.add(new Raw(connection, step, n, message));
            } else {
                lines.add(new Line(connection, step, n, kind, payload));
            }
        }
        return new CiFile(ci, conf, List.copyOf(options), List.copyOf(raws), List.copyOf(lines));
    }

    /**
     * The decode context of a test: its configuration's first neighbor (ASNs, router-id, families, add-path,
     * asn4), as the peer receiving what the speaker sends. A deliberately small reader of the ExaBGP grammar for
     * these few keys; the configuration bundle owns the real parser.
     */
    public static OpenContext context(CiFile ci, Set<Family> knownFamilies) {
        List<String> tokens = tokens(ci.config());
        int i = tokens.indexOf("neighbor");
        if (i < 0) {
            throw new IllegalStateException("no neighbor in " + ci.config());
        }
        // find the neighbor block
        while (!tokens.get(i).equals("{")) {
            i++;
        }
        int depth = 0;
        long localAs = 0;
        long peerAs = 0;
        int routerId = 0;
        boolean asn4 = true;
        boolean addPathCapability = false;
        Set<Family> families = new LinkedHashSet<>();
        Set<Family> addPath = new LinkedHashSet<>();
        String section = "";
        for (int k = i; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.equals("{")) {
                depth++;
                if (depth == 2) {
                    section = tokens.get(k - 1);
                }
                continue;
            }
            if (t.equals("}")) {
                depth--;
                if (depth == 0) {
                    break;
                }
                continue;
            }
            String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
            if (depth == 1) {
                switch (t) {
                    case "local-as" -> localAs = Long.parseLong(next);
                    case "peer-as" -> peerAs = Long.parseLong(next);
                    case "router-id" -> routerId = IpAddresses.parseIpv4(next);
                    default -> { }
                }
            } else if (depth == 2 && (section.equals("family") || section.equals("add-path"))) {
                int afi = Family.afiCode(t);
                if (afi > 0) {
                    int safi = Family.safiCode(next);
                    if (safi > 0) {
                        (section.equals("family") ? families : addPath).add(new Family(afi, safi));
                    }
                }
            } else if (depth == 2 && section.equals("capability")) {
                if (t.equals("asn4") && next.equals("disable")) {
                    asn4 = false;
                }
                if (t.equals("add-path") && !next.equals("disable")) {
                    addPathCapability = true;
                }
            }
        }
        if (families.isEmpty()) {
            families.addAll(knownFamilies);
        }
        for (String option : ci.options()) {
            if (option.startsWith("asn:")) {
                peerAs = Long.parseLong(option.substring(4).strip());
            }
        }
        OpenContext.Builder b = OpenContext.builder().localAs(peerAs).peerAs(localAs).peerId(routerId)
                .localId(routerId).asn4(asn4).extendedMessage(true).families(families);
        if (addPathCapability) {
            for (Family f : addPath.isEmpty() ? families : addPath) {
                b.addPath(f);
            }
        }
        return b.build();
    }

    private static List<String> tokens(Path conf) {
        String text;
        try {
            text = Files.readString(conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean comment = false;
        for (char c : text.toCharArray()) {
            if (comment) {
                comment = c != '\n';
                continue;
            }
            if (c == '#') {
                comment = true;
                continue;
            }
            if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                if (c == '{' || c == '}') {
                    out.add(String.valueOf(c));
                }
                continue;
            }
            cur.append(c);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
