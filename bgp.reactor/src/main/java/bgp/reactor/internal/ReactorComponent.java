package bgp.reactor.internal;

import bgp.codec.MessageCodec;
import bgp.reactor.Neighbor;
import bgp.reactor.Reactor;
import bgp.rib.RibFactory;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link Reactor} service. No networking yet: it keeps the peer table, with an Adj-RIB-In per peer from the
 * {@link RibFactory}; the {@link MessageCodec} is for the sessions to come. Both references are static and
 * mandatory.
 */
@Component(service = Reactor.class)
public final class ReactorComponent implements Reactor {
    private final MessageCodec codec;
    private final PeerTable peers;

    @Activate
    public ReactorComponent(@Reference MessageCodec codec, @Reference RibFactory ribs) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.peers = new PeerTable(ribs);
    }

    @Override
    public void addPeer(Neighbor neighbor) {
        peers.add(Objects.requireNonNull(neighbor, "neighbor"));
    }

    @Override
    public void removePeer(String peerAddress) {
        peers.remove(Objects.requireNonNull(peerAddress, "peerAddress"));
    }

    @Override
    public List<Neighbor> peers() {
        return peers.neighbors();
    }

    MessageCodec codec() {
        return codec;
    }
}
