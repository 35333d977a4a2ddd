package bgp.reactor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The registry of peers and their sessions. A service; thread-safe; every method answers synchronously with a
 * clear error. Peers belong to the reactor, not to whoever added them: they stay when the configuration or the API
 * bundle that added them goes away.
 */
@ProviderType
public interface Reactor {
    /**
     * Add a peer and start its session (connecting out unless it is passive; accepting its connections).
     *
     * @throws IllegalArgumentException {@code peer already exists: <peerAddress>} if a peer has that address
     */
    default Peer addPeer(Neighbor neighbor) {
        return addPeer(neighbor, p -> { });
    }

    /**
     * Add a peer whose first routes {@code prepare} hands it ({@link Peer#announce}, ...) before its session can
     * start: they are in its Adj-RIB-Out before any session, connected or accepted, reaches Established, so the
     * peer gets them ahead of the first End-of-RIB. {@code prepare} runs on the calling thread, before the peer is
     * listed; if it throws, the peer is not added and the exception is thrown.
     *
     * @throws IllegalArgumentException {@code peer already exists: <peerAddress>} if a peer has that address
     */
    Peer addPeer(Neighbor neighbor, Consumer<? super Peer> prepare);

    /**
     * Remove a peer: its session gets a NOTIFICATION (Cease, Peer De-configured), its RIBs are freed.
     *
     * @param peerAddress an IP literal, in any spelling of the address
     * @throws IllegalArgumentException {@code unknown peer: <peerAddress>} or {@code invalid IP address <text>}
     */
    void removePeer(String peerAddress);

    /**
     * Tear a session down with a NOTIFICATION (Cease, with {@code subcode}, e.g. 2 Administrative Shutdown, and an
     * RFC 9003 {@code communication}, may be empty); the peer stays configured and reconnects after its back-off.
     *
     * @throws IllegalArgumentException {@code unknown peer: <peerAddress>}
     */
    void teardown(String peerAddress, int subcode, String communication);

    /**
     * Run {@code work} on the calling thread with every peer's sending held: the route changes it makes
     * ({@link Peer#announce}, {@link Peer#withdraw}, ...) enter the Adj-RIBs-Out as usual, and each peer drains its
     * Adj-RIB-Out once, after {@code work} returns (or throws), so routes of one attribute set go out in as few
     * UPDATEs as possible. Peers added meanwhile are not held.
     */
    void batch(Runnable work);

    /** The peers, in the order they were added (a snapshot). */
    List<Peer> peers();

    /** The peer at an address (any spelling). */
    Optional<Peer> peer(String peerAddress);

    /** The addresses and ports the reactor accepts connections on, as {@code address:port} (IPv6 in brackets). */
    List<String> listening();
}
