package bgp.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed ExaBGP configuration file. Immutable.
 *
 * @param source the file it was read from
 * @param processes the {@code process} blocks by name, in file order
 * @param neighbors the neighbors in file order, templates applied
 */
public record Configuration(Path source, Map<String, ProcessConfig> processes, List<NeighborConfig> neighbors) {

    public Configuration {
        Objects.requireNonNull(source, "source");
        processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        neighbors = List.copyOf(neighbors);
    }

    /** The neighbor whose peer address is {@code address} (any spelling of it). */
    public Optional<NeighborConfig> neighbor(String address) {
        String canonical = bgp.reactor.Neighbor.canonicalAddress(address);
        return neighbors.stream().filter(n -> n.neighbor().peerAddress().equals(canonical)).findFirst();
    }
}
