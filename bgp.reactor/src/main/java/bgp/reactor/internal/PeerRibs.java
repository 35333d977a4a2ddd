package bgp.reactor.internal;

import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.message.Update;
import bgp.codec.nlri.NlriList;
import bgp.reactor.Neighbor;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The session's view of its peer's routes: what came in (Adj-RIB-In) and what goes out (Adj-RIB-Out, drained
 * into packed UPDATEs, then one End-of-RIB per negotiated family). Used on the peer's event loop; the counts are
 * readable from any thread.
 */
final class PeerRibs {
    private final MessageCodec codec;
    private final Neighbor neighbor;
    private final Map<Family, AtomicLong> received = new ConcurrentHashMap<>();
    private final ArrayDeque<Family> endOfRibDue = new ArrayDeque<>();

    PeerRibs(MessageCodec codec, Neighbor neighbor) {
        this.codec = codec;
        this.neighbor = neighbor;
    }

    void sessionUp(OpenContext ctx, String localAddress) {
        endOfRibDue.clear();
        for (Family f : neighbor.families()) {
            if (ctx.supports(f)) {
                endOfRibDue.add(f);
            }
        }
    }

    void sessionDown() {
        endOfRibDue.clear();
        received.clear();
    }

    void apply(Update u) {
        count(u.nlri(), 1);
        count(u.withdrawn(), -1);
        u.mpReach().ifPresent(m -> count(m.nlri(), 1));
        u.mpUnreach().ifPresent(m -> count(m.nlri(), -1));
    }

    private void count(NlriList l, int sign) {
        if (!l.isEmpty()) {
            received.computeIfAbsent(l.family(), f -> new AtomicLong()).addAndGet(sign * (long) l.size());
        }
    }

    void endOfRib(Family family) {
    }

    void refresh(Family family) {
        endOfRibDue.add(family);
    }

    /** Write whole messages into {@code out}, up to about {@code maxBytes}; false when nothing is left to send. */
    boolean drain(OpenContext ctx, WireWriter out, int maxBytes) {
        Family f = endOfRibDue.poll();
        if (f == null) {
            return false;
        }
        codec.encode(Update.endOfRib(f), ctx, out);
        return true;
    }

    Map<Family, Long> receivedCounts() {
        Map<Family, Long> m = new TreeMap<>(java.util.Comparator.comparing(Family::toString));
        received.forEach((f, n) -> m.put(f, n.get()));
        return m;
    }

    long receivedTotal() {
        long n = 0;
        for (AtomicLong a : received.values()) {
            n += a.get();
        }
        return n;
    }

    void free() {
        received.clear();
        endOfRibDue.clear();
    }
}
