package bgp.reactor.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.reactor.Neighbor;
import bgp.reactor.Reactor;
import bgp.rib.RibFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** In a real Felix with SCR: bgp.reactor registers Reactor, wired to bgp.rib's RibFactory and bgp.codec's codec. */
@ExtendWith(ServiceExtension.class)
class ReactorIT {
    private static final Neighbor PEER = new Neighbor("127.0.0.2", "127.0.0.1", 65000, 65001, "127.0.0.1",
            Set.of(Family.IPV4_UNICAST));

    @InjectService(timeout = 5000)
    Reactor reactor;

    @InjectService(timeout = 5000)
    ServiceAware<RibFactory> ribs;

    @InjectService(timeout = 5000)
    ServiceAware<MessageCodec> codec;

    @InjectService(timeout = 5000)
    ServiceComponentRuntime scr;

    @AfterEach
    void removePeers() {
        reactor.peers().forEach(n -> reactor.removePeer(n.peerAddress()));
    }

    @Test
    void theReactorIsActiveAndBoundToTheRibFactoryAndTheCodec() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("bgp.reactor.internal.ReactorComponent")).findFirst().orElseThrow();
        assertEquals("bgp.reactor", description.bundle.symbolicName);
        ComponentConfigurationDTO config = scr.getComponentConfigurationDTOs(description).iterator().next();
        assertEquals(ComponentConfigurationDTO.ACTIVE, config.state);
        // reference name -> interface, and reference name -> the id of the service bound to it
        Map<String, String> interfaces = Arrays.stream(description.references)
                .collect(Collectors.toMap(r -> r.name, r -> r.interfaceName));
        Map<String, Object> bound = Arrays.stream(config.satisfiedReferences)
                .collect(Collectors.toMap(r -> interfaces.get(r.name), r -> r.boundServices[0].id));
        assertEquals(ribs.getServiceReference().getProperty("service.id"), bound.get(RibFactory.class.getName()));
        assertEquals("bgp.rib", ribs.getServiceReference().getBundle().getSymbolicName());
        assertEquals(codec.getServiceReference().getProperty("service.id"), bound.get(MessageCodec.class.getName()));
        assertEquals("bgp.codec", codec.getServiceReference().getBundle().getSymbolicName());
    }

    @Test
    void addsListsAndRemovesPeers() {
        reactor.addPeer(PEER);
        assertEquals(List.of(PEER), reactor.peers());
        reactor.removePeer("127.0.0.2");
        assertEquals(List.of(), reactor.peers());
    }

    @Test
    void refusesADuplicateAndAnUnknownPeer() {
        reactor.addPeer(PEER);
        assertEquals("peer already exists: 127.0.0.2",
                assertThrows(IllegalArgumentException.class, () -> reactor.addPeer(PEER)).getMessage());
        assertEquals("unknown peer: 127.0.0.3",
                assertThrows(IllegalArgumentException.class, () -> reactor.removePeer("127.0.0.3")).getMessage());
        assertEquals(List.of(PEER), reactor.peers());
    }
}
