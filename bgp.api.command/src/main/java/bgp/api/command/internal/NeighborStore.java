package bgp.api.command.internal;

import bgp.reactor.Neighbor;
import java.io.IOException;

/**
 * Where {@code create ... persist} keeps peers so that they survive a reload and a restart: the configuration
 * bundle runs what is stored ({@link ConfigAdminNeighborStore}: Config Admin, factory PID {@code bgp.neighbor}).
 * An internal service of this bundle.
 */
public interface NeighborStore {

    /** Whether a stored configuration describes the peer at this (canonical) address. */
    boolean contains(String peerAddress) throws IOException;

    /**
     * Store a neighbor; whoever runs the store starts its peer.
     *
     * @throws IllegalArgumentException when the neighbor has a setting the store cannot keep
     */
    void store(Neighbor neighbor) throws IOException;

    /**
     * Delete every stored configuration of the peer at this (canonical) address.
     *
     * @return how many were deleted
     */
    int delete(String peerAddress) throws IOException;
}
