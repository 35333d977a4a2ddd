package bgp.codec.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.message.Keepalive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** In a real Felix with SCR: the codec bundle registers the MessageCodec service, and it works. */
@ExtendWith(ServiceExtension.class)
class MessageCodecIT {
    private static final String KEEPALIVE = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF001304";

    @InjectService(timeout = 5000)
    MessageCodec codec;

    @InjectService(timeout = 5000)
    ServiceAware<MessageCodec> codecService;

    @Test
    void theServiceIsRegisteredByTheCodecBundle() {
        ServiceReference<MessageCodec> ref = codecService.getServiceReference();
        assertNotNull(ref);
        Bundle provider = ref.getBundle();
        assertEquals("bgp.codec", provider.getSymbolicName());
        assertEquals(Bundle.ACTIVE, provider.getState());
    }

    @Test
    void decodesAKeepalive() throws Exception {
        assertInstanceOf(Keepalive.class, codec.decode(Hex.decode(KEEPALIVE), OpenContext.builder().build()));
    }

    @Test
    void encodesAKeepaliveToItsNineteenBytes() {
        assertArrayEquals(Hex.decode(KEEPALIVE), codec.encode(Keepalive.INSTANCE, OpenContext.builder().build()));
    }
}
