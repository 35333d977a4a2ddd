package bgp.api.command;

import org.osgi.annotation.versioning.ConsumerType;

/** Where a command writes its answer, one line at a time (without the line end). */
@ConsumerType
@FunctionalInterface
public interface CommandOutput {
    void println(String line);
}
