package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.capability.PathsLimitCapability;
import bgp.codec.capability.PathsLimitCapability.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths limit (draft-ietf-idr-addpath-paths-limit, code 76): (AFI(2) SAFI(1) limit(2))+. */
class PathsLimitCapabilityCodecTest {
    private final PathsLimitCapabilityCodec codec = new PathsLimitCapabilityCodec();

    @Test
    void hasCode76() {
        assertEquals(76, codec.code());
    }

    @Test
    void tenPathsForIpv4Unicast() throws BgpDecodeException {
        assertBothWays(codec, "000101000A", new PathsLimitCapability(List.of(new Entry(Family.IPV4_UNICAST, 10))));
    }

    @Test
    void severalFamiliesKeepTheirOrder() throws BgpDecodeException {
        assertBothWays(codec, "000101000A" + "00020100FF" + "0002800000",
                new PathsLimitCapability(List.of(new Entry(Family.IPV4_UNICAST, 10),
                        new Entry(Family.IPV6_UNICAST, 0xFF), new Entry(Family.IPV6_MPLS_VPN, 0))));
    }

    @Test
    void theLargestLimit() throws BgpDecodeException {
        assertBothWays(codec, "000101FFFF", new PathsLimitCapability(List.of(new Entry(Family.IPV4_UNICAST, 0xFFFF))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0001", "00010100", "000101000A00", "000101000A0001"})
    void aLengthNotAPositiveMultipleOf5IsMalformed(String value) {
        assertMalformed(codec, value);
    }

    @Test
    void limitsOutsideTwoBytesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(Family.IPV4_UNICAST, 0x10000));
    }
}
