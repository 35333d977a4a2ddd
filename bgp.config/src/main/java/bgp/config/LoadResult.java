package bgp.config;

import java.util.List;

/**
 * What loading a configuration changed in the running speaker, by peer address.
 *
 * @param added neighbors started
 * @param removed neighbors stopped (configured ones gone from the file, and dynamic ones on a reload)
 * @param restarted neighbors whose session parameters changed: stopped and started again
 * @param routesChanged neighbors that kept their session and got only the announcements and withdrawals needed
 * @param unchanged neighbors left as they were
 */
public record LoadResult(List<String> added, List<String> removed, List<String> restarted,
                         List<String> routesChanged, List<String> unchanged) {
    public LoadResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        restarted = List.copyOf(restarted);
        routesChanged = List.copyOf(routesChanged);
        unchanged = List.copyOf(unchanged);
    }
}
