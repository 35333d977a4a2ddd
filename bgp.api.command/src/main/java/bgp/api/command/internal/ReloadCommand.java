package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.config.ConfigException;
import bgp.config.ConfigurationService;
import bgp.config.LoadResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code reload}: read the configuration file again and apply the difference; a file with an error changes
 * nothing and is answered with its first error ({@code file:line:column: ...}).
 */
@Component(service = Command.class, property = {
        Command.NAME + "=reload",
        Command.DESCRIPTION + "=read the configuration file again and apply the difference"})
public final class ReloadCommand implements Command {
    private final ConfigurationService configuration;

    @Activate
    public ReloadCommand(@Reference ConfigurationService configuration) {
        this.configuration = configuration;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("reload takes no argument");
        }
        try {
            out.println(summary(configuration.reload()));
        } catch (ConfigException e) {
            throw new CommandException(e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).toString());
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** {@code reload: 1 added, 0 removed, 0 restarted, 0 with new routes, 1 unchanged}. */
    static String summary(LoadResult r) {
        return "reload: " + r.added().size() + " added, " + r.removed().size() + " removed, "
                + r.restarted().size() + " restarted, " + r.routesChanged().size() + " with new routes, "
                + r.unchanged().size() + " unchanged";
    }
}
