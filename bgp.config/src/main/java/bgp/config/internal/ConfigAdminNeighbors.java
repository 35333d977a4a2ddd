package bgp.config.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peer addresses that Config Admin configurations ({@link NeighborComponent}) run, so that a configuration file
 * (re)load leaves them alone: they are not the file's to remove. Kept by the components as they apply and drop
 * their configurations; thread-safe.
 */
final class ConfigAdminNeighbors {
    private static final Set<String> ADDRESSES = ConcurrentHashMap.newKeySet();

    private ConfigAdminNeighbors() {
    }

    static void add(String peerAddress) {
        ADDRESSES.add(peerAddress);
    }

    static void remove(String peerAddress) {
        ADDRESSES.remove(peerAddress);
    }

    /** Whether a Config Admin configuration runs the peer at this (canonical) address. */
    static boolean contains(String peerAddress) {
        return ADDRESSES.contains(peerAddress);
    }
}
