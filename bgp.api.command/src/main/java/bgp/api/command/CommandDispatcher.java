package bgp.api.command;

import java.util.ArrayList;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs API command lines against the registered {@link Command} services, with ExaBGP's answers: the command's
 * output then {@code done}; or {@code error: <reason>} then {@code error} for an empty line, an unknown verb, or a
 * command that refused or failed. A service; thread-safe.
 */
@ProviderType
public interface CommandDispatcher {

    /**
     * Run one command line, writing the answer to {@code out}.
     *
     * @return true if the answer ended with {@code done}, false if with {@code error}
     */
    boolean dispatch(String line, CommandOutput out);

    /** Run one command line and return the answer's lines, the last being {@code done} or {@code error}. */
    default List<String> dispatch(String line) {
        List<String> lines = new ArrayList<>();
        dispatch(line, lines::add);
        return lines;
    }

    /**
     * Run {@code work} (which dispatches command lines) as one batch: the route changes its commands make are sent
     * once it has returned, each peer's Adj-RIB-Out drained once, so routes sharing attributes go out in as few
     * UPDATEs as possible. What {@code group start} ... {@code group end} does for an API client. By default
     * {@code work} just runs.
     */
    default void batch(Runnable work) {
        work.run();
    }

    /**
     * Run command lines in order as one {@link #batch}, each answered as {@link #dispatch(String, CommandOutput)}
     * answers it: a line answered {@code error} changed nothing, and the next one still runs. What an API client's
     * route commands read together take (one call for all of them instead of one per line).
     */
    default void dispatchAll(List<String> lines, CommandOutput out) {
        batch(() -> {
            for (String line : lines) {
                dispatch(line, out);
            }
        });
    }

    /** The commands registered now, sorted by name. */
    List<CommandInfo> commands();
}
