package bgp.codec.internal.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.capability.RouteRefreshCapability;
import bgp.codec.capability.UnknownCapability;
import bgp.codec.message.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in table and what every codec in it shares. */
class CapabilityCodecsTest {

    @Test
    void oneCodecPerCodeInCodeOrder() {
        List<Integer> codes = CapabilityCodecs.builtin().stream().map(CapabilityCodec::code).toList();
        assertEquals(List.of(1, 2, 5, 6, 9, 64, 65, 69, 70, 73, 75, 76, 77), codes);
    }

    @Test
    void theListIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> CapabilityCodecs.builtin().clear());
    }

    @Test
    void aCodecWritesBackAnUnknownCapabilityOfItsOwnCode() {
        for (CapabilityCodec codec : CapabilityCodecs.builtin()) {
            WireWriter out = new WireWriter();
            codec.encode(new UnknownCapability(codec.code(), new byte[] {1, 2, 3}), out);
            assertEquals(3, out.position(), "codec " + codec.code());
        }
    }

    @Test
    void aCodecRefusesAnotherCapability() {
        for (CapabilityCodec codec : CapabilityCodecs.builtin()) {
            Object other = codec.code() == 2 ? new UnknownCapability(3, new byte[0]) : RouteRefreshCapability.INSTANCE;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> codec.encode((bgp.codec.capability.Capability) other, new WireWriter()));
            assertTrue(e.getMessage().contains("(" + codec.code() + ") cannot encode"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> codec.encode(null, new WireWriter()));
        }
    }

    @Test
    void boundsOutsideTheBufferAreADecodeErrorNotACrash() {
        for (CapabilityCodec codec : CapabilityCodecs.builtin()) {
            for (int[] bounds : new int[][] {{-1, 0}, {0, -1}, {3, 2}, {5, 0}, {0, 5}, {Integer.MAX_VALUE, 1}}) {
                BgpDecodeException e = assertThrows(BgpDecodeException.class,
                        () -> codec.decode(new byte[4], bounds[0], bounds[1]));
                assertEquals(Notification.OPEN_MESSAGE_ERROR, e.code());
                assertEquals(0, e.subcode());
            }
            BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> codec.decode(null, 0, 0));
            assertEquals(0, e.data().length);
            assertTrue(e.getMessage().contains("outside the buffer"));
        }
    }

    @Test
    void noStackTraceIsCaptured() {
        BgpDecodeException e = assertThrows(BgpDecodeException.class,
                () -> new RoleCapabilityCodec().decode(new byte[2], 0, 2));
        assertEquals(0, e.getStackTrace().length);
        assertNull(e.getCause());
    }
}
