package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.PrefixSid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixSidCodecTest {
    private final PrefixSidCodec codec = new PrefixSidCodec();

    /** The values of ExaBGP's conf-prefix-sid.ci raw lines. */
    @Test
    void labelIndexAndOriginatorSrgb() throws Exception {
        assertBothWays(codec, "01000700000000000309", AS4, PrefixSid.labelIndex(777));
        assertBothWays(codec, "0100070000000000012C 03000E0000 0C3500001000 0F4240001388", AS4,
                PrefixSid.labelIndex(300, 800000, 4096, 1000000, 5000));
        assertBothWays(codec, "010007000000FFFFFFFF", AS4, PrefixSid.labelIndex(0xFFFFFFFFL));
    }

    /** The value of ExaBGP's conf-srv6-mup.ci (l3-service 2001:db8:1:1:: 0x48 [64,24,16,0,0,0]). */
    @Test
    void srv6Services() throws Exception {
        byte[] sid = IpAddresses.parseIpv6("2001:db8:1:1::");
        assertBothWays(codec, "0500220001001E0020010DB800010001000000000000000000004800010006401810000000",
                AS4, PrefixSid.srv6Service(5, sid, 0x48, new int[] {64, 24, 16, 0, 0, 0}));
        assertBothWays(codec, "060019000100150020010DB8000100010000000000000000000013 00", AS4,
                PrefixSid.srv6Service(6, sid, 0x13, null));
    }

    @Test
    void unknownTlvsAreKeptAsBytes() throws Exception {
        String hex = "0200020102 01000700000000000309 FE0000";
        assertBothWays(codec, hex, AS4, PrefixSid.wrap(Hex.decode(hex.replace(" ", ""))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",                                   // no TLV
        "0100",                               // truncated TLV header
        "010006000000000003",                 // Label-Index of length 6
        "0100080000000000030900",             // Label-Index of length 8
        "0300020000",                         // SRGB TLV without an SRGB
        "0300070000 0C3500001000",            // SRGB TLV of 2 + 5
        "020005 0000",                        // TLV beyond the attribute
        "01000700000000000309 01",            // trailing byte
        "050000",                             // SRv6 service without its reserved byte
        "05000400 0100",                      // truncated sub-TLV header
        "05000400 010005",                    // sub-TLV beyond the TLV
        "05001500 01001100 20010DB8000100010000000000000000", // SID Information of 16
        "0500210001001D0020010DB8000100010000000000000000000048000100054018100000", // SID Structure of 5
        "0500200001001C0020010DB80001000100000000000000000000480001000640181000", // sub-sub-TLV overrun
    })
    void malformedIsAnOptionalAttributeErrorTreatAsWithdraw(String hex) {
        BgpDecodeException e = assertMalformed(codec, hex, AS4, OPTIONAL_ATTRIBUTE_ERROR,
                ErrorAction.TREAT_AS_WITHDRAW);
        assertEquals(true, e.getMessage().startsWith("malformed BGP Prefix-SID: "), e.getMessage());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertEquals("label index 4294967296 is not within 0..4294967295",
                assertThrows(IllegalArgumentException.class, () -> PrefixSid.labelIndex(1L << 32)).getMessage());
        assertEquals("SRGB range 16777216 is not within 0..16777215",
                assertThrows(IllegalArgumentException.class, () -> PrefixSid.labelIndex(1, 0, 1 << 24))
                        .getMessage());
        assertEquals("endpoint behavior 65536 is not within 0..65535",
                assertThrows(IllegalArgumentException.class,
                        () -> PrefixSid.srv6Service(5, new byte[16], 65536, null)).getMessage());
        assertEquals("malformed BGP Prefix-SID: no TLV",
                assertThrows(IllegalArgumentException.class, () -> PrefixSid.wrap(new byte[0])).getMessage());
    }
}
