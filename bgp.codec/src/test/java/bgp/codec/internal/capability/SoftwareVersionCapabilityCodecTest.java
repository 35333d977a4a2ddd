package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static bgp.codec.internal.capability.CapabilityTesting.decode;
import static bgp.codec.internal.capability.CapabilityTesting.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.Hex;
import bgp.codec.capability.Capability;
import bgp.codec.capability.SoftwareVersionCapability;
import bgp.codec.capability.UnknownCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Software version (draft-ietf-idr-software-version, code 75): len(1) version. ExaBGP's vectors (decoding
 * bgp-open-sofware-version, encoding conf-cap-software-version) both carry the inner length byte.
 */
class SoftwareVersionCapabilityCodecTest {
    private final SoftwareVersionCapabilityCodec codec = new SoftwareVersionCapabilityCodec();

    @Test
    void hasCode75() {
        assertEquals(75, codec.code());
    }

    @Test
    void exaBgpsOwnVersions() throws BgpDecodeException {
        assertBothWays(codec, "134578614247502F352E302E302D302B74657374",
                new SoftwareVersionCapability("ExaBGP/5.0.0-0+test"));
        assertBothWays(codec, "1F4578614247502F6D61696E2D633261326561386562642D3230323430373135",
                new SoftwareVersionCapability("ExaBGP/main-c2a2ea8ebd-20240715"));
    }

    @Test
    void emptyVersion() throws BgpDecodeException {
        assertBothWays(codec, "00", new SoftwareVersionCapability(""));
    }

    @Test
    void theLongestVersionIs254Bytes() throws BgpDecodeException {
        String v = "v".repeat(254);
        assertBothWays(codec, "FE" + "76".repeat(254), new SoftwareVersionCapability(v));
        BgpEncodeException e = assertThrows(BgpEncodeException.class,
                () -> encode(codec, new SoftwareVersionCapability(v + "v")));
        assertEquals("software-version capability: version of 255 UTF-8 bytes exceeds 254", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01", "0141FF", "05414243", "FF41"})
    void aVersionLengthThatDoesNotFillTheValueIsMalformed(String value) {
        assertMalformed(codec, value);
    }

    @Test
    void aVersionThatIsNotUtf8IsKeptAsAnUnknownCapability() throws BgpDecodeException {
        Capability c = decode(codec, "0241FE");
        assertEquals(new UnknownCapability(75, Hex.decode("0241FE")), c);
        assertEquals("0241FE", encode(codec, c));
        // an encoded surrogate (CESU-8) is not UTF-8 either
        assertEquals(new UnknownCapability(75, Hex.decode("03EDA080")), decode(codec, "03EDA080"));
    }
}
