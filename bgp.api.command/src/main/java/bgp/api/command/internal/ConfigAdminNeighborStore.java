package bgp.api.command.internal;

import bgp.codec.Family;
import bgp.reactor.Neighbor;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link NeighborStore} in Config Admin: one configuration of the factory PID {@value #FACTORY_PID} per peer,
 * with the properties bgp.config's Config Admin neighbor reads ({@code peer.address}, {@code local.address},
 * {@code local.as}, {@code peer.as}, {@code router.id}, {@code families}, {@code hold.time},
 * {@code graceful.restart}, {@code passive}, {@code port}) and {@value #CREATED_BY} naming the command. Created with
 * the location {@code ?} so that any bundle (bgp.config, updated or not) may use it. Config Admin persists it: the
 * peer comes back when the speaker restarts.
 */
@Component(service = NeighborStore.class)
public final class ConfigAdminNeighborStore implements NeighborStore {
    static final String FACTORY_PID = "bgp.neighbor";
    static final String CREATED_BY = "bgp.created.by";
    private static final String FILTER = "(service.factoryPid=" + FACTORY_PID + ")";

    private final ConfigurationAdmin cm;

    @Activate
    public ConfigAdminNeighborStore(@Reference ConfigurationAdmin cm) {
        this.cm = cm;
    }

    @Override
    public boolean contains(String peerAddress) throws IOException {
        return !of(peerAddress).isEmpty();
    }

    @Override
    public void store(Neighbor n) throws IOException {
        cm.createFactoryConfiguration(FACTORY_PID, "?").update(properties(n));
    }

    @Override
    public int delete(String peerAddress) throws IOException {
        List<Configuration> found = of(peerAddress);
        for (Configuration c : found) {
            c.delete();
        }
        return found.size();
    }

    private List<Configuration> of(String peerAddress) throws IOException {
        Configuration[] all;
        try {
            all = cm.listConfigurations(FILTER);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (all == null) {
            return List.of();
        }
        List<Configuration> out = new java.util.ArrayList<>();
        for (Configuration c : all) {
            Dictionary<String, Object> p = c.getProperties();
            Object a = p == null ? null : p.get("peer.address");
            if (a instanceof String s && sameAddress(s, peerAddress)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean sameAddress(String stored, String peerAddress) {
        try {
            return Neighbor.canonicalAddress(stored).equals(peerAddress);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /**
     * The configuration properties of a neighbor.
     *
     * @throws IllegalArgumentException for a setting bgp.config's Config Admin neighbor has no property for
     */
    static Dictionary<String, Object> properties(Neighbor n) {
        if (!n.addPathSend().isEmpty() || !n.addPathReceive().isEmpty() || n.md5Password().isPresent()
                || n.maxPrefixes() != 0 || n.outgoingTtl() != 0 || n.incomingTtl() != 0) {
            throw new IllegalArgumentException("persist keeps addresses, AS numbers, router-id, families, hold-time,"
                    + " graceful-restart, passive and port only");
        }
        Dictionary<String, Object> d = new Hashtable<>();
        d.put("peer.address", n.peerAddress());
        n.localAddress().ifPresent(a -> d.put("local.address", a));
        d.put("local.as", n.localAs());
        d.put("peer.as", n.peerAs());
        n.routerId().ifPresent(id -> d.put("router.id", id));
        d.put("families", n.families().stream().sorted(java.util.Comparator.comparingInt(Family::afi)
                .thenComparingInt(Family::safi)).map(f -> Family.afiName(f.afi()) + "-" + Family.safiName(f.safi()))
                .toArray(String[]::new));
        d.put("hold.time", n.holdTime());
        d.put("graceful.restart", n.gracefulRestartTime());
        d.put("passive", n.passive());
        d.put("port", n.port());
        d.put(CREATED_BY, "create persist");
        return d;
    }
}
