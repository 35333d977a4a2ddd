package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code [neighbor <selector>] clear adj-rib in|out}: forget the received routes, or withdraw every route sent.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=clear",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=clear adj-rib in|out: forget received routes / withdraw sent ones"})
public final class ClearCommand implements Command {
    private final Reactor reactor;

    @Activate
    public ClearCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        boolean in = AdjRibCommands.in(request, "clear");
        for (Peer p : SelectedPeers.of(reactor, request)) {
            if (in) {
                p.clearAdjRibIn();
            } else {
                p.clearAdjRibOut();
            }
        }
    }
}
