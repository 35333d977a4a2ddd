package bgp.codec.internal.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.HostnameCapability;
import bgp.codec.capability.LinkLocalNextHopCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.SoftwareVersionCapability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ExaBGP's own OPENs (its conformance data, read in place, never copied): every {@code raw:} line of message type 1
 * in {@code qa/*}{@code /*.ci} and every {@code qa/decoding} vector of type {@code open}. Each capability with a
 * built-in codec decodes and re-encodes to the very same bytes; any other code must be one we chose to keep as
 * unknown.
 */
class ExaBgpOpenConformanceTest {
    /** The conformance root; the folder holding {@code exabgp/}. */
    static final String PROPERTY = "bgp.conformance.dir";
    private static final String DEFAULT_DIR = "../../shared/conformance";

    /** Codes ExaBGP may send that have no typed codec on purpose (see {@link CapabilityCodecs}). */
    private static final Set<Integer> KEPT_AS_UNKNOWN = Set.of(68, 128, 131, 185);

    /** A raw line: optional connection letter, step, "raw:", then hex with ':' separators anywhere. */
    private static final Pattern RAW = Pattern.compile("^[A-Za-z]?\\d+:raw:([0-9A-Fa-f:]+)\\s*$");

    private static final Map<Integer, CapabilityCodec> CODECS = CapabilityCodecs.builtin().stream()
            .collect(Collectors.toMap(CapabilityCodec::code, Function.identity()));

    /** One OPEN found in the data, and where. */
    record Source(String where, byte[] message) {
    }

    static Path exabgpDir() {
        String configured = System.getProperty(PROPERTY, "");
        Path root = Paths.get(configured.isBlank() ? DEFAULT_DIR : configured).toAbsolutePath().normalize();
        Path dir = root.resolve("exabgp");
        if (!Files.isDirectory(dir.resolve("qa"))) {
            String why = "ExaBGP conformance data not found at " + dir + " (set -D" + PROPERTY + "=<dir holding exabgp/>)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI=true, so this is a failure");
            }
            Assumptions.abort(why + "; skipped (outside CI)");
        }
        return dir;
    }

    static List<Source> exabgpOpens() {
        Path dir = exabgpDir();
        List<Source> out = new ArrayList<>();
        try (Stream<Path> kinds = Files.list(dir.resolve("qa"))) {
            for (Path kind : kinds.sorted().toList()) {
                if (!Files.isDirectory(kind)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(kind)) {
                    for (Path file : files.sorted().toList()) {
                        String rel = dir.relativize(file).toString();
                        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                        if (file.toString().endsWith(".ci")) {
                            for (int i = 0; i < lines.size(); i++) {
                                Matcher m = RAW.matcher(lines.get(i));
                                if (m.matches()) {
                                    byte[] message = Hex.decode(m.group(1));
                                    if (message.length > OpenLayout.HEADER && message[18] == OpenLayout.TYPE_OPEN) {
                                        out.add(new Source(rel + ":" + (i + 1), message));
                                    }
                                }
                            }
                        } else if (kind.getFileName().toString().equals("decoding") && lines.size() >= 2
                                && lines.get(0).strip().split("\\s+")[0].equals("open")) {
                            out.add(new Source(rel + ":2", Hex.decode(lines.get(1))));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyKnownCapabilityOfEveryExaBgpOpenRoundTrips() {
        return exabgpOpens().stream().map(source -> DynamicTest.dynamicTest(source.where(), () -> {
            List<OpenLayout.Tlv> tlvs = OpenLayout.capabilities(source.message());
            assertTrue(!tlvs.isEmpty(), "an OPEN without capabilities");
            for (OpenLayout.Tlv tlv : tlvs) {
                CapabilityCodec codec = CODECS.get(tlv.code());
                if (codec == null) {
                    assertTrue(KEPT_AS_UNKNOWN.contains(tlv.code()), source.where() + ": capability code " + tlv.code()
                            + " has no codec and is not a known kept-as-unknown code; decide how to handle it");
                    continue;
                }
                Capability c = codec.decode(source.message(), tlv.valueOffset(), tlv.value().length);
                assertEquals(tlv.code(), c.code(), source.where() + ": " + tlv);
                WireWriter out = new WireWriter(64);
                codec.encode(c, out);
                assertEquals(Hex.encode(tlv.value()), Hex.encode(out.toByteArray()),
                        source.where() + ": re-encoding " + c);
            }
        }));
    }

    /** The OPENs hold what their test files say: the parse above really looked at them. */
    @Test
    void theExaBgpOpensCarryTheCapabilitiesTheirTestsAreAbout() throws BgpDecodeException {
        Map<String, List<Capability>> byFile = new TreeMap<>();
        for (Source source : exabgpOpens()) {
            List<Capability> caps = new ArrayList<>();
            for (OpenLayout.Tlv tlv : OpenLayout.capabilities(source.message())) {
                CapabilityCodec codec = CODECS.get(tlv.code());
                if (codec != null) {
                    caps.add(codec.decode(source.message(), tlv.valueOffset(), tlv.value().length));
                }
            }
            byFile.put(source.where().replaceAll(":\\d+$", ""), caps);
        }
        expect(byFile, "qa/encoding/conf-cap-software-version.ci", new SoftwareVersionCapability("ExaBGP/5.0.0-0+test"));
        expect(byFile, "qa/decoding/bgp-open-sofware-version",
                new SoftwareVersionCapability("ExaBGP/main-c2a2ea8ebd-20240715"));
        expect(byFile, "qa/decoding/bgp-open-sofware-version", new FourOctetAsCapability(65533));
        expect(byFile, "qa/encoding/conf-hostname.ci", new HostnameCapability("my-host-name", "my-domain-name.com"));
        expect(byFile, "qa/encoding/conf-hostname.ci", new MultiprotocolCapability(Family.IPV4_UNICAST));
        expect(byFile, "qa/encoding/conf-cap-link-local-nexthop.ci", LinkLocalNextHopCapability.INSTANCE);
        expect(byFile, "qa/encoding/conf-cap-link-local-nexthop.ci", new MultiprotocolCapability(Family.IPV6_UNICAST));
        expect(byFile, "qa/encoding/conf-cap-link-local-nexthop.ci", ExtendedMessageCapability.INSTANCE);
    }

    private static void expect(Map<String, List<Capability>> byFile, String file, Capability capability) {
        List<Capability> caps = byFile.get(file);
        if (caps == null) {
            // the data set is a subset and may change; only what is there is checked
            Assumptions.abort(file + " not in this copy of the conformance data");
        }
        assertTrue(caps.contains(capability), file + " should carry " + capability + ": " + caps);
    }
}
