package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.reactor.Reactor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code [neighbor <selector>] withdraw route|ipv4|ipv6|attributes ...}: take routes out of the Adj-RIB-Out. */
@Component(service = Command.class, property = {
        Command.NAME + "=withdraw",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=withdraw route <prefix> | ipv4|ipv6 <safi> <prefix> | attributes ... nlri ... "
                + "| flow route ... | watchdog <name>"})
public final class WithdrawCommand implements Command {
    private final Reactor reactor;

    @Activate
    public WithdrawCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty() && request.arguments().get(0).equals("watchdog")) {
            RouteCommands.watchdog(reactor, request, false);
            return;
        }
        if (request.arguments().isEmpty() || !RouteCommands.isRouteForm(request.arguments().get(0))) {
            throw new CommandException("withdraw what? route, ipv4, ipv6, attributes, flow or watchdog");
        }
        RouteCommands.withdraw(reactor, request);
    }
}
