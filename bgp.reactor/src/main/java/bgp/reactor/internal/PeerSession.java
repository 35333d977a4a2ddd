package bgp.reactor.internal;

import bgp.log.AreaLogger;
import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import bgp.rib.Route;
import bgp.rib.RouteVisitor;
import bgp.codec.nlri.Nlri;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A peer and the RFC 4271 finite state machine of its session. Everything here runs on the peer's event loop
 * (callers hand over with {@link EventLoop#execute}); public methods are thread-safe views. Up to two connections
 * exist while a collision is resolved (§6.8: the connection opened by the speaker with the higher BGP identifier
 * survives).
 */
final class PeerSession implements Peer {
    private static final AreaLogger LOG = AreaLogger.of(PeerSession.class, AreaLogger.REACTOR);
    static final long MIN_BACKOFF_MS = 1_000;
    static final long MAX_BACKOFF_MS = 30_000;
    private static final OpenContext PRE_OPEN = OpenContext.builder().build();

    private final BgpReactor reactor;
    private final MessageCodec codec;
    final EventLoop loop;
    private final Neighbor neighbor;
    private final InetAddress peerInet;
    final PeerRibs ribs;
    /** Watchdog groups; on the loop only. */
    private final Watchdogs watchdogs = new Watchdogs();
    private final WireWriter out = new WireWriter(4096);

    private volatile PeerState state = PeerState.IDLE;
    private volatile OpenContext context;
    private volatile String sessionLocal;
    private volatile java.time.Instant since = java.time.Instant.now();
    /** Holds on draining ({@link BgpReactor#batch}); drained when the last is released. Loop only. */
    private int holds;
    private Connection current;
    private Connection other;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> staleSweep;
    private long backoffMs = MIN_BACKOFF_MS;
    private boolean stopped;
    /** Whether {@link #begin} ran: the peer's first state (active or connect) is set before any connection's. */
    private boolean begun;
    /** Outgoing connection attempts made (see {@code Options.connectAttempts}). */
    private int attempts;
    private boolean drainScheduled;

    /** When the last UPDATE went into the socket (epoch milliseconds; 0 before any), see {@link #counters}. */
    private volatile long lastUpdateWritten;
    /** Notes when a drain's writes are in the socket (one listener per drain, not per UPDATE). */
    private final io.netty.channel.ChannelFutureListener updatesWritten = f -> {
        if (f.isSuccess()) {
            lastUpdateWritten = System.currentTimeMillis();
        }
    };
    private final AtomicLong[] received = newCounters();
    private final AtomicLong[] sent = newCounters();

    PeerSession(BgpReactor reactor, MessageCodec codec, EventLoop loop, Neighbor neighbor, PeerRibs ribs) {
        this.reactor = reactor;
        this.codec = codec;
        this.loop = loop;
        this.neighbor = neighbor;
        this.peerInet = inet(neighbor.peerAddress());
        this.ribs = ribs;
    }

    private static AtomicLong[] newCounters() {
        AtomicLong[] c = new AtomicLong[6];
        for (int i = 0; i < c.length; i++) {
            c[i] = new AtomicLong();
        }
        return c;
    }

    static InetAddress inet(String literal) {
        try {
            return InetAddress.getByAddress(IpAddresses.parse(literal));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("invalid IP address " + literal, e);
        }
    }

    // ------------------------------------------------------------------ Peer (thread-safe views)

    @Override
    public Neighbor neighbor() {
        return neighbor;
    }

    @Override
    public PeerState state() {
        return state;
    }

    @Override
    public Optional<OpenContext> context() {
        return Optional.ofNullable(context);
    }

    @Override
    public java.time.Instant since() {
        return since;
    }

    @Override
    public Optional<String> sessionLocalAddress() {
        return Optional.ofNullable(sessionLocal);
    }

    @Override
    public Map<Family, Long> receivedRoutes() {
        return onLoopAndGet(ribs::receivedCounts);
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int t = 1; t <= 5; t++) {
            m.put(Message.typeName(t) + "-received", received[t].get());
            m.put(Message.typeName(t) + "-sent", sent[t].get());
        }
        m.put(UPDATE_LAST_SENT_MS, lastUpdateWritten);
        return m;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PEER_ADDRESS, neighbor.peerAddress());
        p.put(LOCAL_ADDRESS, neighbor.localAddress().orElse(sessionLocal == null ? "" : sessionLocal));
        p.put(LOCAL_AS, neighbor.localAs());
        p.put(PEER_AS, neighbor.peerAs());
        p.put(ROUTER_ID, neighbor.routerId().orElse(""));
        p.put(FAMILIES, neighbor.families().stream().map(f -> Family.afiName(f.afi()) + "-" + Family.safiName(f.safi()))
                .sorted().toArray(String[]::new));
        p.put(STATE, state.exabgpName());
        p.put(DYNAMIC, neighbor.dynamic());
        return p;
    }

    @Override
    public String toString() {
        return "peer " + neighbor.peerAddress() + " " + state.exabgpName();
    }

    // ------------------------------------------------------------------ routes (any thread)

    @Override
    public void announce(Route route) {
        ribs.check(route);
        Announcements kept = keptAnnouncements();
        if (kept != null) {
            kept.add(route);
        } else {
            loop.execute(new Announcements(new Route[] {route}, 1));
        }
    }

    @Override
    public void announce(List<Route> routes) {
        Route[] all = routes.toArray(new Route[0]);
        for (Route r : all) {
            ribs.check(r);
        }
        Announcements kept = keptAnnouncements();
        if (kept != null) {
            for (Route r : all) {
                kept.add(r);
            }
        } else {
            loop.execute(new Announcements(all, all.length));
        }
    }

    /**
     * Where this thread's batch (if it holds this peer) keeps the announcements it gives the peer: its last kept task
     * when that is announcements too, else a new kept one; null outside such a batch (the caller hands a task).
     */
    private Announcements keptAnnouncements() {
        Batch batch = reactor.currentBatch();
        List<Runnable> kept = batch == null ? null : batch.kept(this);
        if (kept == null) {
            return null;
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1) instanceof Announcements last) {
            return last;
        }
        Announcements a = new Announcements(new Route[8], 0);
        kept.add(a);
        return a;
    }

    /**
     * Announced routes applied on the loop as one task: a batch's consecutive announcements to this peer (a burst of
     * {@code announce route} commands) extend the same task instead of each making a task of its own, so the loop
     * runs one loop over them (compiled once) rather than a task per route; a list announced at once is one too. Each
     * route fails alone, as a task of its own would. Nothing is applied once the peer is stopped (its RIBs are freed).
     */
    private final class Announcements implements Runnable {
        private Route[] routes;
        private int count;

        /** Over {@code routes}, of which the first {@code count} are taken (the array is the task's from now on). */
        Announcements(Route[] routes, int count) {
            this.routes = routes;
            this.count = count;
        }

        void add(Route route) {
            if (count == routes.length) {
                routes = java.util.Arrays.copyOf(routes, Math.max(8, count * 2));
            }
            routes[count++] = route;
        }

        @Override
        public void run() {
            if (stopped) {
                return;
            }
            for (int i = 0; i < count; i++) {
                Route r = routes[i];
                try {
                    watchdogs.remove(r.nlri());
                    ribs.announce(r);
                } catch (RuntimeException e) {
                    LOG.warn("an announcement of the peer's API failed", e);
                }
            }
            drainSoon();
        }
    }

    @Override
    public void announce(Route route, String watchdog, boolean withdrawn) {
        java.util.Objects.requireNonNull(watchdog, "watchdog");
        ribs.check(route);
        change(() -> {
            watchdogs.put(watchdog, route, !withdrawn);
            if (withdrawn) {
                ribs.withdraw(route.nlri());
            } else {
                ribs.announce(route);
            }
        });
    }

    @Override
    public void announceWatchdog(String name) {
        change(() -> {
            for (Route r : watchdogs.announce(name)) {
                ribs.announce(r);
            }
        });
    }

    @Override
    public void withdrawWatchdog(String name) {
        change(() -> {
            for (Route r : watchdogs.withdraw(name)) {
                ribs.withdraw(r.nlri());
            }
        });
    }

    @Override
    public Map<String, List<String>> watchdogs() {
        return onLoopAndGet(watchdogs::describe);
    }

    @Override
    public void check(Route route) {
        ribs.check(route);
    }

    @Override
    public void withdraw(Nlri nlri) {
        change(() -> {
            watchdogs.remove(nlri);
            ribs.withdraw(nlri);
        });
    }

    @Override
    public void withdrawAlways(Nlri nlri) {
        loop.execute(changeTask(() -> {
            watchdogs.remove(nlri);
            ribs.withdrawAlways(nlri);
        }));
    }

    @Override
    public void requestRouteRefresh(Family family) {
        OpenContext ctx = context;
        if (ctx == null) {
            throw new IllegalStateException("no established session with " + neighbor.peerAddress());
        }
        if (!ctx.routeRefresh()) {
            throw new IllegalStateException("route refresh was not negotiated with " + neighbor.peerAddress());
        }
        execute(() -> {
            Connection c = current;
            if (c != null && c.state == PeerState.ESTABLISHED && !c.closed) {
                send(c, RouteRefresh.request(family));
            }
        });
    }

    @Override
    public void sendEndOfRib(Family family) {
        OpenContext ctx = context;
        if (ctx == null) {
            throw new IllegalStateException("no established session with " + neighbor.peerAddress());
        }
        if (!ctx.supports(family)) {
            throw new IllegalStateException(family + " was not negotiated with " + neighbor.peerAddress());
        }
        change(() -> ribs.endOfRibDue(family));
    }

    @Override
    public void flushAdjRibOut() {
        change(ribs::flush);
    }

    @Override
    public void clearAdjRibOut() {
        change(() -> {
            watchdogs.allWithdrawn();
            ribs.clearOut();
        });
    }

    @Override
    public void clearAdjRibIn() {
        onLoopAndWait(ribs::clearIn);
    }

    @Override
    public void visitAdjRibIn(RouteVisitor visitor) {
        onLoopAndWait(() -> ribs.in().forEach(visitor));
    }

    @Override
    public void visitAdjRibOut(RouteVisitor visitor) {
        onLoopAndWait(() -> ribs.out().forEach(visitor));
    }

    private void onLoopAndWait(Runnable r) {
        onLoopAndGet(() -> {
            r.run();
            return null;
        });
    }

    /** Run on the peer's loop and wait for the result (inline when already there). */
    private <T> T onLoopAndGet(java.util.concurrent.Callable<T> task) {
        if (loop.inEventLoop()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
        Batch batch = reactor.currentBatch();
        if (batch != null) {
            runAll(batch.take(this)); // what this batch gave the peer first: the answer sees it
        }
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the session of " + neighbor.peerAddress() + " did not answer in 30 s");
        }
    }

    /** Hold draining (after what is queued on the loop now), until {@link #release}. */
    void hold() {
        loop.execute(() -> holds++);
    }

    /**
     * Run the tasks kept by a batch, then release one {@link #hold}; the last release drains what was held. One
     * hand-over to the loop for all of them.
     */
    void release(List<Runnable> tasks) {
        loop.execute(() -> {
            for (Runnable t : tasks) {
                runKept(t);
            }
            holds--;
            if (holds == 0) {
                // drained after the tasks queued by now: when the loop is behind a program's burst, the next batches
                // (whose hold makes the drain wait for their release), so that their routes share UPDATEs instead of
                // each batch's few routes per attribute set going out alone; when it keeps up, at once
                if (deferredDrains < MAX_DEFERRED_DRAINS) {
                    deferredDrains++;
                    drainSoon();
                } else {
                    drain();
                }
            }
        });
    }

    /**
     * Most batches in a row whose drain waits behind the loop's queued tasks: a bound on how long routes wait for the
     * wire while the loop stays behind (a batch is at most 1,024 API commands).
     */
    private static final int MAX_DEFERRED_DRAINS = 32;
    /** Batches released since the last drain; loop only. */
    private int deferredDrains;

    /**
     * Hand a task of this peer's API to its loop: at once, or, from the thread running a {@linkplain BgpReactor#batch
     * batch} that holds this peer, kept in order with the batch's other tasks for this peer and handed over with
     * them when it ends (or before the batch's thread waits for the loop).
     */
    private void execute(Runnable task) {
        Batch batch = reactor.currentBatch();
        if (batch == null || !batch.keep(this, task)) {
            loop.execute(task);
        }
    }

    /** Hand kept tasks to the loop as one task, in order (nothing for none). */
    private void runAll(List<Runnable> tasks) {
        if (!tasks.isEmpty()) {
            loop.execute(() -> {
                for (Runnable t : tasks) {
                    runKept(t);
                }
            });
        }
    }

    /** Hand a change of the peer's routes to its loop ({@link #execute}), as {@link #changeTask}. */
    private void change(Runnable change) {
        execute(changeTask(change));
    }

    /**
     * A change of the peer's routes as a loop task: skipped once the peer is stopped (a command racing its removal
     * must not put routes back in the RIBs it freed), else applied, and the changes sent soon.
     */
    private Runnable changeTask(Runnable change) {
        return () -> {
            if (!stopped) {
                change.run();
                drainSoon();
            }
        };
    }

    /** A kept task fails alone, as a task of its own on the loop would (logged, the others still run). */
    private static void runKept(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("a task of the peer's API failed", e);
        }
    }

    // ------------------------------------------------------------------ life cycle (any thread)

    void start() {
        loop.execute(this::begin);
    }

    /** A session never started nor listed (its preparation failed): free what its queued tasks put in its RIBs. */
    void discard() {
        loop.execute(() -> {
            stopped = true;
            ribs.free();
        });
    }

    /**
     * The peer's start on its loop. The peer is in the reactor's table (and so accepts connections) before this
     * task runs: a connection accepted first, handled on this loop ahead of the queued task, begins the peer itself,
     * so that its states follow the FSM (active, or connect, before opensent) whichever comes first.
     */
    private void begin() {
        if (begun) {
            return;
        }
        begun = true;
        connectOrWait();
    }

    /**
     * Stop for good with a NOTIFICATION (a removed peer); the future completes once the NOTIFICATION is out on every
     * connection.
     */
    Future<Void> stop(Notification notification, String reason) {
        Promise<Void> done = loop.newPromise();
        execute(() -> {
            stopped = true;
            cancel(retry);
            cancel(staleSweep);
            List<Future<?>> writes = new ArrayList<>();
            for (Connection c : connections()) {
                writes.add(fail(c, notification, reason));
            }
            ribs.free();
            setState(PeerState.IDLE, reason);
            // done once every connection's NOTIFICATION is written (or failed: the connection is gone either way)
            // (an accepted connection's listeners run on its own loop, which may not be this one)
            AtomicInteger left = new AtomicInteger(writes.size());
            if (writes.isEmpty()) {
                done.setSuccess(null);
            }
            for (Future<?> w : writes) {
                w.addListener(f -> {
                    if (left.decrementAndGet() == 0) {
                        done.setSuccess(null);
                    }
                });
            }
        });
        return done;
    }

    /** Tear the session down with a NOTIFICATION; the peer reconnects after its back-off. */
    void teardown(Notification notification) {
        execute(() -> {
            for (Connection c : connections()) {
                fail(c, notification, "teardown: " + notification.description()
                        + notification.communication().map(t -> " \"" + t + "\"").orElse(""));
            }
        });
    }

    private List<Connection> connections() {
        List<Connection> list = new ArrayList<>(2);
        if (current != null) {
            list.add(current);
        }
        if (other != null) {
            list.add(other);
        }
        return list;
    }

    // ------------------------------------------------------------------ connecting

    /** Whether the peer waits for its connection: its neighbor says so, or the reactor makes every peer passive. */
    private boolean passive() {
        return neighbor.passive() || reactor.options().allPassive();
    }

    private void connectOrWait() {
        if (stopped || current != null) {
            return;
        }
        if (passive()) {
            setState(PeerState.ACTIVE, "");
            return;
        }
        int limit = reactor.options().connectAttempts();
        if (limit > 0 && attempts >= limit) {
            setState(PeerState.IDLE, "no connection attempt left (" + limit + " made)");
            return;
        }
        attempts++;
        setState(PeerState.CONNECT, "");
        Bootstrap b = new Bootstrap().group(loop).channel(Transport.socketChannel())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new SessionInitializer(reactor, this, true));
        neighbor.md5Password().ifPresent(pw -> b.option(Transport.md5Option(), Transport.md5Key(peerInet, pw)));
        neighbor.localAddress().ifPresent(local -> b.localAddress(new InetSocketAddress(inet(local), 0)));
        b.connect(new InetSocketAddress(peerInet, neighbor.port())).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                loop.execute(() -> connectFailed(f.cause()));
            }
        });
    }

    private void connectFailed(Throwable cause) {
        if (stopped || current != null) {
            return;
        }
        setState(PeerState.ACTIVE, "connection failed: " + (cause == null ? "?" : cause.getMessage()));
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (stopped || passive() || (retry != null && !retry.isDone())) {
            return;
        }
        long delay = backoffMs;
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        retry = loop.schedule(this::connectOrWait, delay, TimeUnit.MILLISECONDS);
    }

    // ------------------------------------------------------------------ channel events (peer loop)

    void connected(Connection c) {
        if (stopped) {
            c.closed = true;
            c.channel.close();
            return;
        }
        begin();
        if (current != null && current.state == PeerState.ESTABLISHED || current != null && other != null) {
            fail(c, new Notification(Notification.CEASE, Notification.CONNECTION_COLLISION_RESOLUTION),
                    "collision with an established session");
            return;
        }
        if (current == null) {
            current = c;
        } else {
            other = c;
        }
        cancel(retry);
        boolean ipv6 = ((InetSocketAddress) c.channel.remoteAddress()).getAddress().getAddress().length == 16;
        if (!Transport.setTtl(c.channel, ipv6, neighbor.outgoingTtl(), neighbor.incomingTtl())) {
            LOG.warn(() -> neighbor.peerAddress() + ": TTL options need the epoll transport");
        }
        Open open;
        try {
            open = ourOpen(c);
        } catch (IllegalStateException e) {
            fail(c, new Notification(Notification.CEASE, Notification.OTHER_CONFIGURATION_CHANGE), e.getMessage());
            return;
        }
        c.sent = open;
        send(c, open);
        reactor.publish(new PeerEvent.OpenMessage(neighbor, false, open, null));
        c.state = PeerState.OPEN_SENT;
        c.hold = loop.schedule(() -> holdExpired(c), reactor.options().openWaitSeconds(), TimeUnit.SECONDS);
        updateState("");
    }

    void frame(Connection c, byte[] frame) {
        if (c.closed) {
            return;
        }
        Message m;
        try {
            m = codec.decode(frame, 0, frame.length, c.context == null ? PRE_OPEN : c.context);
        } catch (BgpDecodeException e) {
            headerOrMessageError(c, e);
            return;
        }
        received[m.type()].incrementAndGet();
        if (c.state != PeerState.OPEN_SENT) {
            restartHold(c);
        }
        switch (m.type()) {
            case Message.TYPE_OPEN -> {
                if (c.state != PeerState.OPEN_SENT) {
                    fsmError(c, m);
                } else {
                    open(c, (Open) m, frame);
                }
            }
            case Message.TYPE_KEEPALIVE -> {
                if (c.state == PeerState.OPEN_SENT) {
                    fsmError(c, m);
                } else {
                    if (c.state == PeerState.OPEN_CONFIRM) {
                        established(c);
                    }
                    reactor.publish(new PeerEvent.KeepaliveReceived(neighbor));
                }
            }
            case Message.TYPE_UPDATE -> {
                if (c.state != PeerState.ESTABLISHED) {
                    fsmError(c, m);
                } else {
                    update(c, (Update) m, frame);
                }
            }
            case Message.TYPE_NOTIFICATION -> {
                Notification n = (Notification) m;
                reactor.publish(new PeerEvent.NotificationMessage(neighbor, true, n));
                close(c, "notification received: " + n.description()
                        + n.communication().map(t -> " \"" + t + "\"").orElse(""));
            }
            case Message.TYPE_ROUTE_REFRESH -> {
                if (c.state != PeerState.ESTABLISHED) {
                    fsmError(c, m);
                } else {
                    RouteRefresh rr = (RouteRefresh) m;
                    reactor.publish(new PeerEvent.RouteRefreshReceived(neighbor, rr));
                    if (rr.subtype() == RouteRefresh.REQUEST && c.context.supports(rr.family())) {
                        ribs.refresh(rr.family());
                        drain();
                    }
                }
            }
            default -> throw new IllegalStateException("unknown message type " + m.type());
        }
    }

    void headerOrMessageError(Connection c, BgpDecodeException e) {
        LOG.debug(() -> neighbor.peerAddress() + ": " + e);
        fail(c, new Notification(e.code(), e.subcode(), e.data()), "malformed message: " + e.getMessage());
    }

    private void fsmError(Connection c, Message m) {
        int subcode = switch (c.state) {
            case OPEN_SENT -> 1;
            case OPEN_CONFIRM -> 2;
            default -> 3;
        };
        fail(c, new Notification(Notification.FSM_ERROR, subcode),
                "unexpected " + Message.typeName(m.type()) + " in " + c.state.exabgpName());
    }

    void closed(Connection c) {
        if (!c.closed) {
            close(c, "connection closed by the peer");
        }
    }

    void writable(Connection c) {
        if (c == current && c.state == PeerState.ESTABLISHED && c.channel.isWritable()) {
            drain();
        }
    }

    // ------------------------------------------------------------------ OPEN handling

    private Open ourOpen(Connection c) {
        String id = neighbor.routerId().orElse(null);
        if (id == null) {
            String local = c.localAddress();
            if (IpAddresses.isIpv6(local)) {
                throw new IllegalStateException("no router-id configured and the local address " + local
                        + " is not IPv4");
            }
            id = local;
        }
        return neighbor.open(IpAddresses.parseIpv4(id));
    }

    private void open(Connection c, Open open, byte[] raw) {
        reactor.publish(new PeerEvent.OpenMessage(neighbor, true, open, raw));
        if (open.asn() != neighbor.peerAs()) {
            fail(c, new Notification(Notification.OPEN_MESSAGE_ERROR, Notification.BAD_PEER_AS),
                    "peer AS " + open.asn() + " where " + neighbor.peerAs() + " is configured");
            return;
        }
        int ourId = c.sent.bgpIdentifier();
        if (open.bgpIdentifier() == ourId && neighbor.isInternal()) {
            fail(c, new Notification(Notification.OPEN_MESSAGE_ERROR, Notification.BAD_BGP_IDENTIFIER),
                    "peer BGP identifier " + IpAddresses.ipv4(ourId) + " is ours");
            return;
        }
        OpenContext ctx = OpenContext.negotiate(c.sent, open);
        if (ctx.families().isEmpty()) {
            WireWriter data = new WireWriter(64);
            for (Family f : neighbor.families()) {
                data.writeByte(MultiprotocolCapability.CODE).writeByte(4).writeShort(f.afi()).writeByte(0)
                        .writeByte(f.safi());
            }
            fail(c, new Notification(Notification.OPEN_MESSAGE_ERROR, Notification.UNSUPPORTED_CAPABILITY,
                    data.toByteArray()), "no family in common with the peer");
            return;
        }
        Connection rival = c == current ? other : current;
        if (rival != null && !rival.closed) {
            // RFC 4271 §6.8: keep the connection opened by the side with the higher BGP identifier
            boolean keepIncoming = Integer.compareUnsigned(ourId, open.bgpIdentifier()) < 0;
            Connection loser = c.outgoing == keepIncoming ? c : rival;
            fail(loser, new Notification(Notification.CEASE, Notification.CONNECTION_COLLISION_RESOLUTION),
                    "connection collision");
            if (loser == c) {
                return;
            }
        }
        c.received = open;
        c.context = ctx;
        c.frames.maxMessageSize(ctx.maxMessageSize());
        send(c, Keepalive.INSTANCE);
        c.state = PeerState.OPEN_CONFIRM;
        cancel(c.hold);
        if (ctx.holdTime() > 0) {
            c.heardAt = System.nanoTime();
            c.hold = loop.schedule(() -> holdCheck(c), ctx.holdTime(), TimeUnit.SECONDS);
            long every = Math.max(1, ctx.holdTime() / 3);
            c.keepalive = loop.scheduleAtFixedRate(() -> keepalive(c), every, every, TimeUnit.SECONDS);
        }
        updateState("");
    }

    private void established(Connection c) {
        c.state = PeerState.ESTABLISHED;
        if (c != current) {
            other = current;
            current = c;
        }
        if (other != null) {
            fail(other, new Notification(Notification.CEASE, Notification.CONNECTION_COLLISION_RESOLUTION),
                    "connection collision");
        }
        backoffMs = MIN_BACKOFF_MS;
        context = c.context;
        sessionLocal = c.localAddress();
        ribs.sessionUp(c.context, sessionLocal, c.sent.bgpIdentifier());
        setState(PeerState.ESTABLISHED, "");
        drain();
    }

    // ------------------------------------------------------------------ established

    private void update(Connection c, Update u, byte[] raw) {
        Optional<Family> eor = u.endOfRib();
        if (eor.isPresent()) {
            ribs.endOfRib(eor.get());
            reactor.publish(new PeerEvent.EndOfRibReceived(neighbor, eor.get()));
            return;
        }
        if (u.action() == bgp.codec.ErrorAction.AFI_SAFI_DISABLE) {
            // RFC 7606 lets a session reset stand in for disabling the family: we reset, with the error found
            BgpDecodeException e = u.errors().stream()
                    .filter(x -> x.action() == bgp.codec.ErrorAction.AFI_SAFI_DISABLE).findFirst().orElseThrow();
            fail(c, new Notification(e.code(), e.subcode(), e.data()), "malformed UPDATE: " + e.getMessage());
            return;
        }
        ribs.apply(u);
        reactor.publish(new PeerEvent.UpdateReceived(neighbor, u, raw));
        long max = neighbor.maxPrefixes();
        if (max > 0 && ribs.receivedTotal() > max) {
            // RFC 4486 §4: AFI, SAFI and the upper bound
            Family f = u.nlri().isEmpty() ? u.mpReach().map(m -> m.family()).orElse(Family.IPV4_UNICAST)
                    : Family.IPV4_UNICAST;
            byte[] data = new WireWriter(8).writeShort(f.afi()).writeByte(f.safi()).writeInt((int) max).toByteArray();
            fail(c, new Notification(Notification.CEASE, Notification.MAXIMUM_PREFIXES_REACHED, data),
                    "more than " + max + " prefixes received");
        }
    }

    /**
     * Drain once the route operations already queued on the loop have run: a burst of announcements becomes a few
     * full UPDATEs instead of one each.
     */
    private void drainSoon() {
        if (!drainScheduled) {
            drainScheduled = true;
            loop.execute(() -> {
                drainScheduled = false;
                drain();
            });
        }
    }

    /** Write pending routes while the channel takes them; End-of-RIB after the initial table. */
    void drain() {
        Connection c = current;
        if (holds > 0 || c == null || c.state != PeerState.ESTABLISHED || c.closed) {
            return;
        }
        deferredDrains = 0;
        io.netty.channel.ChannelFuture last = null;
        while (c.channel.isWritable()) {
            out.reset();
            if (!ribs.drain(c.context, out, 16_384)) {
                break;
            }
            int n = out.position();
            last = c.channel.write(Unpooled.wrappedBuffer(out.toByteArray()));
            sent[Message.TYPE_UPDATE].addAndGet(countMessages(out.array(), n));
        }
        if (last != null) {
            c.channel.flush();
            last.addListener(updatesWritten);
        }
    }

    private static long countMessages(byte[] buf, int len) {
        long n = 0;
        for (int p = 0; p + 19 <= len; ) {
            n++;
            p += (buf[p + 16] & 0xFF) << 8 | buf[p + 17] & 0xFF;
        }
        return n;
    }

    // ------------------------------------------------------------------ timers, errors, closing

    /**
     * A message came: the hold timer starts again. Only the time is noted (a message costs no timer task); the
     * timer's check finds out when it runs ({@link #holdCheck}).
     */
    private void restartHold(Connection c) {
        c.heardAt = System.nanoTime();
    }

    /** The hold timer ran out unless a message came since it was set: then it is set for the time left. */
    private void holdCheck(Connection c) {
        if (c.closed || c.context == null) {
            return;
        }
        long left = c.heardAt + TimeUnit.SECONDS.toNanos(c.context.holdTime()) - System.nanoTime();
        if (left > 0) {
            c.hold = loop.schedule(() -> holdCheck(c), left, TimeUnit.NANOSECONDS);
        } else {
            holdExpired(c);
        }
    }

    private void holdExpired(Connection c) {
        if (!c.closed) {
            fail(c, new Notification(Notification.HOLD_TIMER_EXPIRED, 0), "hold timer expired");
        }
    }

    private void keepalive(Connection c) {
        if (!c.closed) {
            send(c, Keepalive.INSTANCE);
        }
    }

    private void send(Connection c, Message m) {
        c.channel.writeAndFlush(Unpooled.wrappedBuffer(codec.encode(m, c.context == null ? PRE_OPEN : c.context)));
        sent[m.type()].incrementAndGet();
    }

    /** Send a NOTIFICATION, then close the connection once it is written. */
    private Future<?> fail(Connection c, Notification n, String reason) {
        if (c.closed) {
            return loop.newSucceededFuture(null);
        }
        sent[Message.TYPE_NOTIFICATION].incrementAndGet();
        reactor.publish(new PeerEvent.NotificationMessage(neighbor, false, n));
        Future<?> written = c.channel.writeAndFlush(Unpooled.wrappedBuffer(codec.encode(n, PRE_OPEN)))
                .addListener(ChannelFutureListener.CLOSE);
        close(c, reason, false);
        return written;
    }

    private void close(Connection c, String reason) {
        close(c, reason, true);
    }

    /** Forget a connection; {@code closeChannel} false when a pending NOTIFICATION write closes it. */
    private void close(Connection c, String reason, boolean closeChannel) {
        if (c.closed && c != current && c != other) {
            return;
        }
        c.closed = true;
        cancel(c.hold);
        cancel(c.keepalive);
        if (closeChannel) {
            c.channel.close();
        }
        boolean wasEstablished = c.state == PeerState.ESTABLISHED;
        if (c == current) {
            current = other;
            other = null;
        } else if (c == other) {
            other = null;
        }
        if (wasEstablished) {
            OpenContext was = context;
            context = null;
            boolean graceful = !stopped && neighbor.gracefulRestartTime() >= 0 && was != null
                    && was.peerGracefulRestart().isPresent();
            ribs.sessionDown(graceful);
            if (graceful) {
                int seconds = was.peerGracefulRestart().get().restartTime();
                cancel(staleSweep);
                staleSweep = loop.schedule(ribs::sweepStale, seconds, TimeUnit.SECONDS);
            }
            setState(PeerState.IDLE, reason);
        } else {
            updateState(reason);
        }
        if (current == null && !stopped) {
            scheduleReconnect();
        }
    }

    private void updateState(String reason) {
        PeerState s = PeerState.IDLE;
        for (Connection c : connections()) {
            if (!c.closed && c.state.compareTo(s) > 0) {
                s = c.state;
            }
        }
        if (s == PeerState.IDLE && !stopped) {
            s = passive() ? PeerState.ACTIVE : PeerState.IDLE;
        }
        setState(s, reason);
    }

    private void setState(PeerState s, String reason) {
        PeerState from = state;
        if (from == s) {
            return;
        }
        state = s;
        if (from == PeerState.ESTABLISHED || s == PeerState.ESTABLISHED) {
            since = java.time.Instant.now();
            LOG.info(() -> "peer " + neighbor.peerAddress() + " " + from.exabgpName() + " -> " + s.exabgpName()
                    + (reason.isEmpty() ? "" : ": " + reason));
        }
        reactor.stateChanged(this);
        reactor.publish(new PeerEvent.StateChanged(neighbor, from, s, reason));
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }
}
