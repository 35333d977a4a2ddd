package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static bgp.codec.internal.capability.CapabilityTesting.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.capability.MultiprotocolCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Multiprotocol (RFC 4760 §8, code 1): AFI(2) reserved(1) SAFI(1). */
class MultiprotocolCapabilityCodecTest {
    private final MultiprotocolCapabilityCodec codec = new MultiprotocolCapabilityCodec();

    @Test
    void hasCode1() {
        assertEquals(1, codec.code());
    }

    @Test
    void ipv4Unicast() throws BgpDecodeException {
        assertBothWays(codec, "00010001", new MultiprotocolCapability(Family.IPV4_UNICAST));
    }

    @Test
    void ipv6MplsVpn() throws BgpDecodeException {
        assertBothWays(codec, "00020080", new MultiprotocolCapability(Family.IPV6_MPLS_VPN));
    }

    @Test
    void bgpLsAndLargestValues() throws BgpDecodeException {
        assertBothWays(codec, "40040047", new MultiprotocolCapability(new Family(16388, 71)));
        assertBothWays(codec, "FFFF00FF", new MultiprotocolCapability(new Family(0xFFFF, 0xFF)));
    }

    @Test
    void theReservedByteIsIgnoredOnReceiptAndSentAsZero() throws BgpDecodeException {
        assertEquals(new MultiprotocolCapability(Family.IPV4_UNICAST), decode(codec, "0001FF01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "000100", "0001000100", "0001000100010001"})
    void aLengthOtherThan4IsMalformed(String value) {
        assertMalformed(codec, value);
    }
}
