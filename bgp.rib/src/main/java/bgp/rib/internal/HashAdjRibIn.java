package bgp.rib.internal;

import bgp.codec.attribute.Attribute;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.rib.AdjRibIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A first Adj-RIB-In: a hash map from (packed prefix, path id) to the attribute list. Simple on purpose; the RIB
 * work replaces it with interned attribute sets and primitive storage.
 */
final class HashAdjRibIn implements AdjRibIn {
    private record Key(long prefix, int pathId) {
    }

    private final Map<Key, List<Attribute>> routes = new HashMap<>();

    @Override
    public boolean insert(long prefix, int pathId, List<? extends Attribute> attributes) {
        List<Attribute> copy = List.copyOf(attributes);
        return routes.put(key(prefix, pathId), copy) == null;
    }

    @Override
    public boolean withdraw(long prefix, int pathId) {
        return routes.remove(key(prefix, pathId)) != null;
    }

    @Override
    public Optional<List<Attribute>> get(long prefix, int pathId) {
        return Optional.ofNullable(routes.get(key(prefix, pathId)));
    }

    @Override
    public int size() {
        return routes.size();
    }

    @Override
    public void clear() {
        routes.clear();
    }

    private static Key key(long prefix, int pathId) {
        if (Ipv4Prefixes.length(prefix) > 32 || prefix >>> 40 != 0) {
            throw new IllegalArgumentException("invalid IPv4 prefix: " + Long.toHexString(prefix));
        }
        return new Key(prefix, pathId);
    }
}
