package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.AddPathCapability.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ADD-PATH (RFC 7911 §4, code 69): (AFI(2) SAFI(1) send/receive(1))+, send/receive in 1..3. */
class AddPathCapabilityCodecTest {
    private final AddPathCapabilityCodec codec = new AddPathCapabilityCodec();

    @Test
    void hasCode69() {
        assertEquals(69, codec.code());
    }

    @Test
    void sendAndReceiveForIpv4Unicast() throws BgpDecodeException {
        assertBothWays(codec, "00010103", new AddPathCapability(List.of(new Entry(Family.IPV4_UNICAST, 3))));
    }

    @Test
    void eachDirectionPerFamily() throws BgpDecodeException {
        assertBothWays(codec, "00010101" + "00020102" + "00010803", new AddPathCapability(List.of(
                new Entry(Family.IPV4_UNICAST, AddPathCapability.RECEIVE),
                new Entry(Family.IPV6_UNICAST, AddPathCapability.SEND),
                new Entry(new Family(1, 8), AddPathCapability.BOTH))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "000101", "0001010300", "000101030002"})
    void aLengthNotAPositiveMultipleOf4IsMalformed(String value) {
        assertMalformed(codec, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "04", "FF"})
    void aSendReceiveValueOutside1To3IsMalformed(String sendReceive) {
        assertTrue(assertMalformed(codec, "00010103" + "000201" + sendReceive).getMessage()
                .contains("send/receive " + Integer.parseInt(sendReceive, 16) + " for AFI 2 SAFI 1"));
    }

    @Test
    void entriesOutside1To3CannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(Family.IPV4_UNICAST, 0));
        assertThrows(IllegalArgumentException.class, () -> new Entry(Family.IPV4_UNICAST, 4));
    }
}
