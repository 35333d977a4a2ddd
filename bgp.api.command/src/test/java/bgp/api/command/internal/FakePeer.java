package bgp.api.command.internal;

import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.nlri.Nlri;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import bgp.rib.Route;
import bgp.rib.RouteVisitor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A peer whose every view is set by the test (state, context, counters, since); it holds no routes. */
final class FakePeer implements Peer {
    final Neighbor neighbor;
    PeerState state = PeerState.IDLE;
    OpenContext context;
    String sessionLocal;
    Instant since = Instant.parse("2026-01-01T00:00:00Z");
    final Map<String, Long> counters = new LinkedHashMap<>();

    FakePeer(Neighbor neighbor) {
        this.neighbor = neighbor;
        for (String m : new String[] {"open", "update", "notification", "keepalive", "route-refresh"}) {
            counters.put(m + "-received", 0L);
            counters.put(m + "-sent", 0L);
        }
    }

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
    public Instant since() {
        return since;
    }

    @Override
    public Optional<String> sessionLocalAddress() {
        return Optional.ofNullable(sessionLocal);
    }

    @Override
    public Map<Family, Long> receivedRoutes() {
        return Map.of();
    }

    @Override
    public Map<String, Long> counters() {
        return counters;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of();
    }

    @Override
    public void announce(Route route) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void announce(java.util.List<Route> routes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void check(Route route) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void announce(Route route, String watchdog, boolean withdrawn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void announceWatchdog(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void withdrawWatchdog(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, java.util.List<String>> watchdogs() {
        return Map.of();
    }

    @Override
    public void withdraw(Nlri nlri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void withdrawAlways(Nlri nlri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void requestRouteRefresh(Family family) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendEndOfRib(Family family) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void flushAdjRibOut() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clearAdjRibOut() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clearAdjRibIn() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void visitAdjRibIn(RouteVisitor visitor) {
    }

    @Override
    public void visitAdjRibOut(RouteVisitor visitor) {
    }
}
