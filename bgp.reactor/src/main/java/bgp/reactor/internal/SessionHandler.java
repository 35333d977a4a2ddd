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
 * <p>Messages handed to another loop (an accepted connection may live on one loop and its peer on the other) are
 * bounded: with {@value #HIGH} waiting, the connection stops reading (TCP then slows the sender, as it does when the
 * peer's own loop reads), and reads again once they are down to {@value #LOW}. Without the bound a sender faster than
 * the peer's loop filled the heap with waiting messages (5 GB in the churn benchmark) and starved every other task of
 * that loop.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final AreaLogger LOG = AreaLogger.of(SessionHandler.class, AreaLogger.REACTOR);
    /** Messages handed to the peer's loop and not yet run, at which the connection stops reading. */
    static final int HIGH = 4096;
    /** ... and at which it reads again. */
    static final int LOW = 1024;

    private final PeerSession peer;
    private final Connection connection;
    private final java.util.concurrent.atomic.AtomicInteger handedOver = new java.util.concurrent.atomic.AtomicInteger();

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
                io.netty.channel.Channel ch = ctx.channel();
                int waiting = handedOver.incrementAndGet();
                peer.loop.execute(() -> {
                    try {
                        peer.frame(connection, frame);
                    } finally {
                        if (handedOver.decrementAndGet() == LOW) {
                            ch.eventLoop().execute(() -> readAgainIfDrained(ch));
                        }
                    }
                });
                if (waiting >= HIGH && ch.config().isAutoRead()) {
                    ch.config().setAutoRead(false);
                    readAgainIfDrained(ch); // the peer's loop may have caught up meanwhile
                }
            }
        } else if (msg instanceof BgpDecodeException e) {
            onPeerLoop(() -> peer.headerOrMessageError(connection, e));
        }
    }

    /** On the connection's loop (as the stop): read again when few handed-over messages wait. */
    private void readAgainIfDrained(io.netty.channel.Channel ch) {
        if (handedOver.get() <= LOW && !ch.config().isAutoRead()) {
            ch.config().setAutoRead(true);
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
