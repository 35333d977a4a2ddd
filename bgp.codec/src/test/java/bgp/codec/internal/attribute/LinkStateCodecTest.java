package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.bgpls.LinkState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkStateCodecTest {
    private final LinkStateCodec codec = new LinkStateCodec();

    /** bgp-ls-8's attribute: prefix metric 100, SR prefix attribute flags 0. */
    @Test
    void tlvsAreKeptAsOnTheWire() throws Exception {
        String hex = "0483000400000064 0492000100";
        assertBothWays(codec, hex, AS4, LinkState.wrap(Hex.decode(hex.replace(" ", ""))));
        assertBothWays(codec, "", AS4, LinkState.wrap(new byte[0]));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"04", "048300", "04830004000000", "0483000400000064 04"})
    void tlvsThatAreNotWholeAreAnOptionalAttributeErrorDiscarded(String hex) {
        assertEquals(true, assertMalformed(codec, hex, AS4, OPTIONAL_ATTRIBUTE_ERROR, ErrorAction.ATTRIBUTE_DISCARD)
                .getMessage().startsWith("malformed BGP-LS: "));
    }
}
