package bgp.reactor.internal;

import bgp.reactor.Neighbor;
import bgp.rib.AdjRibIn;
import bgp.rib.RibFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The peers by canonical address, in the order they were added, each with its Adj-RIB-In. Thread-safe (one lock;
 * peers change rarely).
 */
final class PeerTable {
    /** A peer and the state the reactor keeps for it. */
    record Peer(Neighbor neighbor, AdjRibIn adjRibIn) {
    }

    private final RibFactory ribs;
    private final Map<String, Peer> peers = new LinkedHashMap<>();

    PeerTable(RibFactory ribs) {
        this.ribs = Objects.requireNonNull(ribs, "ribs");
    }

    synchronized Peer add(Neighbor neighbor) {
        String key = neighbor.peerAddress();
        if (peers.containsKey(key)) {
            throw new IllegalArgumentException("peer already exists: " + key);
        }
        Peer peer = new Peer(neighbor, ribs.newAdjRibIn());
        peers.put(key, peer);
        return peer;
    }

    synchronized Peer remove(String peerAddress) {
        Peer peer = peers.remove(Neighbor.canonicalAddress(peerAddress));
        if (peer == null) {
            throw new IllegalArgumentException("unknown peer: " + peerAddress);
        }
        peer.adjRibIn().clear();
        return peer;
    }

    synchronized List<Neighbor> neighbors() {
        List<Neighbor> out = new ArrayList<>(peers.size());
        for (Peer p : peers.values()) {
            out.add(p.neighbor());
        }
        return List.copyOf(out);
    }

    synchronized Peer get(String peerAddress) {
        return peers.get(Neighbor.canonicalAddress(peerAddress));
    }
}
