package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS2;
import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.internal.attribute.CodecAssertions.decode;
import static bgp.codec.internal.attribute.CodecAssertions.encode;
import static bgp.codec.message.Notification.MALFORMED_AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.ErrorAction;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AsPath.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsPathCodecTest {
    private final AsPathCodec codec = new AsPathCodec();

    @Test
    void fourOctetSessionsCarryFourByteAsns() throws Exception {
        assertBothWays(codec, "0201 0000FDE8", AS4, AsPath.sequence(65000));
        assertBothWays(codec, "0203 0000FDE8 FA56EA00 00000001", AS4, AsPath.sequence(65000, 4200000000L, 1));
    }

    @Test
    void twoOctetSessionsCarryTwoByteAsns() throws Exception {
        assertBothWays(codec, "0202 0064 01F4", AS2, AsPath.sequence(100, 500));
    }

    @Test
    void twoOctetEncodingWritesAsTransForLargeAsns() {
        assertEquals("0203FDE85BA05BA0", encode(codec, AsPath.sequence(65000, 4200000000L, 65536), AS2));
    }

    @Test
    void emptyPathIsEmptyValue() throws Exception {
        assertBothWays(codec, "", AS4, AsPath.EMPTY);
        assertBothWays(codec, "", AS2, AsPath.EMPTY);
    }

    @Test
    void setsAndConfederationSegmentsKeepTheirTypesAndOrder() throws Exception {
        AsPath path = AsPath.of(Segment.of(AsPath.AS_CONFED_SEQUENCE, 64512, 64513),
                Segment.of(AsPath.AS_CONFED_SET, 64514), Segment.of(AsPath.AS_SEQUENCE, 65000),
                Segment.of(AsPath.AS_SET, 1, 2));
        assertBothWays(codec, "0302 FC00 FC01 0401 FC02 0201 FDE8 0102 0001 0002", AS2, path);
        assertBothWays(codec, "0302 0000FC00 0000FC01 0401 0000FC02 0201 0000FDE8 0102 00000001 00000002", AS4,
                path);
    }

    @Test
    void segmentsLongerThan255AsnsAreSplitOnTheWire() throws Exception {
        long[] asns = new long[256];
        for (int i = 0; i < asns.length; i++) {
            asns[i] = i + 1;
        }
        String hex = encode(codec, AsPath.sequence(asns), AS2);
        StringBuilder expected = new StringBuilder("02FF");
        for (int i = 1; i <= 255; i++) {
            expected.append(String.format("%04X", i));
        }
        expected.append("0201").append("0100");
        assertEquals(expected.toString(), hex);
        AsPath back = (AsPath) decode(codec, hex, AS2);
        assertEquals(2, back.segmentCount());
        assertEquals(256, back.length());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "00 01 FDE8",        // segment type 0
        "05 01 FDE8",        // segment type 5
        "02 00",             // empty segment
        "02 02 FDE8",        // segment overruns the attribute
        "02",                // truncated segment header
        "02 01 FDE8 00",     // trailing byte
        "02 01 0000",        // AS 0 (RFC 7607)
        "02 01 FDE8 01 00",  // empty set after a good segment
    })
    void malformedTwoOctetPathIsMalformedAsPathTreatedAsWithdraw(String hex) {
        assertMalformed(codec, hex, AS2, MALFORMED_AS_PATH, ErrorAction.TREAT_AS_WITHDRAW);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "02 01 FDE8",              // 2-octet ASN on a 4-octet session: overrun
        "02 02 0000FDE8 0000",     // second ASN truncated
        "06 01 0000FDE8",          // segment type 6
        "02 01 00000000",          // AS 0
    })
    void malformedFourOctetPathIsMalformedAsPathTreatedAsWithdraw(String hex) {
        assertMalformed(codec, hex, AS4, MALFORMED_AS_PATH, ErrorAction.TREAT_AS_WITHDRAW);
    }
}
