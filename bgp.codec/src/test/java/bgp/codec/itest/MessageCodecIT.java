package bgp.codec.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.message.Update;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.message.Keepalive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** In a real Felix with SCR: the codec bundle registers the MessageCodec service, and it works. */
@ExtendWith({ServiceExtension.class, org.osgi.test.junit5.context.BundleContextExtension.class})
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

    /** An optional transitive attribute 99 holding one 32-bit number: what another bundle might add. */
    record Colour(long value) implements Attribute {
        @Override
        public int typeCode() {
            return 99;
        }

        @Override
        public int flags() {
            return FLAG_OPTIONAL | FLAG_TRANSITIVE;
        }
    }

    static final class ColourCodec implements AttributeCodec {
        @Override
        public int typeCode() {
            return 99;
        }

        @Override
        public int flags() {
            return Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE;
        }

        @Override
        public ErrorAction malformedAction() {
            return ErrorAction.ATTRIBUTE_DISCARD;
        }

        @Override
        public Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context)
                throws BgpDecodeException {
            if (len != 4) {
                throw new BgpDecodeException(3, 9, null, ErrorAction.ATTRIBUTE_DISCARD, "colour is 4 bytes");
            }
            return new Colour(((buf[off] & 0xFFL) << 24) | (buf[off + 1] & 0xFF) << 16 | (buf[off + 2] & 0xFF) << 8
                    | buf[off + 3] & 0xFF);
        }

        @Override
        public void encode(Attribute attribute, OpenContext context, WireWriter out) {
            out.writeInt((int) ((Colour) attribute).value());
        }
    }

    /** ORIGIN igp, AS_PATH [65000], NEXT_HOP 192.0.2.1, attribute 99 = 7; NLRI 10.0.1.0/24. */
    static final String WITH_COLOUR = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF003602" + "0000" + "001B"
            + "40010100" + "40020602010000FDE8" + "400304C0000201" + "C0630400000007" + "180A0001";

    @Test
    void aCodecRegisteredAsAServiceJoinsTheTableAndLeavesIt(@InjectBundleContext BundleContext context) throws Exception {
        OpenContext ctx = OpenContext.builder().build();
        Update before = (Update) codec.decode(Hex.decode(WITH_COLOUR), ctx);
        assertInstanceOf(UnknownAttribute.class, before.attribute(99).orElseThrow());
        ServiceRegistration<AttributeCodec> reg = context.registerService(AttributeCodec.class, new ColourCodec(),
                null);
        try {
            Update during = (Update) codec.decode(Hex.decode(WITH_COLOUR), ctx);
            assertEquals(new Colour(7), during.attribute(99).orElseThrow());
            assertEquals(WITH_COLOUR, Hex.encode(codec.encode(during, ctx)));
        } finally {
            reg.unregister();
        }
        Update after = (Update) codec.decode(Hex.decode(WITH_COLOUR), ctx);
        assertInstanceOf(UnknownAttribute.class, after.attribute(99).orElseThrow());
    }

    @Test
    void encodesAKeepaliveToItsNineteenBytes() {
        assertArrayEquals(Hex.decode(KEEPALIVE), codec.encode(Keepalive.INSTANCE, OpenContext.builder().build()));
    }
}
