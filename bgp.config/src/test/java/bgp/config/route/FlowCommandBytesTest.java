package bgp.config.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.internal.BuiltinCodecs;
import bgp.rib.AdjRibOut;
import bgp.rib.internal.RibFactoryComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every flowspec announcement command of ExaBGP's conformance tests ({@code cmd:announce ipv4|ipv6 flow ...} in
 * {@code qa/encoding} and {@code qa/api}, read in place), parsed, given the iBGP defaults of the tests' neighbors
 * (AS 1 or 65500 on both sides) and sent from an Adj-RIB-Out alone, is exactly the {@code raw:} UPDATE that follows
 * it. (Withdrawals are not compared: ExaBGP's repeat the route's attributes, ours carry none.)
 */
class FlowCommandBytesTest {
    private static final Pattern COMMAND = Pattern.compile("^\\d+:cmd:announce (ipv[46] (?:flow|flow-vpn) .*)$");
    private static final Pattern RAW = Pattern.compile("^\\d+:raw:(.*)$");

    private static Path qa() {
        Path dir = Path.of(System.getProperty("bgp.conformance.dir", "../../shared/conformance"))
                .resolve("exabgp").resolve("qa");
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("ExaBGP conformance data not found at " + dir.toAbsolutePath());
            }
            Assumptions.abort("ExaBGP conformance data not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    @Test
    void everyFlowAnnouncementIsTheUpdateExaBgpSends() throws IOException {
        OpenContext ctx = OpenContext.builder().localAs(1).peerAs(1).families(Set.of(Family.IPV4_FLOW,
                Family.IPV6_FLOW, Family.IPV4_FLOW_VPN)).build();
        RibFactoryComponent rib = new RibFactoryComponent(BuiltinCodecs.codec());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String folder : List.of("encoding", "api")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(qa().resolve(folder))) {
                files = s.filter(p -> p.toString().endsWith(".ci")).sorted().toList();
            }
            for (Path f : files) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = COMMAND.matcher(lines.get(i));
                    if (!m.matches()) {
                        continue;
                    }
                    String expected = null;
                    for (int j = i + 1; j < lines.size() && expected == null; j++) {
                        Matcher r = RAW.matcher(lines.get(j));
                        if (r.matches()) {
                            expected = r.group(1).replace(":", "");
                        }
                    }
                    String where = f.getFileName() + ":" + (i + 1);
                    try {
                        ConfigRoute route = RouteParser.parse(Token.split(m.group(1)), true).get(0);
                        AdjRibOut out = rib.newAdjRibOut(AdjRibOut.Grouping.NONE);
                        out.announce(RouteDefaults.forSession(route.route(), 1, 1));
                        out.sessionUp();
                        WireWriter w = new WireWriter(4096);
                        out.drain(ctx, w, Integer.MAX_VALUE);
                        String got = Hex.encode(w.toByteArray());
                        if (!got.equals(expected)) {
                            failures.add(where + "\n  expected " + expected + "\n  got      " + got);
                        }
                        checked++;
                    } catch (RouteSyntaxException | RuntimeException e) {
                        failures.add(where + ": " + e);
                    }
                }
            }
        }
        System.out.println("flow announcements compared with ExaBGP's UPDATEs: " + checked);
        assertEquals(List.of(), failures, () -> String.join("\n", failures));
        assertTrue(checked >= 30, "only " + checked + " flow announcements found");
    }
}
