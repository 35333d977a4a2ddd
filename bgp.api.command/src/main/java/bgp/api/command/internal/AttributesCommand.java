package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.config.route.RouteParser;
import bgp.config.route.RouteSyntaxException;
import bgp.config.route.Token;
import bgp.reactor.Reactor;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code [neighbor <selector>] attributes <attributes> [nlri <prefix> ...]}, ExaBGP main's form without a verb: with
 * {@code nlri}, the same as {@code announce attributes ... nlri ...}; without, the path attributes are checked and
 * nothing is sent (ExaBGP sends an UPDATE holding those path attributes and no route, which changes nothing at the
 * peer; we do not). The selector must still match a peer.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=attributes",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=attributes <attributes> [nlri <prefix> ...]: announce attributes ... nlri ...; "
                + "without nlri, the attributes are checked and nothing is sent"})
public final class AttributesCommand implements Command {
    private final Reactor reactor;

    @Activate
    public AttributesCommand(@Reference Reactor reactor) {
        this.reactor = reactor;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        List<String> a = request.arguments();
        if (a.contains("nlri")) {
            List<String> args = new ArrayList<>(a.size() + 1);
            args.add("attributes");
            args.addAll(a);
            RouteCommands.announce(reactor, new CommandRequest(request.line(), "announce", args, request.selector()));
            return;
        }
        if (a.isEmpty()) {
            throw new CommandException("expected 'attributes <attributes> [nlri <prefix> ...]'");
        }
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("next-hop") && i + 1 < a.size()) {
                i++; // a next hop belongs to routes; without routes there is nothing to check it against
                continue;
            }
            attributes.add(a.get(i));
        }
        try {
            RouteParser.pathAttributes(Token.split(String.join(" ", attributes)));
        } catch (RouteSyntaxException e) {
            throw new CommandException(e.getMessage());
        }
        SelectedPeers.of(reactor, request);
    }
}
