package bgp.config;

import java.util.List;
import java.util.Objects;

/**
 * A flow route ({@code flow { route <name> { rd ...; next-hop ...; match { ... } scope { ... } then { ... } } }}),
 * as written: each section is a list of {@link Statement}s. The route it sends is in {@link NeighborConfig#routes()}
 * ({@link bgp.config.route.FlowParser}); the {@code scope} section's interface-sets are sent as extended communities.
 *
 * @param name the route's name
 * @param attributes the statements outside the sections ({@code rd}, {@code next-hop})
 * @param match the match conditions ({@code source}, {@code destination-port}, ...)
 * @param scope the {@code scope} statements ({@code interface-set})
 * @param then the actions ({@code discard}, {@code rate-limit}, {@code redirect}, {@code community}, ...)
 */
public record FlowRoute(String name, List<Statement> attributes, List<Statement> match, List<Statement> scope,
        List<Statement> then) {

    public FlowRoute {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        match = List.copyOf(match);
        scope = List.copyOf(scope);
        then = List.copyOf(then);
    }
}
