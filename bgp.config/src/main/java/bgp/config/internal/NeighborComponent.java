package bgp.config.internal;

import bgp.log.AreaLogger;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A neighbor from Config Admin (factory PID {@value #PID}, one configuration per neighbor). The peer belongs to the
 * reactor: when this component goes away because its bundle is updated or stopped, the peer and its session stay;
 * only deleting the configuration removes the peer. A changed configuration restarts the peer only when the
 * neighbor it describes differs. A configuration file's (re)load leaves these peers alone
 * ({@link ConfigAdminNeighbors}).
 */
@Component(configurationPid = NeighborComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = NeighborDefinition.class, factory = true)
public final class NeighborComponent {
    static final String PID = "bgp.neighbor";
    private static final AreaLogger LOG = AreaLogger.of(NeighborComponent.class, AreaLogger.CONFIG);

    private final Reactor reactor;
    private Neighbor neighbor;

    @Activate
    public NeighborComponent(@Reference Reactor reactor, NeighborDefinition definition) {
        this.reactor = reactor;
        apply(neighbor(definition));
    }

    @Modified
    void modified(NeighborDefinition definition) {
        apply(neighbor(definition));
    }

    @Deactivate
    void deactivate(int reason) {
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED
                || reason == ComponentConstants.DEACTIVATION_REASON_DISABLED) {
            ConfigAdminNeighbors.remove(neighbor.peerAddress());
            remove(neighbor.peerAddress());
        }
    }

    /** Run {@code next}, keeping an identical running peer (e.g. after an update of this bundle). */
    private synchronized void apply(Neighbor next) {
        Optional<Peer> running = reactor.peer(next.peerAddress());
        if (neighbor != null && !neighbor.peerAddress().equals(next.peerAddress())) {
            ConfigAdminNeighbors.remove(neighbor.peerAddress());
            remove(neighbor.peerAddress());
        }
        ConfigAdminNeighbors.add(next.peerAddress());
        if (running.isPresent() && running.get().neighbor().equals(next)) {
            neighbor = next;
            return;
        }
        if (running.isPresent()) {
            reactor.removePeer(next.peerAddress());
        }
        reactor.addPeer(next);
        neighbor = next;
        LOG.info(() -> "Config Admin neighbor " + next.peerAddress() + " running");
    }

    private void remove(String address) {
        try {
            reactor.removePeer(address);
        } catch (IllegalArgumentException alreadyGone) {
            // removed by other means (a reload, the API)
        }
    }

    /**
     * The neighbor a configuration describes.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static Neighbor neighbor(NeighborDefinition d) {
        Set<Family> families = new LinkedHashSet<>();
        for (String f : d.families()) {
            int dash = f.indexOf('-');
            int afi = dash > 0 ? Family.afiCode(f.substring(0, dash)) : -1;
            int safi = dash > 0 ? Family.safiCode(f.substring(dash + 1)) : -1;
            if (afi < 0 || safi < 0) {
                throw new IllegalArgumentException("invalid family " + f + ", expected <afi>-<safi>");
            }
            families.add(new Family(afi, safi));
        }
        Neighbor.Builder b = Neighbor.builder(d.peer_address()).localAs(d.local_as()).peerAs(d.peer_as())
                .families(families).holdTime(d.hold_time()).passive(d.passive()).port(d.port());
        if (!d.local_address().isBlank()) {
            b.localAddress(d.local_address());
        }
        if (!d.router_id().isBlank()) {
            b.routerId(d.router_id());
        }
        if (!d.md5_password().isEmpty()) {
            b.md5Password(d.md5_password());
        }
        if (d.graceful_restart() >= 0) {
            b.gracefulRestart(d.graceful_restart());
        }
        return b.build();
    }
}
