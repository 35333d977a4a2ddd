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
import bgp.codec.capability.HostnameCapability;
import bgp.codec.capability.UnknownCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FQDN / hostname (draft-walton-bgp-hostname-capability, code 73): len(1) host len(1) domain. */
class HostnameCapabilityCodecTest {
    private final HostnameCapabilityCodec codec = new HostnameCapabilityCodec();

    @Test
    void hasCode73() {
        assertEquals(73, codec.code());
    }

    @Test
    void hostAndDomainAsExaBgpSendsThem() throws BgpDecodeException {
        // ExaBGP's conf-hostname test: host-name my-host-name; domain-name my-domain-name.com;
        assertBothWays(codec, "0C6D792D686F73742D6E616D65" + "126D792D646F6D61696E2D6E616D652E636F6D",
                new HostnameCapability("my-host-name", "my-domain-name.com"));
    }

    @Test
    void emptyNames() throws BgpDecodeException {
        assertBothWays(codec, "0000", new HostnameCapability("", ""));
        assertBothWays(codec, "02727200", new HostnameCapability("rr", ""));
        assertBothWays(codec, "00026578", new HostnameCapability("", "ex"));
    }

    @Test
    void utf8Names() throws BgpDecodeException {
        assertBothWays(codec, "04C3A9C3A9" + "00", new HostnameCapability("éé", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", // no room for the two lengths
        "00", // domain length missing
        "0161", // host fills the value: domain length missing
        "05616200", // host length overruns
        "00016162", // domain shorter than the value
        "000261", // domain length overruns
        "016100FF", // a trailing byte
    })
    void lengthsThatDoNotFillTheValueExactlyAreMalformed(String value) {
        assertMalformed(codec, value);
    }

    @Test
    void namesThatAreNotUtf8AreKeptAsAnUnknownCapability() throws BgpDecodeException {
        Capability c = decode(codec, "01FF00");
        assertEquals(new UnknownCapability(73, Hex.decode("01FF00")), c);
        assertEquals("01FF00", encode(codec, c));
        assertEquals(new UnknownCapability(73, Hex.decode("0001C0")), decode(codec, "0001C0"));
    }

    @Test
    void namesTooLongForOneValueCannotBeEncoded() {
        String a = "a".repeat(200);
        assertEquals(2 + 253, Hex.decode(encode(codec, new HostnameCapability(a, "b".repeat(53)))).length);
        BgpEncodeException e = assertThrows(BgpEncodeException.class,
                () -> encode(codec, new HostnameCapability(a, "b".repeat(54))));
        assertEquals("hostname capability: host name (200 bytes) and domain name (54 bytes) exceed 253 UTF-8 bytes"
                + " together", e.getMessage());
    }
}
