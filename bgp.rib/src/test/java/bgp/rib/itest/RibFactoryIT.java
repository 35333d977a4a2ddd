package bgp.rib.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.MessageCodec;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.rib.AdjRibIn;
import bgp.rib.RibFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** In a real Felix with SCR: bgp.rib registers RibFactory, wired to bgp.codec's MessageCodec. */
@ExtendWith(ServiceExtension.class)
class RibFactoryIT {

    @InjectService(timeout = 5000)
    RibFactory ribs;

    @InjectService(timeout = 5000)
    ServiceAware<MessageCodec> codec;

    @InjectService(timeout = 5000)
    ServiceComponentRuntime scr;

    @Test
    void theFactoryIsActiveAndBoundToTheCodecService() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("bgp.rib.internal.RibFactoryComponent")).findFirst().orElseThrow();
        assertEquals("bgp.rib", description.bundle.symbolicName);
        ComponentConfigurationDTO config = scr.getComponentConfigurationDTOs(description).iterator().next();
        assertEquals(ComponentConfigurationDTO.ACTIVE, config.state);
        // reference name -> interface, and interface -> the id of the service bound to it
        Map<String, String> interfaces = Arrays.stream(description.references)
                .collect(Collectors.toMap(r -> r.name, r -> r.interfaceName));
        Map<String, Object> bound = Arrays.stream(config.satisfiedReferences)
                .collect(Collectors.toMap(r -> interfaces.get(r.name), r -> r.boundServices[0].id));
        ServiceReference<MessageCodec> codecRef = codec.getServiceReference();
        assertEquals(codecRef.getProperty("service.id"), bound.get(MessageCodec.class.getName()));
        assertEquals("bgp.codec", codecRef.getBundle().getSymbolicName());
    }

    @Test
    void eachAdjRibInIsNewEmptyAndHoldsRoutes() {
        AdjRibIn a = ribs.newAdjRibIn();
        AdjRibIn b = ribs.newAdjRibIn();
        assertNotSame(a, b);
        assertEquals(0, a.size());
        long prefix = Ipv4Prefixes.pack(0xC0000200, 24); // 192.0.2.0/24
        assertTrue(a.insert(prefix, 0, List.of()));
        assertEquals(1, a.size());
        assertEquals(0, b.size());
        assertTrue(a.withdraw(prefix, 0));
        assertEquals(0, a.size());
    }
}
