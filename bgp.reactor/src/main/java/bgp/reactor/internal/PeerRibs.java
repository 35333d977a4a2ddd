package bgp.reactor.internal;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.message.Update;
import bgp.codec.nlri.Nlri;
import bgp.reactor.Neighbor;
import bgp.rib.AdjRibIn;
import bgp.rib.AdjRibOut;
import bgp.rib.NextHopResolver;
import bgp.rib.RibFactory;
import bgp.rib.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A peer's routes as its session sees them: the Adj-RIB-In it fills from received UPDATEs, the Adj-RIB-Out it
 * drains into packed UPDATEs (then one End-of-RIB per negotiated family), and the next-hop {@code self} boundary:
 * routes are resolved with the session's addresses before they enter the Adj-RIB-Out; with an auto-discovered
 * local address, those waiting for it enter when the session is up. Used on the peer's event loop, except the
 * thread-safe {@link #check}.
 */
final class PeerRibs {
    private final MessageCodec codec;
    private final Neighbor neighbor;
    private final AdjRibIn in;
    private final AdjRibOut out;
    private final ArrayDeque<Family> endOfRibDue = new ArrayDeque<>();
    private final List<Route> awaitingLocalAddress = new ArrayList<>();
    private volatile NextHopResolver resolver;

    PeerRibs(RibFactory ribs, MessageCodec codec, Neighbor neighbor) {
        this.codec = codec;
        this.neighbor = neighbor;
        this.in = ribs.newAdjRibIn(neighbor.adjRibIn());
        this.out = ribs.newAdjRibOut(neighbor.grouping());
        int routerId = neighbor.routerId().map(IpAddresses::parseIpv4).orElse(0);
        int sessionAfi = IpAddresses.isIpv6(neighbor.peerAddress()) ? Family.AFI_IPV6 : Family.AFI_IPV4;
        this.resolver = neighbor.localAddress()
                .map(a -> NextHopResolver.of(IpAddresses.parse(a), routerId == 0 && !IpAddresses.isIpv6(a)
                        ? IpAddresses.parseIpv4(a) : routerId))
                .orElse(NextHopResolver.pending(sessionAfi, routerId));
    }

    /**
     * Whether the route can enter this peer's Adj-RIB-Out (any thread).
     *
     * @throws IllegalArgumentException the next-hop self family error, or a family the neighbor does not carry
     */
    void check(Route route) {
        if (!neighbor.families().contains(route.family())) {
            throw new IllegalArgumentException("family " + route.family() + " is not configured for neighbor "
                    + neighbor.peerAddress());
        }
        resolver.check(route);
    }

    void announce(Route route) {
        removeAwaiting(route.nlri());
        if (resolver.canResolve(route)) {
            out.announce(resolver.resolve(route));
        } else {
            awaitingLocalAddress.add(route);
        }
    }

    void withdraw(Nlri nlri) {
        removeAwaiting(nlri);
        out.withdraw(nlri);
    }

    /** A program's withdrawal: the peer is sent it even if it never had the route ({@link AdjRibOut#withdrawAlways}). */
    void withdrawAlways(Nlri nlri) {
        removeAwaiting(nlri);
        out.withdrawAlways(nlri);
    }

    private void removeAwaiting(Nlri nlri) {
        if (awaitingLocalAddress.isEmpty()) {
            return; // the usual case: no iterator per route
        }
        for (Iterator<Route> it = awaitingLocalAddress.iterator(); it.hasNext(); ) {
            if (it.next().nlri().equals(nlri)) {
                it.remove();
            }
        }
    }

    void sessionUp(OpenContext ctx, String localAddress, int routerId) {
        if (!resolver.knowsLocalAddress()) {
            resolver = NextHopResolver.of(IpAddresses.parse(localAddress), routerId);
            for (Route r : awaitingLocalAddress) {
                out.announce(resolver.resolve(r));
            }
            awaitingLocalAddress.clear();
        }
        out.sessionUp();
        endOfRibDue.clear();
        for (Family f : neighbor.families()) {
            if (ctx.supports(f) && !neighbor.manualEor()) {
                endOfRibDue.add(f);
            }
        }
    }

    /** The session went down: keep received routes as stale when the peer restarts gracefully, else drop them. */
    void sessionDown(boolean gracefulRestart) {
        out.sessionDown();
        endOfRibDue.clear();
        if (gracefulRestart) {
            in.markStale();
        } else {
            in.clear();
        }
    }

    void apply(Update u) {
        in.apply(u);
    }

    void endOfRib(Family family) {
        in.sweepStale(family);
    }

    /** The graceful-restart time ran out: whatever is still stale goes. */
    void sweepStale() {
        in.sweepStale();
    }

    /** The peer asked for a family again (route refresh): send everything again. */
    void refresh(Family family) {
        out.flush();
    }

    /** An End-of-RIB to send once nothing else is pending. */
    void endOfRibDue(Family family) {
        endOfRibDue.add(family);
    }

    void flush() {
        out.flush();
    }

    void clearOut() {
        out.clear();
    }

    void clearIn() {
        in.clear();
    }

    AdjRibIn in() {
        return in;
    }

    AdjRibOut out() {
        return out;
    }

    /**
     * Write pending changes as whole messages into {@code w} (about {@code maxBytes} at most), then the End-of-RIBs
     * due once nothing else is pending.
     *
     * @return whether anything was written
     */
    boolean drain(OpenContext ctx, WireWriter w, int maxBytes) {
        boolean done = out.drain(ctx, w, maxBytes);
        if (w.position() > 0) {
            return true;
        }
        if (done && !endOfRibDue.isEmpty()) {
            while (!endOfRibDue.isEmpty()) {
                codec.encode(Update.endOfRib(endOfRibDue.poll()), ctx, w);
            }
            return true;
        }
        return false;
    }

    /** Routes held per family (on the peer's loop). */
    Map<Family, Long> receivedCounts() {
        Map<Family, Long> m = new TreeMap<>(Comparator.comparing(Family::toString));
        for (Family f : in.families()) {
            m.put(f, (long) in.size(f));
        }
        return m;
    }

    /** Routes held in all (on the peer's loop). */
    long receivedTotal() {
        return in.size();
    }

    /** The peer is gone: drop its routes and give the attribute sets of its Adj-RIB-Out back to the factory. */
    void free() {
        in.clear();
        out.sessionDown(); // nothing is sent any more: no withdrawal to remember
        out.clear(); // the sets' references, which the factory shares with every other peer
        awaitingLocalAddress.clear();
        endOfRibDue.clear();
    }
}
