package bgp.api.command.internal;

import bgp.api.command.CommandException;
import bgp.api.command.CommandRequest;
import bgp.config.NeighborConfig;
import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.config.route.RouteParser;
import bgp.config.route.RouteSyntaxException;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The route forms of {@code announce} and {@code withdraw}: {@code route ...}, {@code ipv4|ipv6 <safi> ...},
 * {@code attribute(s) ... nlri ...}, {@code flow route ...} (flowspec, see {@code FlowParser}), {@code vpls ...}. All
 * routes are parsed and checked against every selected peer before any
 * peer is changed, so a bad command changes nothing.
 */
final class RouteCommands {
    private RouteCommands() {
    }

    static boolean isRouteForm(String word) {
        return switch (word) {
            case "route", "ipv4", "ipv6", "attribute", "attributes", "flow", "vpls" -> true;
            default -> false;
        };
    }

    static List<ConfigRoute> parse(CommandRequest request, boolean announce) throws CommandException {
        try {
            List<ConfigRoute> routes = RouteParser.parseWords(request.arguments(), announce);
            if (routes.isEmpty()) {
                throw new CommandException("no route given");
            }
            return routes;
        } catch (RouteSyntaxException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Announce to every selected peer, with ExaBGP's iBGP/eBGP defaults for that peer. */
    static void announce(Reactor reactor, CommandRequest request) throws CommandException {
        List<ConfigRoute> routes = parse(request, true);
        List<Peer> peers = SelectedPeers.of(reactor, request);
        List<List<ConfigRoute>> perPeer = new ArrayList<>(peers.size());
        try {
            for (Peer p : peers) {
                List<ConfigRoute> mine = new ArrayList<>(routes.size());
                for (ConfigRoute r : routes) {
                    Route route = RouteDefaults.forSession(r.route(), p.neighbor().localAs(), p.neighbor().peerAs());
                    p.check(route);
                    mine.add(new ConfigRoute(route, r.name(), r.watchdog(), r.withdraw(), r.unsupported()));
                }
                perPeer.add(mine);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        for (int i = 0; i < peers.size(); i++) {
            // the command's plain routes go together, so that those with the same attributes share an UPDATE
            List<Route> plain = new ArrayList<>();
            for (ConfigRoute r : perPeer.get(i)) {
                if (r.watchdog() == null && !r.withdraw()) {
                    plain.add(r.route());
                } else {
                    // a watchdog route joins its group (withdrawn with the withdraw flag), as a configured one does
                    NeighborConfig.hold(peers.get(i), r);
                }
            }
            if (!plain.isEmpty()) {
                peers.get(i).announce(plain);
            }
        }
    }

    /**
     * {@code announce|withdraw watchdog <name>} to every selected peer: the group's routes are announced or
     * withdrawn; a name no peer has a group for changes nothing and is not an error (as ExaBGP).
     */
    static void watchdog(Reactor reactor, CommandRequest request, boolean announce) throws CommandException {
        List<String> a = request.arguments();
        if (a.size() != 2) {
            throw new CommandException("expected '" + request.name() + " watchdog <name>'");
        }
        String name = a.get(1);
        for (Peer p : SelectedPeers.of(reactor, request)) {
            if (announce) {
                p.announceWatchdog(name);
            } else {
                p.withdrawWatchdog(name);
            }
        }
    }

    static void withdraw(Reactor reactor, CommandRequest request) throws CommandException {
        List<ConfigRoute> routes = parse(request, false);
        for (Peer p : SelectedPeers.of(reactor, request)) {
            for (ConfigRoute r : routes) {
                p.withdrawAlways(r.route().nlri());
            }
        }
    }
}
