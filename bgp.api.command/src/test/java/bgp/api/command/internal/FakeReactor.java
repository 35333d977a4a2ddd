package bgp.api.command.internal;

import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A reactor holding the peers the test gives it; records removals, teardowns and batches. */
final class FakeReactor implements Reactor {
    final List<Peer> peers = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Peer addPeer(Neighbor neighbor, Consumer<? super Peer> prepare) {
        FakePeer p = new FakePeer(neighbor);
        prepare.accept(p);
        peers.add(p);
        calls.add("add " + neighbor.peerAddress());
        return p;
    }

    @Override
    public void removePeer(String peerAddress) {
        peers.removeIf(p -> p.neighbor().peerAddress().equals(peerAddress));
        calls.add("remove " + peerAddress);
    }

    @Override
    public void teardown(String peerAddress, int subcode, String communication) {
        calls.add("teardown " + peerAddress + " " + subcode + (communication.isEmpty() ? "" : " " + communication));
    }

    @Override
    public void batch(Runnable work) {
        calls.add("batch start");
        try {
            work.run();
        } finally {
            calls.add("batch end");
        }
    }

    @Override
    public List<Peer> peers() {
        return List.copyOf(peers);
    }

    @Override
    public Optional<Peer> peer(String peerAddress) {
        String key = Neighbor.canonicalAddress(peerAddress);
        return peers.stream().filter(p -> p.neighbor().peerAddress().equals(key)).findFirst();
    }

    @Override
    public List<String> listening() {
        return List.of();
    }
}
