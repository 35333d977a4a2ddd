package bgp.interop.checker;

import java.util.List;

/**
 * What a {@link CheckerPeer} concluded: passed when every step of every connection arrived; otherwise
 * {@link #reason()} says which step, which messages were still expected, what arrived instead (hex) and where the
 * closest expected message differs. {@link #log()} is the checker's trace (connections, OPENs, matched lines).
 */
public record Verdict(boolean passed, String test, String reason, List<String> log) {
    public Verdict {
        log = List.copyOf(log);
    }

    /** One text for an assertion message: verdict, reason, then the trace. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(passed ? "PASS " : "FAIL ").append(test).append(": ").append(reason).append('\n');
        b.append("trace:\n");
        for (String l : log) {
            b.append("  ").append(l).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
