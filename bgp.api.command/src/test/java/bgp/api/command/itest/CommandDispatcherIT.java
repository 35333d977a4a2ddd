package bgp.api.command.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandException;
import bgp.api.command.CommandInfo;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * In a real Felix with SCR and Gogo: bgp.api.command registers the CommandDispatcher, wired to bgp.reactor's
 * Reactor and bgp.config's ConfigurationService; its built-in commands are services; a command registered by
 * anyone joins the API and leaves it with its service; the Gogo shell runs them.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class CommandDispatcherIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandDispatcher dispatcher;

    @InjectService(timeout = 5000)
    ServiceAware<CommandDispatcher> dispatcherService;

    @InjectService(timeout = 5000)
    ServiceAware<Reactor> reactor;

    @InjectService(timeout = 5000)
    ServiceAware<ConfigurationService> configuration;

    @InjectService(timeout = 5000)
    ServiceComponentRuntime scr;

    @InjectService(timeout = 5000)
    CommandProcessor gogo;

    @Test
    void theDispatcherIsActiveAndBoundToTheReactorAndTheConfiguration() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("bgp.api.command.internal.CommandDispatcherComponent"))
                .findFirst().orElseThrow();
        assertEquals("bgp.api.command", description.bundle.symbolicName);
        ComponentConfigurationDTO dto = scr.getComponentConfigurationDTOs(description).iterator().next();
        assertEquals(ComponentConfigurationDTO.ACTIVE, dto.state);
        Map<String, String> interfaces = Arrays.stream(description.references)
                .collect(Collectors.toMap(r -> r.name, r -> r.interfaceName));
        Map<String, Object> bound = Arrays.stream(dto.satisfiedReferences)
                .filter(r -> r.boundServices.length == 1)
                .collect(Collectors.toMap(r -> interfaces.get(r.name), r -> r.boundServices[0].id));
        assertEquals(reactor.getServiceReference().getProperty("service.id"), bound.get(Reactor.class.getName()));
        assertEquals("bgp.reactor", reactor.getServiceReference().getBundle().getSymbolicName());
        assertEquals(configuration.getServiceReference().getProperty("service.id"),
                bound.get(ConfigurationService.class.getName()));
        assertEquals("bgp.config", configuration.getServiceReference().getBundle().getSymbolicName());
    }

    @Test
    void versionAnswersDone() {
        assertEquals(List.of("bgp " + apiBundleVersion(), "done"), dispatcher.dispatch("version"));
    }

    /** The version of bgp.api.command, which registered the dispatcher. */
    private String apiBundleVersion() {
        assertEquals("bgp.api.command", dispatcherService.getServiceReference().getBundle().getSymbolicName());
        return dispatcherService.getServiceReference().getBundle().getVersion().toString();
    }

    @Test
    void theBuiltInCommandsAreServices() {
        assertTrue(dispatcher.commands().contains(new CommandInfo("version", false, "show the version of the speaker")));
        assertTrue(dispatcher.commands().contains(new CommandInfo("help", false, "list the commands")));
        // create and delete are registered exactly like teardown: the verb as name, the neighbor flag set
        for (String verb : List.of("create", "delete", "teardown")) {
            CommandInfo info = dispatcher.commands().stream().filter(c -> c.name().equals(verb)).findFirst()
                    .orElseThrow();
            assertTrue(info.neighbor(), verb + " takes a neighbor selector");
        }
        List<String> help = dispatcher.dispatch("help");
        assertEquals(List.of(
                "[neighbor <ip>] announce - announce route <prefix> next-hop <ip>|self [attributes] | ipv4|ipv6 <safi> ... "
                        + "| attributes ... nlri ... | flow route ... | eor [<afi> <safi>] | route-refresh <afi> <safi> | watchdog <name>",
                "[neighbor <ip>] clear - clear adj-rib in|out: forget received routes / withdraw sent ones",
                "[neighbor <ip>] create - add a dynamic peer: local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> "
                        + "[family-allowed <afi-safi>/...|in-open]",
                "[neighbor <ip>] delete - remove peers (Cease, peer de-configured)",
                "[neighbor <ip>] flush - flush adj-rib out: send the Adj-RIB-Out again",
                "help - list the commands",
                "reload - read the configuration file again and apply the difference",
                "[neighbor <ip>] teardown - close sessions with a Cease [<subcode> [<text>]]",
                "version - show the version of the speaker",
                "[neighbor <ip>] withdraw - withdraw route <prefix> | ipv4|ipv6 <safi> <prefix> | attributes ... nlri ..."
                        + " | flow route ... | watchdog <name>",
                "done"), help);
    }

    @Test
    void aCommandRegisteredByAnyBundleJoinsAndLeavesWithItsService() {
        assertEquals(List.of("error: unknown command: greet", "error"), dispatcher.dispatch("greet world"));

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Command.NAME, "greet");
        properties.put(Command.NEIGHBOR, Boolean.TRUE);
        ServiceRegistration<Command> registration = context.registerService(Command.class, (request, out) -> {
            if (request.arguments().isEmpty()) {
                throw new CommandException("greet whom?");
            }
            out.println("hello " + String.join(" ", request.arguments()));
        }, properties);
        try {
            assertTrue(dispatcher.commands().contains(new CommandInfo("greet", true, "")));
            assertEquals(List.of("hello world", "done"), dispatcher.dispatch("greet world"));
            assertEquals(List.of("error: greet whom?", "error"), dispatcher.dispatch("greet"));
        } finally {
            registration.unregister();
        }
        assertEquals(List.of("error: unknown command: greet", "error"), dispatcher.dispatch("greet world"));
    }

    @Test
    void theGogoShellRunsTheCommands() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            assertEquals("bgp " + apiBundleVersion(), session.execute("bgp:version"));
            assertEquals("error: unknown command: nothing", session.execute("bgp:run nothing at all"));
        }
    }
}
