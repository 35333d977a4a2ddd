package bgp.api.command.internal.process;

import bgp.log.AreaLogger;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.internal.json.ExabgpJson;
import bgp.config.ApiConfig;
import bgp.config.Configuration;
import bgp.config.ConfigurationService;
import bgp.config.NeighborConfig;
import bgp.config.ProcessConfig;
import bgp.reactor.ExabgpEnvironment;
import bgp.reactor.PeerEvent;
import bgp.reactor.Peer;
import bgp.reactor.PeerListener;
import bgp.reactor.PeerState;
import bgp.reactor.Reactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The process API: starts the configuration's {@code process} programs (argv without a shell, in the configuration
 * file's folder), runs what they write through the {@link CommandDispatcher}, and, as a {@link PeerListener}, sends
 * each program the events its neighbors' {@code api} blocks subscribe it to, with its encoder: ExaBGP's JSON, or
 * ExaBGP's text lines ({@link TextEncoder}). At exit every program gets a shutdown notice.
 *
 * <p>It registers itself as a {@link PeerListener} once active, rather than being a delayed service: the reactor's
 * listener reference would otherwise activate it while the reactor itself is being activated (a cycle through the
 * configuration service).
 */
@Component(immediate = true, service = {})
public final class ProcessManager implements PeerListener, AutoCloseable {
    private static final AreaLogger LOG = AreaLogger.of(ProcessManager.class, AreaLogger.API);
    /** Lines buffered per program before its events are dropped and counted (see {@link ApiProcess}). */
    static final int BUFFER = 100_000;
    /** ExaBGP's respawn limit. */
    static final int RESPAWNS = 5;

    private final ExabgpJson json = ExabgpJson.system();
    private final Map<String, Running> processes = new LinkedHashMap<>();
    private final Configuration configuration;
    /** The programs each {@code api} block names or matches, found once (the programs are fixed once started). */
    private final Map<ApiConfig, List<String>> targets = new java.util.IdentityHashMap<>();
    /** The configuration's neighbors by peer address, for the events (one lookup per event, not a scan). */
    private final Map<String, NeighborConfig> neighbors = new java.util.HashMap<>();

    private record Running(ApiProcess process, boolean text) {
    }

    private org.osgi.framework.ServiceRegistration<PeerListener> registration;

    @Activate
    public ProcessManager(org.osgi.framework.BundleContext context, @Reference ConfigurationService configuration,
                          @Reference CommandDispatcher dispatcher, @Reference Reactor reactor) {
        this(configuration.current(), dispatcher, ExabgpEnvironment.of(context::getProperty, System.getenv()));
        registration = context.registerService(PeerListener.class, this, null);
        replayEstablished(reactor);
    }

    /**
     * Tell the programs of the sessions that came up before they could hear it: an {@code up} event for every peer
     * already Established (the configuration's neighbors can connect before this component is active; ExaBGP starts
     * its programs first). Call it once the listener is registered; a session that comes up in between may be
     * reported twice.
     */
    public void replayEstablished(Reactor reactor) {
        for (Peer p : reactor.peers()) {
            if (p.state() == PeerState.ESTABLISHED) {
                onEvent(new PeerEvent.StateChanged(p.neighbor(), PeerState.OPEN_CONFIRM, PeerState.ESTABLISHED,
                        "established before the programs started"));
            }
        }
    }

    /** Outside a framework: the processes of a configuration. */
    public ProcessManager(Optional<Configuration> configuration, CommandDispatcher dispatcher) {
        this(configuration, dispatcher, ExabgpEnvironment.system());
    }

    /**
     * Outside a framework, with ExaBGP's environment settings from {@code env}: {@code exabgp.api.ack} (default true)
     * says whether the programs start with {@code done}/{@code error} answers on.
     *
     * @throws IllegalArgumentException {@code invalid exabgp.api.ack '<v>', expected true or false}
     */
    public ProcessManager(Optional<Configuration> configuration, CommandDispatcher dispatcher, ExabgpEnvironment env) {
        boolean acks = env.bool("api", "ack", true);
        this.configuration = configuration.orElse(null);
        if (this.configuration == null) {
            return;
        }
        Path dir = this.configuration.source().toAbsolutePath().getParent();
        for (ProcessConfig pc : this.configuration.processes().values()) {
            ApiProcess p = new ApiProcess(pc.name(), pc.argv(), dir, dispatcher, BUFFER, pc.respawn() ? RESPAWNS : 0);
            if (!acks) {
                p.withoutAcks();
            }
            try {
                p.start();
                processes.put(pc.name(), new Running(p, "text".equals(pc.encoder())));
            } catch (IOException e) {
                LOG.error("process " + pc.name() + " could not be started: " + e.getMessage());
            }
        }
        for (NeighborConfig n : this.configuration.neighbors()) {
            neighbors.putIfAbsent(n.neighbor().peerAddress(), n);
            for (ApiConfig api : n.apis()) {
                targets.put(api, targetsOf(api));
            }
        }
    }

    /** The running programs by name. */
    public Map<String, ApiProcess> processes() {
        Map<String, ApiProcess> out = new LinkedHashMap<>();
        processes.forEach((k, v) -> out.put(k, v.process()));
        return out;
    }

    @Override
    public void onEvent(PeerEvent e) {
        if (configuration == null || processes.isEmpty()) {
            return;
        }
        NeighborConfig n = neighbors.get(e.peer().peerAddress());
        if (n == null) {
            return;
        }
        String jsonLine = null;
        for (ApiConfig api : n.apis()) {
            if (!subscribed(api, e)) {
                continue;
            }
            boolean packets = packets(api, e);
            for (String name : targets.getOrDefault(api, List.of())) {
                Running r = processes.get(name);
                if (r == null) {
                    continue;
                }
                String line;
                if (r.text()) {
                    line = TextEncoder.event(e);
                } else {
                    if (jsonLine == null || packets) {
                        jsonLine = json.event(e, packets);
                    }
                    line = jsonLine;
                }
                if (line != null) {
                    r.process().event(line);
                }
            }
        }
    }

    private List<String> targetsOf(ApiConfig api) {
        List<String> out = new ArrayList<>(api.processes());
        for (String regex : api.processesMatch()) {
            Pattern p = Pattern.compile(regex);
            for (String name : processes.keySet()) {
                if (p.matcher(name).find() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static boolean packets(ApiConfig api, PeerEvent e) {
        var set = e instanceof PeerEvent.OpenMessage o && !o.received() ? api.send() : api.receive();
        return set.contains(ApiConfig.Message.PACKETS) || set.contains(ApiConfig.Message.CONSOLIDATE);
    }

    /** Whether an {@code api} block asks for this event (ExaBGP's subscriptions are opt-in). */
    static boolean subscribed(ApiConfig api, PeerEvent e) {
        if (e instanceof PeerEvent.StateChanged s) {
            String state = s.exabgpState();
            return state.equals("up") || state.equals("down") || state.equals("connected") ? api.neighborChanges()
                    : api.fsm();
        }
        if (e instanceof PeerEvent.UpdateReceived || e instanceof PeerEvent.EndOfRibReceived) {
            return api.receive().contains(ApiConfig.Message.UPDATE);
        }
        if (e instanceof PeerEvent.OpenMessage o) {
            return (o.received() ? api.receive() : api.send()).contains(ApiConfig.Message.OPEN);
        }
        if (e instanceof PeerEvent.NotificationMessage m) {
            return (m.received() ? api.receive() : api.send()).contains(ApiConfig.Message.NOTIFICATION);
        }
        if (e instanceof PeerEvent.KeepaliveReceived) {
            return api.receive().contains(ApiConfig.Message.KEEPALIVE);
        }
        if (e instanceof PeerEvent.RouteRefreshReceived) {
            return api.receive().contains(ApiConfig.Message.REFRESH);
        }
        return false;
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
        close();
    }

    @Override
    public void close() {
        String notice = json.shutdown();
        for (Running r : processes.values()) {
            r.process().shutdown(r.text() ? TextEncoder.shutdown() : notice);
        }
        processes.clear();
    }
}
