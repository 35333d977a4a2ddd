package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.GracefulRestartCapability.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graceful restart (RFC 4724 §3, code 64): flags(4 bits) time(12 bits), then (AFI(2) SAFI(1) flags(1))*. */
class GracefulRestartCapabilityCodecTest {
    private final GracefulRestartCapabilityCodec codec = new GracefulRestartCapabilityCodec();

    @Test
    void hasCode64() {
        assertEquals(64, codec.code());
    }

    @Test
    void restartTimeWithoutFamilies() throws BgpDecodeException {
        assertBothWays(codec, "0078", new GracefulRestartCapability(0, 120, List.of()));
    }

    @Test
    void restartingWithPreservedForwardingState() throws BgpDecodeException {
        assertBothWays(codec, "80B4" + "00010180" + "00020100",
                new GracefulRestartCapability(GracefulRestartCapability.RESTART_STATE, 180, List.of(
                        new Entry(Family.IPV4_UNICAST, GracefulRestartCapability.FORWARDING_STATE),
                        new Entry(Family.IPV6_UNICAST, 0))));
    }

    @Test
    void allFlagBitsAndTheLongestTime() throws BgpDecodeException {
        assertBothWays(codec, "FFFF" + "FFFFFFFF",
                new GracefulRestartCapability(0xF, 4095, List.of(new Entry(new Family(0xFFFF, 0xFF), 0xFF))));
        assertBothWays(codec, "C4B0", new GracefulRestartCapability(
                GracefulRestartCapability.RESTART_STATE | GracefulRestartCapability.NOTIFICATION, 1200, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "007800", "0078000101", "00780001018000", "007800010180000201"})
    void aLengthOtherThan2Plus4PerFamilyIsMalformed(String value) {
        assertMalformed(codec, value);
    }

    @Test
    void familyFlagsOutsideAByteCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(Family.IPV4_UNICAST, 0x100));
    }
}
