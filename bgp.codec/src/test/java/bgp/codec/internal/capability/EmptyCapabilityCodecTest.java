package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.capability.Capability;
import bgp.codec.capability.EnhancedRouteRefreshCapability;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.LinkLocalNextHopCapability;
import bgp.codec.capability.RouteRefreshCapability;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Route refresh (2), extended message (6), enhanced route refresh (70), link-local next hop (77): empty values. */
class EmptyCapabilityCodecTest {

    static Stream<Arguments> codecs() {
        return Stream.of(
                Arguments.of(EmptyCapabilityCodec.routeRefresh(), 2, RouteRefreshCapability.INSTANCE),
                Arguments.of(EmptyCapabilityCodec.extendedMessage(), 6, ExtendedMessageCapability.INSTANCE),
                Arguments.of(EmptyCapabilityCodec.enhancedRouteRefresh(), 70, EnhancedRouteRefreshCapability.INSTANCE),
                Arguments.of(EmptyCapabilityCodec.linkLocalNextHop(), 77, LinkLocalNextHopCapability.INSTANCE));
    }

    @ParameterizedTest(name = "code {1}")
    @MethodSource("codecs")
    void anEmptyValueIsTheCapability(EmptyCapabilityCodec<?> codec, int code, Capability instance)
            throws BgpDecodeException {
        assertEquals(code, codec.code());
        assertEquals(code, instance.code());
        assertBothWays(codec, "", instance);
    }

    @ParameterizedTest(name = "code {1}")
    @MethodSource("codecs")
    void anyValueIsMalformed(EmptyCapabilityCodec<?> codec, int code, Capability instance) {
        assertTrue(assertMalformed(codec, "00").getMessage().endsWith("length 1, expected 0"));
        assertMalformed(codec, "0102030405");
    }
}
