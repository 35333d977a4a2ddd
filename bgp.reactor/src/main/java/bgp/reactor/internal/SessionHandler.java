package bgp.reactor.internal;

import bgp.log.AreaLogger;
import bgp.codec.BgpDecodeException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;

/**
 * Hands a connection's events to its peer's session, on the peer's event loop (inline when the connection lives on
 * that loop already, as outgoing connections do).
 *
 * <p>Messages handed to another loop go through a bounded {@link HandOff}.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final AreaLogger LOG = AreaLogger.of(SessionHandler.class, AreaLogger.REACTOR);
    private final PeerSession peer;
    private final Connection connection;
    /** Made with the channel's first handed-over message (a connection whose peer shares its loop needs none). */
    private HandOff handOff;

    SessionHandler(PeerSession peer, Connection connection) {
        this.peer = peer;
        this.connection = connection;
    }

    private void onPeerLoop(Runnable r) {
        EventLoop loop = peer.loop;
        if (loop.inEventLoop()) {
            r.run();
        } else {
            loop.execute(r);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        onPeerLoop(() -> peer.connected(connection));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof byte[] frame) {
            if (peer.loop.inEventLoop()) { // the common case, without a task per message
                peer.frame(connection, frame);
            } else {
                if (handOff == null) {
                    handOff = new HandOff(ctx.channel());
                }
                handOff.hand(peer.loop, () -> peer.frame(connection, frame));
            }
        } else if (msg instanceof BgpDecodeException e) {
            onPeerLoop(() -> peer.headerOrMessageError(connection, e));
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            onPeerLoop(() -> peer.writable(connection));
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        onPeerLoop(() -> peer.closed(connection));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection " + connection + " failed", cause);
        ctx.close();
    }
}
