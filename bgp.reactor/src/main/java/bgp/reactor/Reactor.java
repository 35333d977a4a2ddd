package bgp.reactor;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The registry of peers. A service; thread-safe; every method answers synchronously. Peers belong to the reactor,
 * not to whoever added them: they stay when the configuration or the API bundle that added them goes away.
 */
@ProviderType
public interface Reactor {

    /**
     * Add a peer.
     *
     * @throws IllegalArgumentException {@code peer already exists: <peerAddress>} if a peer has that address
     */
    void addPeer(Neighbor neighbor);

    /**
     * Remove a peer (and, later, tear its session down).
     *
     * @param peerAddress an IP literal, in any spelling of the address
     * @throws IllegalArgumentException {@code unknown peer: <peerAddress>} if no peer has that address, or
     *     {@code invalid IP address <peerAddress>} if it is not an IP literal
     */
    void removePeer(String peerAddress);

    /** The peers, in the order they were added (a snapshot). */
    List<Neighbor> peers();
}
