package bgp.reactor.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/** The pipeline of one BGP connection: framing, then the handler that hands frames to the peer's session. */
final class SessionInitializer extends ChannelInitializer<Channel> {
    private final BgpReactor reactor;
    private final PeerSession peer;
    private final boolean outgoing;

    SessionInitializer(BgpReactor reactor, PeerSession peer, boolean outgoing) {
        this.reactor = reactor;
        this.peer = peer;
        this.outgoing = outgoing;
    }

    @Override
    protected void initChannel(Channel ch) {
        FrameDecoder frames = new FrameDecoder(reactor.codec());
        ch.pipeline().addLast("frames", frames);
        ch.pipeline().addLast("session", new SessionHandler(peer, new Connection(ch, outgoing, frames)));
    }
}
