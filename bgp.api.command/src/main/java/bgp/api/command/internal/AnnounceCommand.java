package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.codec.Family;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code [neighbor <selector>] announce ...}: routes ({@code route ...}, {@code ipv4|ipv6 <safi> ...},
 * {@code attributes ... nlri ...}; see {@link RouteCommands}), {@code eor [<afi> <safi>]} (an End-of-RIB, IPv4
 * unicast by default) and {@code route-refresh <afi> <safi>} (ask the peers to send a family again).
 */
@Component(service = Command.class, property = {
        Command.NAME + "=announce",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=announce route <prefix> next-hop <ip>|self [attributes] | ipv4|ipv6 <safi> ... | "
                + "attributes ... nlri ... | flow route ... | eor [<afi> <safi>] | route-refresh <afi> <safi> | watchdog <name>"})
public final class AnnounceCommand implements Command {
    private final Reactor reactor;

    @Activate
    public AnnounceCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        List<String> a = request.arguments();
        if (a.isEmpty()) {
            throw new CommandException("announce what? route, ipv4, ipv6, attributes, flow, eor, route-refresh or watchdog");
        }
        switch (a.get(0)) {
            case "eor" -> {
                Family f = AdjRibCommands.family(a, 1);
                for (Peer p : SelectedPeers.of(reactor, request)) {
                    act(() -> p.sendEndOfRib(f));
                }
            }
            case "route-refresh" -> {
                if (a.size() != 3) {
                    throw new CommandException("expected 'announce route-refresh <afi> <safi>'");
                }
                Family f = AdjRibCommands.family(a, 1);
                for (Peer p : SelectedPeers.of(reactor, request)) {
                    act(() -> p.requestRouteRefresh(f));
                }
            }
            case "watchdog" -> RouteCommands.watchdog(reactor, request, true);
            default -> {
                if (!RouteCommands.isRouteForm(a.get(0))) {
                    throw new CommandException("unknown announce form: " + a.get(0)
                            + ", expected route, ipv4, ipv6, attributes, flow, eor, route-refresh or watchdog");
                }
                RouteCommands.announce(reactor, request);
            }
        }
    }

    private static void act(Runnable r) throws CommandException {
        try {
            r.run();
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
