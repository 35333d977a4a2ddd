package bgp.config.internal;

import bgp.log.AreaLogger;
import bgp.config.Configuration;
import bgp.config.LoadResult;
import bgp.config.NeighborConfig;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import bgp.config.route.ConfigRoute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the reactor run a configuration, by difference: the state (peers, sessions, Adj-RIBs) is the reactor's;
 * this only remembers the last configuration it applied, to know which routes it put there. Thread-safe (one load
 * at a time).
 */
public final class ConfigurationLoader {
    private static final AreaLogger LOG = AreaLogger.of(ConfigurationLoader.class, AreaLogger.CONFIG);
    private final Reactor reactor;
    private Configuration applied;

    public ConfigurationLoader(Reactor reactor) {
        this.reactor = reactor;
    }

    /** The configuration applied last, if any. */
    public synchronized java.util.Optional<Configuration> applied() {
        return java.util.Optional.ofNullable(applied);
    }

    /**
     * Apply a configuration.
     *
     * @param removeDynamic whether peers created through the API go (a reload) or stay (the configuration bundle
     *     coming back after an update, reconciling its file with what the reactor runs)
     */
    public synchronized LoadResult apply(Configuration next, boolean removeDynamic) {
        Map<String, NeighborConfig> wanted = new LinkedHashMap<>();
        for (NeighborConfig n : next.neighbors()) {
            wanted.put(n.neighbor().peerAddress(), n);
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> restarted = new ArrayList<>();
        List<String> routesChanged = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> running = new HashSet<>();
        SessionRoutes sessionRoutes = new SessionRoutes();
        for (Peer p : reactor.peers()) {
            Neighbor have = p.neighbor();
            String address = have.peerAddress();
            NeighborConfig want = wanted.get(address);
            if (want == null) {
                if (ConfigAdminNeighbors.contains(address)) {
                    continue; // a Config Admin configuration's peer, not the file's
                }
                if (!have.dynamic() || removeDynamic) {
                    reactor.removePeer(address);
                    removed.add(address);
                }
                continue;
            }
            running.add(address);
            if (!have.equals(want.neighbor())) {
                reactor.removePeer(address);
                start(want, sessionRoutes);
                restarted.add(address);
                continue;
            }
            List<ConfigRoute> before = applied == null ? List.of()
                    : applied.neighbor(address).map(sessionRoutes::of).orElse(List.of());
            List<ConfigRoute> after = sessionRoutes.of(want);
            if (applied != null && before.equals(after)) {
                unchanged.add(address);
                continue;
            }
            Set<Object> keep = new HashSet<>();
            for (ConfigRoute r : after) {
                keep.add(r.route().nlri());
            }
            for (ConfigRoute r : before) {
                if (!keep.contains(r.route().nlri())) {
                    p.withdraw(r.route().nlri());
                }
            }
            Set<ConfigRoute> held = new HashSet<>(before);
            for (ConfigRoute r : after) {
                // an identical route already held sends nothing; a watchdog route held as before keeps the state
                // its watchdog commands gave it
                if (r.watchdog() == null || !held.contains(r)) {
                    NeighborConfig.hold(p, r);
                }
            }
            (before.equals(after) ? unchanged : routesChanged).add(address);
        }
        for (NeighborConfig n : wanted.values()) {
            if (!running.contains(n.neighbor().peerAddress())) {
                start(n, sessionRoutes);
                added.add(n.neighbor().peerAddress());
            }
        }
        applied = next;
        LoadResult result = new LoadResult(added, removed, restarted, routesChanged, unchanged);
        LOG.info(() -> "configuration " + next.source() + " applied: " + result);
        return result;
    }

    /** Add a peer with its configured routes, handed before its session starts (so ahead of its End-of-RIB). */
    private void start(NeighborConfig n, SessionRoutes sessionRoutes) {
        List<ConfigRoute> routes = sessionRoutes.of(n);
        reactor.addPeer(n.neighbor(), p -> hold(p, routes));
    }

    /** The most routes handed to a peer at once: its event loop takes them as one task. */
    static final int BATCH = 4096;

    /**
     * {@link NeighborConfig#hold} each route, in order; runs of plain routes (no watchdog, not withdrawn) go to the peer
     * in batches ({@link Peer#announce(List)}), one event-loop task each instead of one per route. A batch the peer
     * refuses is held route by route, which fails at the same route as holding them one by one would.
     */
    static void hold(Peer p, List<ConfigRoute> routes) {
        List<bgp.rib.Route> batch = new ArrayList<>(Math.min(BATCH, routes.size()));
        int from = 0; // the first route of the batch
        for (int i = 0; i <= routes.size(); i++) {
            ConfigRoute r = i < routes.size() ? routes.get(i) : null;
            boolean plain = r != null && r.watchdog() == null && !r.withdraw();
            if (plain) {
                batch.add(r.route());
            }
            if (!plain || batch.size() == BATCH) {
                if (!batch.isEmpty()) {
                    try {
                        p.announce(batch);
                    } catch (IllegalArgumentException e) {
                        for (ConfigRoute one : routes.subList(from, from + batch.size())) {
                            NeighborConfig.hold(p, one);
                        }
                    }
                    batch.clear();
                }
                if (r != null && !plain) {
                    NeighborConfig.hold(p, r);
                }
                from = i + 1;
            }
        }
    }
}
