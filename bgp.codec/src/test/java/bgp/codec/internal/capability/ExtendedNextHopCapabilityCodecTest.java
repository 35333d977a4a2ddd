package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.capability.ExtendedNextHopCapability;
import bgp.codec.capability.ExtendedNextHopCapability.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extended next hop (RFC 8950 §3, code 5): (NLRI AFI(2) NLRI SAFI(2) next-hop AFI(2))+. */
class ExtendedNextHopCapabilityCodecTest {
    private final ExtendedNextHopCapabilityCodec codec = new ExtendedNextHopCapabilityCodec();

    @Test
    void hasCode5() {
        assertEquals(5, codec.code());
    }

    @Test
    void ipv4UnicastOverIpv6() throws BgpDecodeException {
        assertBothWays(codec, "000100010002", new ExtendedNextHopCapability(List.of(new Entry(1, 1, 2))));
    }

    @Test
    void severalTriplesKeepTheirOrder() throws BgpDecodeException {
        assertBothWays(codec, "000100010002" + "000100800002" + "000100850002",
                new ExtendedNextHopCapability(List.of(new Entry(1, 1, 2), new Entry(1, 128, 2), new Entry(1, 133, 2))));
    }

    @Test
    void theSafiIsTwoBytes() throws BgpDecodeException {
        assertBothWays(codec, "FFFF1234FFFF", new ExtendedNextHopCapability(List.of(new Entry(0xFFFF, 0x1234, 0xFFFF))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0001", "0001000100", "00010001000200", "00010001000200010001"})
    void aLengthNotAPositiveMultipleOf6IsMalformed(String value) {
        assertMalformed(codec, value);
    }

    @Test
    void entriesOutsideTwoBytesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(1, 0x10000, 2));
        assertThrows(IllegalArgumentException.class, () -> new Entry(-1, 1, 2));
    }
}
