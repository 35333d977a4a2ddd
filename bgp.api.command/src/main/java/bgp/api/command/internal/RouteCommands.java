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
        // every route is made and checked for every peer before any peer is changed: a bad command changes nothing
        Route[][] perPeer = new Route[peers.size()][routes.size()];
        try {
            for (int i = 0; i < perPeer.length; i++) {
                Peer p = peers.get(i);
                for (int j = 0; j < perPeer[i].length; j++) {
                    Route route = RouteDefaults.forSession(routes.get(j).route(), p.neighbor().localAs(),
                            p.neighbor().peerAs());
                    p.check(route);
                    perPeer[i][j] = route;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        for (int i = 0; i < perPeer.length; i++) {
            // the command's plain routes go together, so that those with the same attributes share an UPDATE
            List<Route> plain = new ArrayList<>(perPeer[i].length);
            for (int j = 0; j < perPeer[i].length; j++) {
                ConfigRoute r = routes.get(j);
                if (r.watchdog() == null && !r.withdraw()) {
                    plain.add(perPeer[i][j]);
                } else {
                    // a watchdog route joins its group (withdrawn with the withdraw flag), as a configured one does
                    NeighborConfig.hold(peers.get(i),
                            new ConfigRoute(perPeer[i][j], r.name(), r.watchdog(), r.withdraw(), r.unsupported()));
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
