package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link CommandDispatcher} service over the whiteboard of {@link Command} services (dynamic, multiple,
 * optional). A command service is got only while one of its lines runs, so commands may themselves reference the
 * dispatcher (as {@code help} does) without a cycle at activation. The {@link Reactor} and the
 * {@link ConfigurationService} are static and mandatory: the API is up only while the speaker is.
 */
@Component(service = CommandDispatcher.class)
public final class CommandDispatcherComponent implements CommandDispatcher {
    private final CommandTable table;
    private final Reactor reactor;
    private final ConfigurationService configuration;

    @Activate
    public CommandDispatcherComponent(@Reference Reactor reactor, @Reference ConfigurationService configuration) {
        this.reactor = Objects.requireNonNull(reactor, "reactor");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.table = new CommandTable(reactor::batch);
    }

    @Reference(service = Command.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand", updated = "updatedCommand")
    void addCommand(ComponentServiceObjects<Command> command, Map<String, Object> properties) {
        table.add(properties, (request, out) -> {
            Command c = command.getService();
            if (c == null) {
                throw new IllegalStateException(request.name() + " is not available");
            }
            try {
                c.execute(request, out);
            } finally {
                command.ungetService(c);
            }
        });
    }

    void updatedCommand(ComponentServiceObjects<Command> command, Map<String, Object> properties) {
        table.remove(properties);
        addCommand(command, properties);
    }

    void removeCommand(Map<String, Object> properties) {
        table.remove(properties);
    }

    @Override
    public boolean dispatch(String line, CommandOutput out) {
        return table.dispatch(line, out);
    }

    @Override
    public void batch(Runnable work) {
        table.batch(work);
    }

    @Override
    public List<CommandInfo> commands() {
        return table.commands();
    }

    Reactor reactor() {
        return reactor;
    }

    ConfigurationService configuration() {
        return configuration;
    }
}
