package bgp.reactor.internal;

import bgp.log.AreaLogger;
import bgp.codec.MessageCodec;
import bgp.codec.message.Notification;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerListener;
import bgp.reactor.Reactor;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The reactor without OSGi: one small Netty event-loop group, the listening sockets, the peer registry and the
 * listener hub. {@link ReactorComponent} runs one in the framework; tests and tools run one directly.
 */
public final class BgpReactor implements Reactor, AutoCloseable {
    private static final AreaLogger LOG = AreaLogger.of(BgpReactor.class, AreaLogger.REACTOR);

    /** Where to listen, and how many event-loop threads. */
    /**
     * The reactor's settings.
     *
     * @param listenAddresses addresses to accept connections on
     * @param port the port to listen on (0: any free one)
     * @param threads event-loop threads
     * @param openWaitSeconds how long a connection waits for the peer's OPEN after ours went out before it ends with
     *     Hold Timer Expired (ExaBGP's {@code exabgp.bgp.openwait}, default {@value #DEFAULT_OPEN_WAIT})
     * @param allPassive every peer waits for its connection, whatever its neighbor says ({@code exabgp.bgp.passive})
     * @param connectAttempts outgoing connection attempts per peer in all, 0 for no limit ({@code exabgp.tcp.attempts};
     *     {@code exabgp.tcp.once} is 1)
     */
    public record Options(List<String> listenAddresses, int port, int threads, int openWaitSeconds,
                          boolean allPassive, int connectAttempts) {
        public static final int DEFAULT_OPEN_WAIT = 60;

        public Options {
            listenAddresses = List.copyOf(listenAddresses);
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("invalid port " + port);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            if (openWaitSeconds < 1) {
                throw new IllegalArgumentException("invalid open wait " + openWaitSeconds + ", expected at least 1 s");
            }
            if (connectAttempts < 0) {
                throw new IllegalArgumentException("invalid connection attempts " + connectAttempts);
            }
        }

        /** ExaBGP's defaults for the rest: open wait 60 s, peers passive as configured, no attempt limit. */
        public Options(List<String> listenAddresses, int port, int threads) {
            this(listenAddresses, port, threads, DEFAULT_OPEN_WAIT, false, 0);
        }
    }

    private final MessageCodec codec;
    private final bgp.rib.RibFactory ribs;
    private final Options options;
    private final EventLoopGroup group;
    private final ListenerHub listeners = new ListenerHub(PeerListener.QUEUE_LIMIT);
    private final Map<String, PeerSession> peers = new LinkedHashMap<>();
    /** {@link #peers}' values, copied whenever it changes (under its lock): {@link #peers()} runs per API command. */
    private volatile List<Peer> peerList = List.of();
    /** The batch each thread is running ({@link #batch}), for the peers to keep its tasks. */
    private final ThreadLocal<Batch> batches = new ThreadLocal<>();
    private final List<Channel> servers = new ArrayList<>();
    /** Removals whose NOTIFICATION is not written yet ({@link #close} waits for them); guarded by {@code peers}. */
    private final java.util.Set<io.netty.util.concurrent.Future<Void>> removals = new java.util.HashSet<>();
    private volatile Consumer<Peer> stateObserver = p -> { };

    public BgpReactor(MessageCodec codec, bgp.rib.RibFactory ribs, Options options) {
        this.options = options;
        this.codec = codec;
        this.ribs = ribs;
        this.group = Transport.group(options.threads());
        try {
            for (String address : options.listenAddresses()) {
                listen(address, options.port());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void listen(String address, int port) {
        ServerBootstrap b = new ServerBootstrap().group(group).channel(Transport.serverChannel())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        accept(ch);
                    }
                });
        try {
            Channel server = b.bind(new InetSocketAddress(PeerSession.inet(address), port)).sync().channel();
            servers.add(server);
            LOG.info(() -> "listening on " + server.localAddress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + address + ":" + port, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + address + " port " + port + ": " + e.getMessage(), e);
        }
    }

    /** An accepted connection: refused unless its address is a peer's (and its local address matches, if set). */
    private void accept(Channel ch) {
        InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
        InetSocketAddress local = (InetSocketAddress) ch.localAddress();
        PeerSession peer;
        synchronized (peers) {
            peer = peers.get(Neighbor.canonicalAddress(remote.getAddress().getHostAddress()));
        }
        if (peer == null || peer.neighbor().localAddress().filter(a -> !sameAddress(a, local.getAddress())).isPresent()) {
            LOG.debug(() -> "refused a connection from " + remote + " to " + local + ": no such peer");
            ch.close();
            return;
        }
        new SessionInitializer(this, peer, false).initChannel(ch);
    }

    /**
     * RFC 2385 keys of every peer with a password on every listening socket (connections accepted from those
     * peers inherit them). Called with {@code peers} locked.
     */
    private void updateMd5Keys() {
        if (!Transport.EPOLL) {
            LOG.warn("TCP MD5 needs the epoll transport: passwords are not applied to listening sockets");
            return;
        }
        Map<InetAddress, byte[]> keys = new java.util.HashMap<>();
        for (PeerSession s : peers.values()) {
            s.neighbor().md5Password().ifPresent(pw -> keys.putAll(
                    Transport.md5Key(PeerSession.inet(s.neighbor().peerAddress()), pw)));
        }
        for (Channel server : servers) {
            server.config().setOption(Transport.md5Option(), keys);
        }
    }

    private static boolean sameAddress(String literal, InetAddress address) {
        return Neighbor.canonicalAddress(literal).equals(Neighbor.canonicalAddress(address.getHostAddress()));
    }

    MessageCodec codec() {
        return codec;
    }

    void publish(PeerEvent event) {
        listeners.publish(event);
    }

    void stateChanged(Peer peer) {
        stateObserver.accept(peer);
    }

    /** Called (on an event loop: keep it short) whenever a peer changes state. */
    public void observeStates(Consumer<Peer> observer) {
        stateObserver = observer;
    }

    public void addListener(PeerListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PeerListener listener) {
        listeners.remove(listener);
    }

    Options options() {
        return options;
    }

    @Override
    public Peer addPeer(Neighbor neighbor, Consumer<? super Peer> prepare) {
        PeerSession session;
        synchronized (peers) {
            requireAbsent(neighbor);
            session = new PeerSession(this, codec, group.next(), neighbor, new PeerRibs(ribs, codec, neighbor));
        }
        // the routes' tasks queue on the peer's loop before the peer is listed, so before any accepted
        // connection's messages and before begin(): the session's first End-of-RIB comes after them
        try {
            prepare.accept(session);
        } catch (RuntimeException | Error e) {
            session.discard();
            throw e;
        }
        synchronized (peers) {
            try {
                requireAbsent(neighbor); // again: added by another thread while this one prepared
            } catch (IllegalArgumentException e) {
                session.discard();
                throw e;
            }
            peers.put(neighbor.peerAddress(), session);
            peerList = List.copyOf(peers.values());
            if (neighbor.md5Password().isPresent()) {
                updateMd5Keys();
            }
        }
        session.start();
        return session;
    }

    /** Under the peers' lock: {@code peer already exists} when a peer has the neighbor's address. */
    private void requireAbsent(Neighbor neighbor) {
        if (peers.containsKey(neighbor.peerAddress())) {
            throw new IllegalArgumentException("peer already exists: " + neighbor.peerAddress());
        }
    }

    /**
     * Hold every peer's draining while {@code work} runs, and hand each peer the tasks this thread gives it meanwhile
     * in one go when it ends ({@link Batch}). A batch inside a batch (a {@code group} among route commands read
     * together) is part of the outer one.
     */
    @Override
    public void batch(Runnable work) {
        if (batches.get() != null) {
            work.run();
            return;
        }
        List<PeerSession> held;
        synchronized (peers) {
            held = List.copyOf(peers.values());
        }
        for (PeerSession s : held) {
            s.hold();
        }
        Batch batch = new Batch(held);
        batches.set(batch);
        try {
            work.run();
        } finally {
            batches.remove();
            for (PeerSession s : held) {
                s.release(batch.take(s));
            }
        }
    }

    /** The batch the calling thread is running, or null. */
    Batch currentBatch() {
        return batches.get();
    }

    @Override
    public void removePeer(String peerAddress) {
        removePeerAsync(peerAddress);
    }

    /** Remove a peer; the future completes once its NOTIFICATION is written. */
    public io.netty.util.concurrent.Future<Void> removePeerAsync(String peerAddress) {
        String key = Neighbor.canonicalAddress(peerAddress);
        io.netty.util.concurrent.Future<Void> stopped;
        synchronized (peers) {
            PeerSession session = peers.remove(key);
            if (session == null) {
                throw new IllegalArgumentException("unknown peer: " + peerAddress);
            }
            peerList = List.copyOf(peers.values());
            if (session.neighbor().md5Password().isPresent()) {
                updateMd5Keys();
            }
            // registered with the table's change, so that a close() right after waits for this NOTIFICATION: the
            // event loops close their channels before they run the tasks still queued
            stopped = session.stop(new Notification(Notification.CEASE, Notification.PEER_DECONFIGURED),
                    "peer removed");
            removals.add(stopped);
        }
        stopped.addListener(f -> {
            synchronized (peers) {
                removals.remove(stopped);
            }
        });
        return stopped;
    }

    @Override
    public void teardown(String peerAddress, int subcode, String communication) {
        PeerSession session = session(peerAddress);
        session.teardown(Notification.shutdown(subcode, communication));
    }

    private PeerSession session(String peerAddress) {
        String key = Neighbor.canonicalAddress(peerAddress);
        synchronized (peers) {
            PeerSession s = peers.get(key);
            if (s == null) {
                throw new IllegalArgumentException("unknown peer: " + peerAddress);
            }
            return s;
        }
    }

    @Override
    public List<Peer> peers() {
        return peerList;
    }

    @Override
    public Optional<Peer> peer(String peerAddress) {
        String key = Neighbor.canonicalAddress(peerAddress);
        synchronized (peers) {
            return Optional.ofNullable(peers.get(key));
        }
    }

    @Override
    public List<String> listening() {
        List<String> out = new ArrayList<>();
        for (Channel c : servers) {
            InetSocketAddress a = (InetSocketAddress) c.localAddress();
            String host = a.getAddress().getHostAddress();
            out.add((host.contains(":") ? "[" + Neighbor.canonicalAddress(host) + "]" : host) + ":" + a.getPort());
        }
        return out;
    }

    /**
     * Stop every peer (Cease, Administrative Shutdown), wait (up to 2 s each) for those NOTIFICATIONs and for those
     * of peers removed just before, then close the sockets.
     */
    @Override
    public void close() {
        List<io.netty.util.concurrent.Future<Void>> stops = new ArrayList<>();
        synchronized (peers) {
            stops.addAll(removals);
            for (PeerSession s : peers.values()) {
                stops.add(s.stop(Notification.shutdown(Notification.ADMINISTRATIVE_SHUTDOWN, "speaker shutting down"),
                        "speaker shutting down"));
            }
            peers.clear();
            peerList = List.of();
        }
        for (io.netty.util.concurrent.Future<Void> f : stops) {
            f.awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        for (Channel c : servers) {
            c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        listeners.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
