package bgp.rib.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.rib.AdjRibIn;
import bgp.rib.AdjRibOut;
import bgp.rib.NextHopResolver;
import bgp.rib.RibFactory;
import bgp.rib.Route;
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

/** In a real Felix with SCR: bgp.rib registers RibFactory, wired to bgp.codec's MessageCodec, and it works. */
@ExtendWith(ServiceExtension.class)
class RibFactoryIT {
    private static final OpenContext CONTEXT = OpenContext.builder().localAs(65000).peerAs(65001).build();

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
    void anUpdateFromTheWireIsStoredWithItsAttributesInterned() throws BgpDecodeException {
        // ORIGIN igp, AS_PATH 65001, NEXT_HOP 192.0.2.1; NLRI 10.0.0.0/24 10.0.1.0/24
        byte[] wire = Hex.decode("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 0033 02 0000 0014 40010100 400206020100 00FDE9"
                .replace(" ", "") + "400304C0000201" + "180A0000180A0001");
        Update update = (Update) codec.getService().decode(wire, CONTEXT);
        AdjRibIn a = ribs.newAdjRibIn();
        AdjRibIn b = ribs.newAdjRibIn();
        assertNotSame(a, b);
        int before = ribs.attributeSets();
        a.apply(update);
        b.apply(update);
        assertEquals(2, a.size(Family.IPV4_UNICAST));
        assertEquals(before + 1, ribs.attributeSets());
        assertSame(a.get(IpPrefix.parse("10.0.0.0/24", 0)), b.get(IpPrefix.parse("10.0.1.0/24", 0)));
        a.clear();
        b.clear();
        assertEquals(before, ribs.attributeSets());
    }

    @Test
    void aRouteWithNextHopSelfIsResolvedAnnouncedAndPackedIntoAnUpdateTheCodecReads() throws BgpDecodeException {
        Route route = Route.self(IpPrefix.parse("10.0.0.0/24", 0),
                List.of(Origin.IGP, AsPath.sequence(65000), NextHop.SELF));
        Route resolved = NextHopResolver.of(new byte[] {(byte) 192, 0, 2, (byte) 254}, 0x0A000001).resolve(route);
        AdjRibOut out = ribs.newAdjRibOut();
        out.announce(resolved);
        out.sessionUp();
        WireWriter w = new WireWriter();
        assertTrue(out.drain(CONTEXT, w, 65536));
        Update sent = (Update) codec.getService().decode(w.toByteArray(), CONTEXT);
        assertEquals(Ipv4Prefixes.unicast(Ipv4Prefixes.pack(0x0A000000, 24)), sent.nlri());
        assertEquals(NextHop.of(0xC00002FE), sent.attribute(NextHop.class).orElseThrow());
        out.clear();
        out.sessionDown();
    }
}
