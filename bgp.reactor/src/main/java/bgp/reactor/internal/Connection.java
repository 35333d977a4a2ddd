package bgp.reactor.internal;

import bgp.codec.OpenContext;
import bgp.codec.message.Open;
import bgp.reactor.PeerState;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;

/**
 * One TCP connection of a peer and how far its BGP handshake went. A peer has at most two while a collision
 * (RFC 4271 §6.8) is being resolved. Used on the peer's event loop only.
 */
final class Connection {
    final Channel channel;
    final boolean outgoing;
    final FrameDecoder frames;
    PeerState state = PeerState.OPEN_SENT;
    Open sent;
    Open received;
    /** The open-wait timer (OPEN_SENT), then the hold timer's next check. */
    java.util.concurrent.ScheduledFuture<?> hold;
    /** {@link System#nanoTime()} of the last message received once OPEN came (the hold timer's start). */
    long heardAt;
    java.util.concurrent.ScheduledFuture<?> keepalive;
    OpenContext context;
    boolean closed;

    Connection(Channel channel, boolean outgoing, FrameDecoder frames) {
        this.channel = channel;
        this.outgoing = outgoing;
        this.frames = frames;
    }

    String localAddress() {
        return bgp.reactor.Neighbor.canonicalAddress(
                ((InetSocketAddress) channel.localAddress()).getAddress().getHostAddress());
    }

    @Override
    public String toString() {
        return (outgoing ? "out " : "in ") + channel.localAddress() + "->" + channel.remoteAddress() + " " + state;
    }
}
