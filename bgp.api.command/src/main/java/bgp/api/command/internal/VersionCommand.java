package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code version}: one line, {@code bgp <version of this bundle>}. */
@Component(service = Command.class, property = {
        Command.NAME + "=version",
        Command.DESCRIPTION + "=show the version of the speaker"})
public final class VersionCommand implements Command {
    private final String version;

    @Activate
    public VersionCommand(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    VersionCommand(String version) {
        this.version = version;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("version takes no argument");
        }
        out.println("bgp " + version);
    }
}
