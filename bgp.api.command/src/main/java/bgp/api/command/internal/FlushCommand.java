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

/** {@code [neighbor <selector>] flush adj-rib out}: send every route of the Adj-RIB-Out again. */
@Component(service = Command.class, property = {
        Command.NAME + "=flush",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=flush adj-rib out: send the Adj-RIB-Out again"})
public final class FlushCommand implements Command {
    private final Reactor reactor;

    @Activate
    public FlushCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (AdjRibCommands.in(request, "flush")) {
            throw new CommandException("only 'flush adj-rib out' exists");
        }
        for (Peer p : SelectedPeers.of(reactor, request)) {
            p.flushAdjRibOut();
        }
    }
}
