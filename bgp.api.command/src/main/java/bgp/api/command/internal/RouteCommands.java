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
            List<ConfigRoute> routes = RouteParser.parse(request.argumentText(), announce);
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
        if (peers.size() == 1 && routes.size() == 1 && plain(routes.get(0))) {
            // the usual command: one route to one peer, which checks it before taking it
            Peer p = peers.get(0);
            try {
                p.announce(forPeer(routes.get(0), p));
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage());
            }
            return;
        }
        // every route is made and checked for every peer before any peer is changed: a bad command changes nothing
        int n = routes.size();
        Route[] perPeer = new Route[peers.size() * n]; // peer i's routes from i * n
        try {
            for (int i = 0; i < peers.size(); i++) {
                Peer p = peers.get(i);
                for (int j = 0; j < n; j++) {
                    Route route = forPeer(routes.get(j), p);
                    p.check(route);
                    perPeer[i * n + j] = route;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        for (int i = 0; i < peers.size(); i++) {
            // the command's plain routes go together, so that those with the same attributes share an UPDATE
            List<Route> together = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                ConfigRoute r = routes.get(j);
                if (plain(r)) {
                    together.add(perPeer[i * n + j]);
                } else {
                    // a watchdog route joins its group (withdrawn with the withdraw flag), as a configured one does
                    NeighborConfig.hold(peers.get(i),
                            new ConfigRoute(perPeer[i * n + j], r.name(), r.watchdog(), r.withdraw(), r.unsupported()));
                }
            }
            if (!together.isEmpty()) {
                peers.get(i).announce(together);
            }
        }
    }

    /** A route announced as such: in no watchdog group, not withdrawn. */
    private static boolean plain(ConfigRoute r) {
        return r.watchdog() == null && !r.withdraw();
    }

    /** The route with the defaults of the peer's session. */
    private static Route forPeer(ConfigRoute r, Peer p) {
        return RouteDefaults.forSession(r.route(), p.neighbor().localAs(), p.neighbor().peerAs());
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
