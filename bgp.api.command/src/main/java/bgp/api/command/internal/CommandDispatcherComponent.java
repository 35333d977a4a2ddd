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
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Long, Held> held = new ConcurrentHashMap<>();
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
        Held h = new Held(command);
        Held old = held.put(serviceId(properties), h);
        if (old != null) {
            old.release();
        }
        table.add(properties, (request, out) -> {
            Command c = h.get();
            if (c == null) {
                throw new IllegalStateException(request.name() + " is not available");
            }
            c.execute(request, out);
        });
    }

    void updatedCommand(ComponentServiceObjects<Command> command, Map<String, Object> properties) {
        table.remove(properties);
        addCommand(command, properties);
    }

    void removeCommand(Map<String, Object> properties) {
        table.remove(properties);
        Held h = held.remove(serviceId(properties));
        if (h != null) {
            h.release();
        }
    }

    private static long serviceId(Map<String, Object> properties) {
        return ((Number) properties.get("service.id")).longValue();
    }

    /**
     * A bound command's instance: got on its first use (not at bind time: a command may itself need this
     * dispatcher, as {@code help} does) and kept until the command goes. Getting and ungetting it per command line
     * made SCR create and dispose the (delayed) component for every line, a third of the API thread's time in the
     * end-to-end benchmark.
     */
    private static final class Held {
        private final ComponentServiceObjects<Command> objects;
        private Command instance;
        private boolean released;

        Held(ComponentServiceObjects<Command> objects) {
            this.objects = objects;
        }

        synchronized Command get() {
            if (!released && instance == null) {
                instance = objects.getService();
            }
            return instance;
        }

        synchronized void release() {
            released = true;
            if (instance != null) {
                Command c = instance;
                instance = null;
                try {
                    objects.ungetService(c);
                } catch (IllegalStateException | IllegalArgumentException gone) {
                    // the dispatcher or the command is already deactivated: nothing is held any more
                }
            }
        }
    }

    @Override
    public boolean dispatch(String line, CommandOutput out) {
        return table.dispatch(line, out);
    }

    @Override
    public void dispatchAll(List<String> lines, CommandOutput out) {
        table.dispatchAll(lines, out);
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
