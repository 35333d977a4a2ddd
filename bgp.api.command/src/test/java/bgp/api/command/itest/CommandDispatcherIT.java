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
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
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

    @InjectService(timeout = 5000)
    ConfigurationAdmin cm;

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
                        + "| attributes ... nlri ... | flow route ... | vpls ... | eor [<afi> <safi>] | route-refresh <afi> <safi> | watchdog <name>",
                "[neighbor <ip>] clear - clear adj-rib in|out: forget received routes / withdraw sent ones",
                "[neighbor <ip>] create - add a dynamic peer: local-ip <ip> local-as <asn> peer-as <asn> router-id <ip> "
                        + "[family-allowed <afi-safi>/...|in-open] create [persist]",
                "[neighbor <ip>] delete - remove peers (Cease, peer de-configured)",
                "[neighbor <ip>] flush - flush adj-rib out: send the Adj-RIB-Out again",
                "group - group start ... group end: the commands between run at group end, their routes sent as one "
                        + "batch (API programs)",
                "help - list the commands",
                "reload - read the configuration file again and apply the difference",
                "restart - reload the configuration file and restart every session",
                "[neighbor <ip>] show - show neighbor [summary|extensive|configuration] [<ip>] [json] | "
                        + "show adj-rib in|out [extensive] [<ip>] [json]",
                "shutdown - stop the speaker: a Cease (administrative shutdown) to every peer, then exit",
                "[neighbor <ip>] teardown - close sessions with a Cease [<subcode> [<text>]]",
                "version - show the version of the speaker",
                "[neighbor <ip>] withdraw - withdraw route <prefix> | ipv4|ipv6 <safi> <prefix> | attributes ... nlri ..."
                        + " | flow route ... | vpls ... | watchdog <name>",
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
            assertEquals("Peer            AS        up/down state       |     #sent     #recvd",
                    session.execute("bgp:show neighbor summary"));
            assertEquals("bgp " + apiBundleVersion(), session.execute("bgp:run version"));
        }
    }

    /** The functions of the Gogo service of scope bgp (there is exactly one). */
    private List<String> gogoFunctions() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(osgi.command.scope=bgp)");
        assertEquals(1, refs == null ? 0 : refs.length, "one Gogo service of scope bgp");
        return List.of((String[]) refs[0].getProperty("osgi.command.function"));
    }

    @Test
    void theGogoFunctionsFollowTheCommandsAsTheyComeAndGo() throws Exception {
        List<String> before = gogoFunctions();
        assertTrue(before.containsAll(List.of("announce", "create", "delete", "help", "show", "shutdown", "version",
                "run")), before.toString());
        assertTrue(!before.contains("greet"));
        assertEquals("run", before.get(before.size() - 1));

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Command.NAME, "greet");
        ServiceRegistration<Command> registration = context.registerService(Command.class,
                (request, out) -> out.println("hello " + String.join(" ", request.arguments())), properties);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>(before.subList(0, before.size() - 1));
            names.add("greet");
            List<String> with = new java.util.ArrayList<>(names);
            with.add("run");
            assertEquals(with, gogoFunctions());
            assertEquals("hello world", session.execute("bgp:greet world"));
        } finally {
            registration.unregister();
        }
        assertEquals(before, gogoFunctions());
        try (CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Exception gone = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> session.execute("bgp:greet world"));
            assertTrue(gone.getMessage().contains("greet"), gone.getMessage());
        }
    }

    @Test
    void createPersistIsStoredInConfigAdminSurvivesAReloadAndDeleteRemovesIt() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("speaker", ".conf");
        try {
            java.nio.file.Files.writeString(file, "neighbor 127.0.0.66 { router-id 10.0.0.1; local-address 127.0.0.1;"
                    + " local-as 65001; peer-as 65066; passive; }\n");
            configuration.getService().load(file);
            assertEquals(List.of("done"), dispatcher.dispatch("neighbor 127.0.0.67 local-ip 127.0.0.1 local-as 65001 "
                    + "peer-as 65067 router-id 10.0.0.1 family-allowed ipv4-unicast/ipv6-unicast create persist"));
            Configuration[] stored = cm.listConfigurations("(&(service.factoryPid=bgp.neighbor)"
                    + "(peer.address=127.0.0.67))");
            assertEquals(1, stored == null ? 0 : stored.length);
            assertEquals(65067L, stored[0].getProperties().get("peer.as"));
            assertEquals("create persist", stored[0].getProperties().get("bgp.created.by"));
            assertTrue(reactor.getService().peer("127.0.0.67").isPresent());
            assertEquals(false, reactor.getService().peer("127.0.0.67").get().neighbor().dynamic());
            assertEquals(List.of("error: peer already exists: 127.0.0.67", "error"), dispatcher.dispatch(
                    "neighbor 127.0.0.67 local-ip 127.0.0.1 local-as 65001 peer-as 65067 router-id 10.0.0.1 create persist"));

            // a reload removes dynamic peers and leaves the stored one alone
            assertEquals(List.of("done"), dispatcher.dispatch("neighbor 127.0.0.68 local-ip 127.0.0.1 local-as 65001 "
                    + "peer-as 65068 router-id 10.0.0.1 create"));
            assertEquals(List.of("reload: 0 added, 1 removed, 0 restarted, 0 with new routes, 1 unchanged", "done"),
                    dispatcher.dispatch("reload"));
            assertEquals(List.of("127.0.0.66", "127.0.0.67"), reactor.getService().peers().stream()
                    .map(p -> p.neighbor().peerAddress()).sorted().toList());

            assertEquals(List.of("done"), dispatcher.dispatch("neighbor 127.0.0.67 delete"));
            assertEquals(null, cm.listConfigurations("(service.factoryPid=bgp.neighbor)"));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (reactor.getService().peer("127.0.0.67").isPresent() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(List.of("127.0.0.66"), reactor.getService().peers().stream()
                    .map(p -> p.neighbor().peerAddress()).toList());
        } finally {
            dispatcher.dispatch("neighbor * delete");
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
