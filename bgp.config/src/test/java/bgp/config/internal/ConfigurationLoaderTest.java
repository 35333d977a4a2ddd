package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.internal.BuiltinCodecs;
import bgp.config.ConfigException;
import bgp.config.LoadResult;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running a configuration in a real reactor, and reloading it: each kind of difference. */
class ConfigurationLoaderTest {
    @TempDir
    Path dir;
    BgpReactor reactor;
    ConfigurationComponent service;

    @BeforeEach
    void start() {
        reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(), 0, 1));
        service = new ConfigurationComponent(reactor, "");
    }

    @AfterEach
    void stop() {
        reactor.close();
    }

    /** A passive neighbor (no connection attempt) with its static routes. */
    static String neighbor(String address, int holdTime, String... routes) {
        StringBuilder sb = new StringBuilder("neighbor " + address + " {\n  router-id 10.0.0.1;\n"
                + "  local-address 127.0.0.1;\n  local-as 65001;\n  peer-as 65002;\n  hold-time " + holdTime
                + ";\n  passive;\n  family { ipv4 unicast; }\n  static {\n");
        for (String r : routes) {
            sb.append("    route ").append(r).append(" next-hop 192.0.2.1;\n");
        }
        return sb.append("  }\n}\n").toString();
    }

    Path file(String name, String... neighbors) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", neighbors));
        return f;
    }

    static List<String> out(Peer p) {
        List<String> routes = new ArrayList<>();
        p.visitAdjRibOut((nlri, set) -> routes.add(nlri.toString()));
        routes.sort(null);
        return routes;
    }

    Peer peer(String address) {
        return reactor.peer(address).orElseThrow();
    }

    @Test
    void loadStartsTheNeighborsWithTheirRoutes() throws Exception {
        Path f = file("a.conf", neighbor("127.0.0.2", 180, "10.1.0.0/24", "10.1.1.0/24"), neighbor("127.0.0.3", 180));
        LoadResult r = service.load(f);
        assertEquals(List.of("127.0.0.2", "127.0.0.3"), r.added());
        assertEquals(List.of("10.1.0.0/24", "10.1.1.0/24"), out(peer("127.0.0.2")));
        assertEquals(f, service.file().orElseThrow());
    }

    @Test
    void reloadAppliesEachKindOfDifference() throws Exception {
        Path f = file("a.conf",
                neighbor("127.0.0.2", 180, "10.1.0.0/24", "10.1.1.0/24"),   // its routes will change
                neighbor("127.0.0.3", 180),                                  // its hold time will change
                neighbor("127.0.0.4", 180),                                  // will be removed
                neighbor("127.0.0.5", 180, "10.5.0.0/24"));                  // stays as it is
        service.load(f);
        Peer routes = peer("127.0.0.2");
        Peer session = peer("127.0.0.3");
        Peer untouched = peer("127.0.0.5");
        reactor.addPeer(Neighbor.builder("127.0.0.9").localAs(65001).peerAs(65009).routerId("10.0.0.1")
                .passive(true).dynamic(true).build());

        Files.writeString(f, String.join("\n",
                neighbor("127.0.0.2", 180, "10.1.1.0/24", "10.1.2.0/24"),
                neighbor("127.0.0.3", 90),
                neighbor("127.0.0.5", 180, "10.5.0.0/24"),
                neighbor("127.0.0.6", 180)));                                // new
        LoadResult r = service.reload();
        assertEquals(List.of("127.0.0.6"), r.added());
        assertEquals(List.of("127.0.0.4", "127.0.0.9"), r.removed().stream().sorted().toList());
        assertEquals(List.of("127.0.0.3"), r.restarted());
        assertEquals(List.of("127.0.0.2"), r.routesChanged());
        assertEquals(List.of("127.0.0.5"), r.unchanged());

        assertSame(routes, peer("127.0.0.2"), "only routes changed: the session stays");
        assertEquals(List.of("10.1.1.0/24", "10.1.2.0/24"), out(peer("127.0.0.2")));
        assertNotSame(session, peer("127.0.0.3"), "a session parameter changed: restarted");
        assertEquals(90, peer("127.0.0.3").neighbor().holdTime());
        assertSame(untouched, peer("127.0.0.5"));
        assertTrue(reactor.peer("127.0.0.4").isEmpty());
        assertTrue(reactor.peer("127.0.0.9").isEmpty(), "dynamic peers are ephemeral");
    }

    @Test
    void aFileWithAnErrorChangesNothing() throws Exception {
        Path f = file("a.conf", neighbor("127.0.0.2", 180, "10.1.0.0/24"));
        service.load(f);
        Peer before = peer("127.0.0.2");
        Files.writeString(f, neighbor("127.0.0.2", 180, "10.1.0.0/24") + "neighbor 127.0.0.3 { hold-tme 5; }\n");
        ConfigException e = assertThrows(ConfigException.class, () -> service.reload());
        assertTrue(e.getMessage().contains("a.conf:13:"), e.getMessage());
        assertSame(before, peer("127.0.0.2"));
        assertEquals(1, reactor.peers().size());
    }

    @Test
    void reconcilingAfterAnUpdateKeepsDynamicPeers() throws Exception {
        Path f = file("a.conf", neighbor("127.0.0.2", 180));
        reactor.addPeer(Neighbor.builder("127.0.0.9").localAs(65001).peerAs(65009).routerId("10.0.0.1")
                .passive(true).dynamic(true).build());
        ConfigurationLoader fresh = new ConfigurationLoader(reactor);
        LoadResult r = fresh.apply(ConfigReader.read(f), false);
        assertEquals(List.of("127.0.0.2"), r.added());
        assertEquals(List.of(), r.removed());
        assertTrue(reactor.peer("127.0.0.9").isPresent());
    }
}
