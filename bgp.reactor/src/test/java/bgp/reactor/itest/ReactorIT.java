package bgp.reactor.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerListener;
import bgp.reactor.PeerState;
import bgp.reactor.Reactor;
import bgp.rib.RibFactory;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
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
@ExtendWith({ServiceExtension.class, BundleContextExtension.class})
class ReactorIT {
    /** A passive peer: no connection is attempted, the peer waits in Active. */
    private static final Neighbor PEER = Neighbor.builder("127.0.0.2").localAddress("127.0.0.1").localAs(65000)
            .peerAs(65001).routerId("127.0.0.1").families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST))
            .passive(true).build();

    @InjectService(timeout = 5000)
    Reactor reactor;

    @InjectService(timeout = 5000)
    ServiceAware<RibFactory> ribs;

    @InjectService(timeout = 5000)
    ServiceAware<MessageCodec> codec;

    @InjectService(timeout = 5000)
    ServiceComponentRuntime scr;

    @InjectBundleContext
    BundleContext context;

    @AfterEach
    void removePeers() {
        reactor.peers().forEach(p -> reactor.removePeer(p.neighbor().peerAddress()));
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
                .filter(r -> r.boundServices.length > 0)
                .collect(Collectors.toMap(r -> interfaces.get(r.name), r -> r.boundServices[0].id));
        assertEquals(ribs.getServiceReference().getProperty("service.id"), bound.get(RibFactory.class.getName()));
        assertEquals("bgp.rib", ribs.getServiceReference().getBundle().getSymbolicName());
        assertEquals(codec.getServiceReference().getProperty("service.id"), bound.get(MessageCodec.class.getName()));
        assertEquals("bgp.codec", codec.getServiceReference().getBundle().getSymbolicName());
    }

    @Test
    void eachPeerIsAServiceWhosePropertiesAreItsSelectorKeys() throws Exception {
        reactor.addPeer(PEER);
        ServiceReference<Peer>[] refs = waitFor("(&(bgp.peer.address=127.0.0.2)(bgp.peer.as=65001)"
                + "(bgp.peer.state=active))");
        ServiceReference<Peer> ref = refs[0];
        assertEquals("127.0.0.1", ref.getProperty(Peer.LOCAL_ADDRESS));
        assertEquals(65000L, ref.getProperty(Peer.LOCAL_AS));
        assertEquals("127.0.0.1", ref.getProperty(Peer.ROUTER_ID));
        assertEquals(List.of("ipv4-unicast", "ipv6-unicast"), List.of((String[]) ref.getProperty(Peer.FAMILIES)));
        assertEquals(false, ref.getProperty(Peer.DYNAMIC));
        reactor.removePeer("127.0.0.2");
        assertNull(context.getServiceReferences(Peer.class.getName(), "(bgp.peer.address=127.0.0.2)"));
    }

    @Test
    void listenersRegisteredAsServicesReceiveEvents() throws Exception {
        BlockingQueue<PeerEvent> events = new LinkedBlockingQueue<>();
        ServiceRegistration<PeerListener> reg = context.registerService(PeerListener.class, events::add, null);
        try {
            reactor.addPeer(PEER);
            PeerEvent e = events.poll(5, TimeUnit.SECONDS);
            PeerEvent.StateChanged s = assertInstanceOf(PeerEvent.StateChanged.class, e);
            assertEquals(PeerState.IDLE, s.from());
            assertEquals(PeerState.ACTIVE, s.to());
            assertEquals("127.0.0.2", s.peer().peerAddress());
        } finally {
            reg.unregister();
        }
    }

    @Test
    void refusesADuplicateAndAnUnknownPeer() {
        reactor.addPeer(PEER);
        assertEquals("peer already exists: 127.0.0.2",
                assertThrows(IllegalArgumentException.class, () -> reactor.addPeer(PEER)).getMessage());
        assertEquals("unknown peer: 127.0.0.3",
                assertThrows(IllegalArgumentException.class, () -> reactor.removePeer("127.0.0.3")).getMessage());
    }

    @SuppressWarnings("unchecked")
    private ServiceReference<Peer>[] waitFor(String filter) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context.getServiceReferences(Peer.class.getName(), filter);
            if (refs != null) {
                return (ServiceReference<Peer>[]) refs;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no Peer service matches " + filter);
    }
}
