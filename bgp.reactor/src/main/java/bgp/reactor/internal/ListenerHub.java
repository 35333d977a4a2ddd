package bgp.reactor.internal;

import bgp.log.AreaLogger;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerListener;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Delivers peer events to the listeners, each on its own thread from a bounded queue, so that a slow or failing
 * listener never holds up a session or another listener. Publishing never blocks: when a listener's queue is full
 * the event is counted as lost for it and reported as one {@link PeerEvent.EventsLost} once it catches up.
 */
final class ListenerHub {
    private static final AreaLogger LOG = AreaLogger.of(ListenerHub.class, AreaLogger.REACTOR);
    private final Map<PeerListener, Mailbox> mailboxes = new ConcurrentHashMap<>();
    /** The mailboxes as an array, for publishing without an iterator per event; replaced on add and remove. */
    private volatile Mailbox[] all = new Mailbox[0];
    private final int limit;

    ListenerHub(int limit) {
        this.limit = limit;
    }

    void add(PeerListener listener) {
        synchronized (mailboxes) {
            mailboxes.computeIfAbsent(listener, Mailbox::new);
            all = mailboxes.values().toArray(new Mailbox[0]);
        }
    }

    void remove(PeerListener listener) {
        Mailbox m;
        synchronized (mailboxes) {
            m = mailboxes.remove(listener);
            all = mailboxes.values().toArray(new Mailbox[0]);
        }
        if (m != null) {
            m.executor.shutdown();
        }
    }

    void publish(PeerEvent event) {
        for (Mailbox m : all) {
            m.offer(event);
        }
    }

    void close() {
        for (PeerListener l : mailboxes.keySet()) {
            remove(l);
        }
    }

    /** The mailboxes an event loop thread has events for, started when the loop's current work is done. */
    private static final FastThreadLocal<Deferred> DEFERRED = new FastThreadLocal<>() {
        @Override
        protected Deferred initialValue() {
            return new Deferred();
        }
    };

    private static final class Deferred implements Runnable {
        final ArrayList<Mailbox> due = new ArrayList<>();
        boolean scheduled;

        @Override
        public void run() {
            scheduled = false;
            for (int i = 0; i < due.size(); i++) {
                due.get(i).start();
            }
            due.clear();
        }
    }

    private final class Mailbox {
        final PeerListener listener;
        final ExecutorService executor = Executors.newSingleThreadExecutor(new NamedThreadFactory("bgp-listener"));
        final ArrayDeque<PeerEvent> queue = new ArrayDeque<>();
        long lost;
        PeerEvent firstLost;
        boolean scheduled;

        Mailbox(PeerListener listener) {
            this.listener = listener;
        }

        void offer(PeerEvent e) {
            synchronized (this) {
                if (queue.size() >= limit || lost > 0) { // once losing, until the loss is reported
                    if (lost++ == 0) {
                        firstLost = e;
                    }
                    return;
                }
                queue.add(e);
                if (scheduled) {
                    return;
                }
                scheduled = true;
            }
            wake();
        }

        /**
         * Start the listener's thread on the queue. From an event loop (a session receiving UPDATEs), once the loop's
         * current work is done: one wake-up for all the events of a read, not one per UPDATE.
         */
        private void wake() {
            EventExecutor loop = ThreadExecutorMap.currentExecutor();
            if (loop == null || loop.isShuttingDown()) {
                start();
                return;
            }
            Deferred d = DEFERRED.get();
            d.due.add(this);
            if (!d.scheduled) {
                d.scheduled = true;
                try {
                    loop.execute(d);
                } catch (RejectedExecutionException stopping) {
                    d.run();
                }
            }
        }

        void start() {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException removed) {
                // the listener is gone
            }
        }

        private void run() {
            while (true) {
                PeerEvent e;
                synchronized (this) {
                    if (lost > 0 && queue.isEmpty()) {
                        e = new PeerEvent.EventsLost(firstLost.peer(), lost);
                        lost = 0;
                        firstLost = null;
                    } else {
                        e = queue.poll();
                    }
                    if (e == null) {
                        scheduled = false;
                        return;
                    }
                }
                try {
                    listener.onEvent(e);
                } catch (RuntimeException | Error ex) {
                    LOG.warn("peer listener " + listener + " failed on " + e.getClass().getSimpleName(),
                            ex);
                }
            }
        }
    }
}
