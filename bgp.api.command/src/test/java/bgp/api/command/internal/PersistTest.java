package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.Command;
import bgp.codec.Family;
import bgp.reactor.Neighbor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code create ... persist} and {@code delete} with a store: the peer is stored, not added by the command, and
 * appears when the store's runner starts it; delete removes the stored configuration and the peer. The Config Admin
 * properties of a neighbor are bgp.config's. (In Felix with Config Admin: CommandDispatcherIT.)
 */
class PersistTest {
    final FakeReactor reactor = new FakeReactor();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    /** Stores in memory; "runs" what it stores (adds the peer from another thread) when {@code runs} is set. */
    final class MemoryStore implements NeighborStore {
        final List<Neighbor> stored = new ArrayList<>();
        boolean runs = true;

        @Override
        public synchronized boolean contains(String peerAddress) {
            return stored.stream().anyMatch(n -> n.peerAddress().equals(peerAddress));
        }

        @Override
        public synchronized void store(Neighbor neighbor) {
            ConfigAdminNeighborStore.properties(neighbor); // what Config Admin would refuse, refused here
            stored.add(neighbor);
            log.add("store " + neighbor.peerAddress());
            if (runs) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (reactor) {
                        reactor.addPeer(neighbor);
                    }
                });
                t.start();
            }
        }

        @Override
        public synchronized int delete(String peerAddress) throws IOException {
            int before = stored.size();
            stored.removeIf(n -> n.peerAddress().equals(peerAddress));
            log.add("delete " + peerAddress);
            return before - stored.size();
        }
    }

    final MemoryStore store = new MemoryStore();
    final CommandTable api = new CommandTable();

    PersistTest() {
        api.add(Map.of(Command.NAME, "create", Command.NEIGHBOR, true, "service.id", 1L),
                new CreateCommand(reactor, store, Duration.ofMillis(500)));
        api.add(Map.of(Command.NAME, "delete", Command.NEIGHBOR, true, "service.id", 2L),
                new DeleteCommand(reactor, store));
    }

    static final String CREATE = "neighbor 127.0.0.2 local-ip 127.0.0.1 local-as 65001 peer-as 65002 "
            + "router-id 10.0.0.1 family-allowed ipv4-unicast/ipv6-unicast graceful-restart 120 create";

    @Test
    void createPersistStoresThePeerAndWaitsForItToStart() {
        assertEquals(List.of("done"), api.dispatch(CREATE + " persist"));
        assertEquals(List.of("store 127.0.0.2"), log);
        assertEquals(List.of(), reactor.calls.stream().filter(c -> !c.equals("add 127.0.0.2")).toList(),
                "the command itself adds nothing: the store's runner does, once");
        assertEquals(List.of("add 127.0.0.2"), reactor.calls);
        Neighbor n = store.stored.get(0);
        assertFalse(n.dynamic(), "a stored peer is the configuration's, not a dynamic one");
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST), n.families());
        assertEquals(120, n.gracefulRestartTime());

        assertEquals(List.of("error: peer already exists: 127.0.0.2", "error"), api.dispatch(CREATE + " persist"));
        assertEquals(1, store.stored.size());

        assertEquals(List.of("done"), api.dispatch("neighbor 127.0.0.2 delete"));
        assertEquals(List.of("store 127.0.0.2", "delete 127.0.0.2"), log);
        assertEquals(List.of(), store.stored);
        assertEquals(List.of("add 127.0.0.2", "remove 127.0.0.2"), reactor.calls);
    }

    @Test
    void aStoredPeerThatDoesNotStartIsDeletedAgainAndTheAnswerIsAnError() {
        store.runs = false;
        assertEquals(List.of("error: the stored peer did not start within 0 s (is bgp.config running?); its "
                + "configuration was deleted", "error"), api.dispatch(CREATE + " persist"));
        assertEquals(List.of("store 127.0.0.2", "delete 127.0.0.2"), log);
        assertEquals(List.of(), store.stored);
        assertEquals(List.of(), reactor.calls);
    }

    @Test
    void badFormsChangeNothing() {
        assertEquals(List.of("error: unknown parameter: forever", "error"), api.dispatch(CREATE + " persist forever"));
        assertEquals(List.of("error: unknown parameter: forever", "error"), api.dispatch(CREATE + " forever"));
        assertEquals(List.of("error: invalid ASN 4294967296", "error"),
                api.dispatch(CREATE.replace("peer-as 65002", "peer-as 4294967296") + " persist"));
        assertEquals(List.of(), log);
        assertEquals(List.of(), reactor.calls);
        CommandTable noStore = new CommandTable();
        noStore.add(Map.of(Command.NAME, "create", Command.NEIGHBOR, true, "service.id", 1L),
                new CreateCommand(reactor));
        assertEquals(List.of("error: persist needs Config Admin, which is not running", "error"),
                noStore.dispatch(CREATE + " persist"));
        assertEquals(List.of(), reactor.calls);
    }

    @Test
    void configAdminPropertiesAreThoseOfBgpConfigsNeighbor() {
        Neighbor n = Neighbor.builder("2001:db8::2").localAddress("2001:db8::1").localAs(65001).peerAs(65002)
                .routerId("10.0.0.1").families(Set.of(Family.IPV6_UNICAST, Family.IPV4_UNICAST)).gracefulRestart(90)
                .build();
        Dictionary<String, Object> d = ConfigAdminNeighborStore.properties(n);
        assertEquals("2001:db8::2", d.get("peer.address"));
        assertEquals("2001:db8::1", d.get("local.address"));
        assertEquals(65001L, d.get("local.as"));
        assertEquals(65002L, d.get("peer.as"));
        assertEquals("10.0.0.1", d.get("router.id"));
        assertEquals(List.of("ipv4-unicast", "ipv6-unicast"), List.of((String[]) d.get("families")));
        assertEquals(180, d.get("hold.time"));
        assertEquals(90, d.get("graceful.restart"));
        assertEquals(false, d.get("passive"));
        assertEquals(179, d.get("port"));
        assertEquals("create persist", d.get("bgp.created.by"));
        assertEquals(11, d.size());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConfigAdminNeighborStore.properties(n.toBuilder().maxPrefixes(10).build())).getMessage()
                .startsWith("persist keeps addresses"));
    }
}
