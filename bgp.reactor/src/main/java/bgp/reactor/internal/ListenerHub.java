package bgp.reactor.internal;

import bgp.log.AreaLogger;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerListener;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers peer events to the listeners, each on its own thread from a bounded queue, so that a slow or failing
 * listener never holds up a session or another listener. Publishing never blocks: when a listener's queue is full
 * the event is counted as lost for it and reported as one {@link PeerEvent.EventsLost} once it catches up.
 */
final class ListenerHub {
    private static final AreaLogger LOG = AreaLogger.of(ListenerHub.class, AreaLogger.REACTOR);
    private final Map<PeerListener, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final int limit;

    ListenerHub(int limit) {
        this.limit = limit;
    }

    void add(PeerListener listener) {
        mailboxes.computeIfAbsent(listener, Mailbox::new);
    }

    void remove(PeerListener listener) {
        Mailbox m = mailboxes.remove(listener);
        if (m != null) {
            m.executor.shutdown();
        }
    }

    void publish(PeerEvent event) {
        for (Mailbox m : mailboxes.values()) {
            m.offer(event);
        }
    }

    void close() {
        for (PeerListener l : mailboxes.keySet()) {
            remove(l);
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

        synchronized void offer(PeerEvent e) {
            if (queue.size() >= limit || lost > 0) { // once losing, until the loss is reported
                if (lost++ == 0) {
                    firstLost = e;
                }
                return;
            }
            queue.add(e);
            if (!scheduled) {
                scheduled = true;
                executor.execute(this::run);
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
