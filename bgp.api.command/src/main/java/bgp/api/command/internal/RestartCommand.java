package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.config.ConfigException;
import bgp.config.ConfigurationService;
import bgp.config.LoadResult;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code restart}, as ExaBGP's: read the configuration file again and apply it (as {@code reload}, whose summary
 * line it prints first), then restart every session: each peer that the reload did not just start or restart is
 * torn down with a Cease / Administrative Reset (6/4) and reconnects. Without a loaded file, only the sessions
 * restart. A file with an error changes nothing and restarts nothing.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=restart",
        Command.DESCRIPTION + "=reload the configuration file and restart every session"})
public final class RestartCommand implements Command {
    private final Reactor reactor;
    private final ConfigurationService configuration;

    @Activate
    public RestartCommand(@Reference Reactor reactor, @Reference ConfigurationService configuration) {
        this.reactor = reactor;
        this.configuration = configuration;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("restart takes no argument");
        }
        Set<String> fresh = new HashSet<>();
        if (configuration.file().isPresent()) {
            try {
                LoadResult r = configuration.reload();
                out.println(ReloadCommand.summary(r));
                fresh.addAll(r.added());
                fresh.addAll(r.restarted());
            } catch (ConfigException e) {
                throw new CommandException(e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).toString());
            } catch (IllegalStateException e) {
                throw new CommandException(e.getMessage());
            }
        }
        int reset = 0;
        for (Peer p : reactor.peers()) {
            String address = p.neighbor().peerAddress();
            if (fresh.contains(address)) {
                continue;
            }
            try {
                reactor.teardown(address, bgp.codec.message.Notification.ADMINISTRATIVE_RESET, "");
                reset++;
            } catch (IllegalArgumentException removedMeanwhile) {
                // gone: nothing to restart
            }
        }
        out.println("restart: " + reset + " sessions reset");
    }
}
