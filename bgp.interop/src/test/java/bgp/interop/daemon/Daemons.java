package bgp.interop.daemon;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.Arrays;
import java.util.List;

/** Test preconditions: skip without the daemons (or without root), fail instead under CI. */
public final class Daemons {
    private Daemons() {
    }

    /**
     * Aborts the test (skipped) when a daemon of these kinds is not installed or this JVM is not root; under CI
     * ({@code CI=true}) fails it instead, since .ci/run installs them and runs as root.
     */
    public static void assumeAvailable(DaemonKind... kinds) {
        List<String> missing = Arrays.stream(kinds).filter(k -> !k.installed())
                .map(k -> k.title() + " (" + String.join(", ", k.programs()) + ")").toList();
        String why = null;
        if (!missing.isEmpty()) {
            why = "not installed: " + String.join("; ", missing)
                    + " (apt-get install bird2 gobgpd openbgpd exabgp, as .ci/run does)";
        } else if (!Host.isRoot()) {
            why = "the daemons need root (port 179, their packaged users)";
        }
        if (why == null) {
            return;
        }
        if (Host.underCi()) {
            fail("CI=true and " + why);
        }
        abort(why);
    }
}
