package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.internal.attribute.CodecAssertions.decode;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.ErrorAction;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.PmsiTunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PmsiTunnelCodecTest {
    private final PmsiTunnelCodec codec = new PmsiTunnelCodec();

    @Test
    void ingressReplicationAndNoTunnel() throws Exception {
        assertBothWays(codec, "00 06 000641 0A000001", AS4,
                PmsiTunnel.of(0, PmsiTunnel.INGRESS_REPLICATION, 0x641, IpAddresses.parse("10.0.0.1")));
        PmsiTunnel p = (PmsiTunnel) decode(codec, "0006000641" + "0A000001", AS4);
        assertEquals(0, p.tunnelFlags());
        assertEquals(6, p.tunnelType());
        assertEquals(100, p.label());
        assertEquals(1601, p.rawLabel());
        assertArrayEquals(IpAddresses.parse("10.0.0.1"), p.tunnelId());
        assertBothWays(codec, "01 00 000000", AS4, PmsiTunnel.of(1, PmsiTunnel.NO_TUNNEL, 0, new byte[0]));
        assertBothWays(codec, "80 03 FFFFFF 01020304 05060708", AS4, PmsiTunnel.of(0x80, PmsiTunnel.PIM_SSM,
                0xFFFFFF, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "00", "0006", "000600", "00060006"})
    void shorterThanTheFixedPartIsALengthErrorTreatAsWithdraw(String hex) {
        assertEquals("malformed PMSI_TUNNEL: length " + hex.length() / 2 + ", expected at least 5",
                assertMalformed(codec, hex, AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW)
                        .getMessage());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertEquals("label field 16777216 is not within 0..16777215", assertThrows(IllegalArgumentException.class,
                () -> PmsiTunnel.of(0, 6, 1 << 24, new byte[4])).getMessage());
        assertEquals("flags 256 or tunnel type 6 is not within 0..255", assertThrows(IllegalArgumentException.class,
                () -> PmsiTunnel.of(256, 6, 0, new byte[4])).getMessage());
        assertEquals("malformed PMSI_TUNNEL: length 4, expected at least 5",
                assertThrows(IllegalArgumentException.class, () -> PmsiTunnel.wrap(new byte[4])).getMessage());
    }
}
