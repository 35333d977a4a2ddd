package bgp.codec.internal.capability;

import static bgp.codec.internal.capability.CapabilityTesting.assertBothWays;
import static bgp.codec.internal.capability.CapabilityTesting.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.capability.RoleCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BGP role (RFC 9234 §4.1, code 9): role(1). */
class RoleCapabilityCodecTest {
    private final RoleCapabilityCodec codec = new RoleCapabilityCodec();

    @Test
    void hasCode9() {
        assertEquals(9, codec.code());
    }

    @Test
    void eachDefinedRole() throws BgpDecodeException {
        assertBothWays(codec, "00", new RoleCapability(RoleCapability.PROVIDER));
        assertBothWays(codec, "01", new RoleCapability(RoleCapability.ROUTE_SERVER));
        assertBothWays(codec, "02", new RoleCapability(RoleCapability.RS_CLIENT));
        assertBothWays(codec, "03", new RoleCapability(RoleCapability.CUSTOMER));
        assertBothWays(codec, "04", new RoleCapability(RoleCapability.PEER));
    }

    @Test
    void anUnassignedRoleDecodesTheSessionJudgesIt() throws BgpDecodeException {
        assertBothWays(codec, "FF", new RoleCapability(255));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0300", "000000"})
    void aLengthOtherThan1IsMalformed(String value) {
        assertMalformed(codec, value);
    }
}
