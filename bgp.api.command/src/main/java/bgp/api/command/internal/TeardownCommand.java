package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.codec.message.Notification;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code neighbor <selector> teardown [<subcode>] [<text>...]}: a Cease with that subcode (default 2, Administrative
 * Shutdown) and the text as RFC 9003 shutdown communication; the peers stay configured and reconnect.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=teardown",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=close sessions with a Cease [<subcode> [<text>]]"})
public final class TeardownCommand implements Command {
    private final Reactor reactor;

    @Activate
    public TeardownCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        int subcode = Notification.ADMINISTRATIVE_SHUTDOWN;
        String text = "";
        if (!request.arguments().isEmpty()) {
            String first = request.arguments().get(0);
            if (!first.chars().allMatch(Character::isDigit) || first.isEmpty() || first.length() > 3
                    || Integer.parseInt(first) < 1 || Integer.parseInt(first) > 255) {
                throw new CommandException("invalid Cease subcode " + first + ", expected 1..255");
            }
            subcode = Integer.parseInt(first);
            text = String.join(" ", request.arguments().subList(1, request.arguments().size()));
        }
        for (Peer p : SelectedPeers.of(reactor, request)) {
            reactor.teardown(p.neighbor().peerAddress(), subcode, text);
        }
    }
}
