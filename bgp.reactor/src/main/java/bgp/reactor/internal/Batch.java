package bgp.reactor.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link BgpReactor#batch} holds: the peers it holds (their draining held until it ends), and, per peer,
 * the tasks the batch's thread has given the peer meanwhile (announcements, withdrawals, any other operation of its
 * API), kept in order and handed to the peer's loop in one go: one hand-over per peer for a burst of commands instead
 * of one per command. Used by the batch's thread only.
 */
final class Batch {
    private final Map<PeerSession, List<Runnable>> tasks = new IdentityHashMap<>();

    Batch(List<PeerSession> held) {
        for (PeerSession s : held) {
            tasks.put(s, new ArrayList<>());
        }
    }

    /** Keep a task for a held peer (true); false if the batch does not hold that peer (it came later). */
    boolean keep(PeerSession s, Runnable task) {
        List<Runnable> l = tasks.get(s);
        if (l == null) {
            return false;
        }
        l.add(task);
        return true;
    }

    /**
     * The tasks kept so far for a held peer, in order, to add to (the peer may extend its last one: consecutive
     * announcements make one task); null if the batch does not hold that peer.
     */
    List<Runnable> kept(PeerSession s) {
        return tasks.get(s);
    }

    /** The tasks kept for a peer so far, in order, taken out of the batch (empty if none). */
    List<Runnable> take(PeerSession s) {
        List<Runnable> l = tasks.get(s);
        if (l == null || l.isEmpty()) {
            return List.of();
        }
        tasks.put(s, new ArrayList<>());
        return l;
    }
}
