package bgp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Hex;
import bgp.codec.conformance.ConformanceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every {@code cmd:} line of ExaBGP's {@code qa/encoding} and {@code qa/api} tests, encoded by the {@code encode}
 * tool's {@link UpdateEncoder} in the context of the file's first neighbor (its configuration file, as
 * {@code encode -c} reads it), makes exactly the {@code raw:} messages that follow it in the file (those of its step
 * up to the next {@code cmd:} line, in any order). Lines are skipped only by the explicit lists below, each with its reason;
 * counts per directory are printed, and a skipped line that starts to pass fails the test so the lists stay true.
 */
class CmdConformanceTest {
    /** Command forms (by prefix) of families or features not implemented, and why. */
    static final Map<String, String> SKIPPED_FORMS = new TreeMap<>(Map.ofEntries(
            Map.entry("withdraw ipv4 flow", "ExaBGP's flow withdrawals carry the route's path attributes; we send "
                    + "withdrawals without them"),
            Map.entry("withdraw ipv6 flow", "ExaBGP's flow withdrawals carry the route's path attributes; we send "
                    + "withdrawals without them"),
            Map.entry("withdraw flow", "ExaBGP's flow withdrawals carry the route's path attributes; we send "
                    + "withdrawals without them"),
            Map.entry("attributes origin igp local-preference 100", "ExaBGP sends an UPDATE of path attributes and no "
                    + "NLRI for 'attributes' without 'nlri'; we check the attributes and send nothing (api-flow)"),
            Map.entry("withdraw ipv4 mcast-vpn", "ExaBGP's MVPN withdrawals carry the route's path attributes (and "
                    + "MP_UNREACH_NLRI first); we send withdrawals without them"),
            Map.entry("withdraw ipv6 mcast-vpn", "ExaBGP's MVPN withdrawals carry the route's path attributes (and "
                    + "MP_UNREACH_NLRI first); we send withdrawals without them"),
            Map.entry("group attributes", "ExaBGP's 'group attributes ... ; withdraw ...' sends a withdrawal that "
                    + "carries path attributes and the command's label; we send withdrawals without path attributes "
                    + "and with RFC 8277's withdrawal label 0x800000")));

    /** Why the MUP withdrawals of api-ipv4 and api-ipv6 (the one-line group form) are skipped: not for MUP. */
    static final String GROUP_MUP_WITHDRAWAL = "the encode tool does not read the one-line 'group ... ; ...' "
            + "command (the API does: ApiConformanceTest passes the file), and ExaBGP's withdrawal carries the group's "
            + "path attributes after MP_UNREACH_NLRI where we send MP_UNREACH_NLRI alone";

    /** Single lines ({@code file:line}) skipped, and why. */
    static final Map<String, String> SKIPPED_LINES = new TreeMap<>(Map.<String, String>ofEntries(
            Map.entry("api-ipv4.ci:15", GROUP_MUP_WITHDRAWAL),
            Map.entry("api-ipv6.ci:15", GROUP_MUP_WITHDRAWAL)));

    /** A command and the raw messages expected from it. */
    record Case(String where, String command, List<String> expected) {
    }

    static List<Case> cases(ConformanceData.CiFile ci) {
        record Item(int line, String step, String cmd, String raw) {
        }
        List<Item> items = new ArrayList<>();
        for (ConformanceData.Line l : ci.lines()) {
            if (l.kind().equals("cmd")) {
                items.add(new Item(l.lineNumber(), l.connection() + l.step(), l.text().strip(), null));
            }
        }
        for (ConformanceData.Raw r : ci.raws()) {
            items.add(new Item(r.lineNumber(), r.connection() + r.step(), null, Hex.encode(r.message())));
        }
        items.sort(Comparator.comparingInt(Item::line));
        List<Case> out = new ArrayList<>();
        Case current = null;
        String step = null;
        for (Item i : items) {
            if (i.cmd() != null) {
                current = new Case(ci.name() + ":" + i.line(), i.cmd(), new ArrayList<>());
                step = i.step();
                out.add(current);
            } else if (current != null && i.step().equals(step)) {
                current.expected().add(i.raw());
            } else {
                current = null; // a message of another step: not made by a command
            }
        }
        return out;
    }

    static String skipReason(Case c) {
        String line = SKIPPED_LINES.get(c.where());
        if (line != null) {
            return line;
        }
        for (Map.Entry<String, String> e : SKIPPED_FORMS.entrySet()) {
            if (c.command().startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    @Test
    void everyCmdLineMakesTheRawMessagesThatFollowIt() throws Exception {
        Map<String, int[]> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> skippedButPassing = new ArrayList<>();
        for (Path file : ConformanceData.ciFiles()) {
            ConformanceData.CiFile ci = ConformanceData.parse(file);
            String dir = file.getParent().getFileName().toString();
            int[] count = counts.computeIfAbsent(dir, k -> new int[3]);
            List<Case> cases = cases(ci);
            if (cases.isEmpty()) {
                continue;
            }
            ToolContext.Options o = new ToolContext.Options();
            o.config = ci.config();
            UpdateEncoder encoder = new UpdateEncoder(ToolContext.of(o));
            for (Case c : cases) {
                String reason = skipReason(c);
                String got;
                try {
                    got = String.join(" ", sorted(EncodeTool.hex(encoder.encode(c.command()))));
                } catch (ToolException e) {
                    got = "error: " + e.getMessage();
                }
                String want = String.join(" ", sorted(c.expected()));
                if (reason != null) {
                    count[1]++;
                    if (got.equals(want)) {
                        skippedButPassing.add(c.where() + " " + c.command());
                    }
                } else if (got.equals(want)) {
                    count[0]++;
                } else {
                    count[2]++;
                    failures.add(c.where() + " " + c.command() + "\n  expected " + want + "\n  got      " + got);
                }
            }
        }
        StringBuilder report = new StringBuilder("cmd: lines (passed/skipped/failed per directory)\n");
        int[] total = new int[3];
        counts.forEach((dir, c) -> {
            report.append(String.format("  %-10s %3d %3d %3d%n", dir, c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        report.append(String.format("  %-10s %3d %3d %3d", "total", total[0], total[1], total[2]));
        System.out.println(report);
        assertTrue(failures.isEmpty(), failures.size() + " cmd line(s) differ:\n" + String.join("\n", failures));
        assertEquals(List.of(), skippedButPassing, "skipped lines that pass: take them off the skip lists");
        assertTrue(total[0] > 100, "too few cmd lines checked: " + total[0]);
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
