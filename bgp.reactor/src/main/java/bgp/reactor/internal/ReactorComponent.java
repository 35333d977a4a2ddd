package bgp.reactor.internal;

import bgp.codec.MessageCodec;
import bgp.reactor.ExabgpEnvironment;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerListener;
import bgp.reactor.Reactor;
import bgp.rib.RibFactory;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link Reactor} service: a {@link BgpReactor} configured from PID {@value #PID} (or ExaBGP's environment),
 * each peer published as a {@link Peer} service whose properties follow its state, and the {@link PeerListener}
 * whiteboard. Service registrations are updated off the event loops. Immediate: the sessions live here, so the
 * component must not be disposed when its last user goes away (as a delayed component would be, e.g. while
 * {@code bgp.config} and {@code bgp.api.command} are both being updated).
 */
@Component(service = Reactor.class, configurationPid = ReactorComponent.PID, immediate = true)
@Designate(ocd = ReactorConfig.class)
public final class ReactorComponent implements Reactor {
    static final String PID = "bgp.reactor";

    private final BundleContext context;
    private final BgpReactor reactor;
    private final Map<Peer, ServiceRegistration<Peer>> registrations = new ConcurrentHashMap<>();
    private final ExecutorService registrar = Executors.newSingleThreadExecutor(new NamedThreadFactory("bgp-peers"));

    @Activate
    public ReactorComponent(BundleContext context, ReactorConfig config, @Reference MessageCodec codec,
                            @Reference RibFactory ribs) {
        this.context = context;
        this.reactor = new BgpReactor(codec, ribs, options(config,
                ExabgpEnvironment.of(context::getProperty, System.getenv())));
        reactor.observeStates(p -> registrar.execute(() -> updateRegistration(p)));
    }

    /**
     * The reactor's options: the configuration's values, else ExaBGP's environment settings ({@code tcp.bind},
     * {@code tcp.port}, {@code bgp.openwait}, {@code bgp.passive}, {@code tcp.attempts}, {@code tcp.once}), else
     * ExaBGP's defaults.
     *
     * @throws IllegalArgumentException naming a setting whose value is invalid
     */
    static BgpReactor.Options options(ReactorConfig config, ExabgpEnvironment env) {
        List<String> listen = config.listen().length > 0 ? Arrays.asList(config.listen())
                : env.get("tcp", "bind").map(v -> Arrays.asList(v.split("[ ,]+"))).orElse(List.of());
        int port = config.port() > 0 ? config.port() : env.integer("tcp", "port", Neighbor.BGP_PORT, 1, 65535);
        int openWait = config.openwait() > 0 ? config.openwait()
                : env.integer("bgp", "openwait", BgpReactor.Options.DEFAULT_OPEN_WAIT, 1, 65535);
        int attempts = env.integer("tcp", "attempts", 0, 0, Integer.MAX_VALUE);
        if (env.bool("tcp", "once", false)) {
            attempts = 1;
        }
        return new BgpReactor.Options(listen, port, config.threads(), openWait, env.bool("bgp", "passive", false),
                attempts);
    }

    @Deactivate
    void deactivate() {
        reactor.close();
        registrar.shutdown();
        try {
            registrar.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        registrations.values().forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(PeerListener listener) {
        reactor.addListener(listener);
    }

    void removeListener(PeerListener listener) {
        reactor.removeListener(listener);
    }

    private static Dictionary<String, Object> dictionary(Peer p) {
        return new Hashtable<>(p.properties());
    }

    private void updateRegistration(Peer p) {
        ServiceRegistration<Peer> reg = registrations.get(p);
        if (reg != null) {
            try {
                reg.setProperties(dictionary(p));
            } catch (IllegalStateException unregistered) {
                registrations.remove(p);
            }
        }
    }

    @Override
    public Peer addPeer(Neighbor neighbor, Consumer<? super Peer> prepare) {
        Peer p = reactor.addPeer(neighbor, prepare);
        registrations.put(p, context.registerService(Peer.class, p, dictionary(p)));
        // a state change between computing those properties and storing the registration found no registration
        // to update: bring the properties up to date, in order with the changes still to come
        registrar.execute(() -> updateRegistration(p));
        return p;
    }

    @Override
    public void removePeer(String peerAddress) {
        Optional<Peer> p = reactor.peer(peerAddress);
        reactor.removePeer(peerAddress);
        p.map(registrations::remove).ifPresent(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException already) {
                // the framework is stopping
            }
        });
    }

    @Override
    public void teardown(String peerAddress, int subcode, String communication) {
        reactor.teardown(peerAddress, subcode, communication);
    }

    @Override
    public void batch(Runnable work) {
        reactor.batch(work);
    }

    @Override
    public List<Peer> peers() {
        return reactor.peers();
    }

    @Override
    public Optional<Peer> peer(String peerAddress) {
        return reactor.peer(peerAddress);
    }

    @Override
    public List<String> listening() {
        return reactor.listening();
    }
}
