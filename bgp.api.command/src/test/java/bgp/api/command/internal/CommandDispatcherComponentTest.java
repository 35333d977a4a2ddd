package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/** How the dispatcher holds the command services it is bound to. */
class CommandDispatcherComponentTest {

    /** Counts gets and ungets of one command instance, which prints "ran". */
    static final class CountingObjects implements ComponentServiceObjects<Command> {
        int gets;
        int ungets;
        final Command instance = (request, out) -> out.println("ran");

        @Override
        public Command getService() {
            gets++;
            return instance;
        }

        @Override
        public void ungetService(Command service) {
            assertEquals(instance, service);
            ungets++;
        }

        @Override
        public ServiceReference<Command> getServiceReference() {
            throw new UnsupportedOperationException();
        }
    }

    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    private static List<String> run(CommandDispatcherComponent d, String line) {
        List<String> out = new ArrayList<>();
        d.dispatch(line, out::add);
        return out;
    }

    @Test
    void aCommandIsGotOnFirstUseKeptForEveryLineAndReleasedWhenItGoes() {
        CommandDispatcherComponent d = new CommandDispatcherComponent(unused(Reactor.class),
                unused(ConfigurationService.class));
        CountingObjects ping = new CountingObjects();
        Map<String, Object> properties = Map.of("service.id", 7L, Command.NAME, "ping");
        d.addCommand(ping, properties);
        assertEquals(0, ping.gets, "not got at bind time (a command may need the dispatcher itself)");
        for (int i = 0; i < 1000; i++) {
            assertEquals(List.of("ran", "done"), run(d, "ping"));
        }
        assertEquals(1, ping.gets);
        assertEquals(0, ping.ungets);

        d.removeCommand(properties);
        assertEquals(1, ping.ungets);
        assertEquals(List.of("error: unknown command: ping", "error"), run(d, "ping"));
        assertEquals(1, ping.gets);
    }

    @Test
    void anUpdatedCommandReleasesTheOldInstanceAndAnUnusedOneIsNeverGot() {
        CommandDispatcherComponent d = new CommandDispatcherComponent(unused(Reactor.class),
                unused(ConfigurationService.class));
        CountingObjects first = new CountingObjects();
        Map<String, Object> properties = Map.of("service.id", 9L, Command.NAME, "ping");
        d.addCommand(first, properties);
        assertEquals(List.of("ran", "done"), run(d, "ping"));
        CountingObjects second = new CountingObjects();
        d.updatedCommand(second, properties);
        assertEquals(1, first.ungets);
        assertEquals(List.of("ran", "done"), run(d, "ping"));
        assertEquals(1, second.gets);

        CountingObjects idle = new CountingObjects();
        Map<String, Object> idleProperties = Map.of("service.id", 10L, Command.NAME, "idle");
        d.addCommand(idle, idleProperties);
        d.removeCommand(idleProperties);
        assertEquals(0, idle.gets);
        assertEquals(0, idle.ungets);
    }
}
