package bgp.codec.srpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NLRI of ExaBGP's conf-sr-policy.ci, both ways, and malformed fields. */
class SrPolicyNlrisTest {
    static final String V4 = "60" + "00000001" + "000000C8" + "0A000002";
    static final String V6 = "C0" + "00000000" + "00000064" + "20010DB8000000000000000000000001";

    static SrPolicyNlris decode(Family f, String hex, boolean addPath) throws BgpDecodeException {
        byte[] b = Hex.decode(("EE" + hex + "EE").replace(" ", ""));
        return SrPolicyNlris.decode(f, b, 1, b.length - 2, addPath);
    }

    static String encode(SrPolicyNlris l, boolean addPath) {
        WireWriter w = new WireWriter();
        l.encodeAll(w, addPath);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void ipv4RouteOfTheConformanceData() throws Exception {
        SrPolicyNlris l = decode(SrPolicyNlri.IPV4, V4, false);
        assertEquals(1, l.size());
        assertEquals(SrPolicyNlri.IPV4, l.family());
        assertEquals(1, l.distinguisher(0));
        assertEquals(200, l.color(0));
        assertEquals("10.0.0.2", l.endpointText(0));
        SrPolicyNlri n = new SrPolicyNlri(1, 200, IpAddresses.parse("10.0.0.2"), 0);
        assertEquals(n, l.get(0));
        assertEquals("distinguisher 1 color 200 endpoint 10.0.0.2", n.toString());
        assertEquals(V4, encode(l, false));
        assertEquals(l, SrPolicyNlris.of(SrPolicyNlri.IPV4, List.of(n)));
        assertEquals(13, l.encodedLength(0, false));
    }

    @Test
    void ipv6RoutesWithPathIdentifiers() throws Exception {
        String hex = "00000007" + V6 + "00000008" + "C0" + "FFFFFFFF" + "FFFFFFFF" + "00000000000000000000000000000001";
        SrPolicyNlris l = decode(SrPolicyNlri.IPV6, hex, true);
        assertEquals(2, l.size());
        assertEquals(7, l.pathId(0));
        assertEquals("2001:db8::1", l.endpointText(0));
        assertEquals(100, l.color(0));
        assertEquals(4294967295L, l.distinguisher(1));
        assertEquals(4294967295L, l.color(1));
        assertEquals("::1", l.get(1).endpointText());
        assertEquals(8, l.get(1).pathId());
        assertEquals(hex, encode(l, true));
        assertEquals(V6 + hex.substring(58 + 8), encode(l, false));
        assertEquals(29, l.encodedLength(1, true));
        assertEquals(l, SrPolicyNlris.of(SrPolicyNlri.IPV6, List.of(l.get(0), l.get(1))));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
        "1|5F000000000000006400|length 95 bits at byte 0, expected 96",
        "1|C0000000000000006420010DB8000000000000000000000001|length 192 bits at byte 0, expected 96",
        "2|600000000000000064 0A000001|length 96 bits at byte 0, expected 192",
        "1|60000000000000006400|entry at byte 0 overruns the field",
        "1|600000000000000064 0A000001 60|entry at byte 13 overruns the field",
        "2|C0000000000000006420010DB80000000000000000000000|entry at byte 0 overruns the field",
    })
    void malformedFieldIsInvalidNetworkField(int afi, String hex, String why) {
        Family f = new Family(afi, Family.SAFI_SR_POLICY);
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(f, hex, false));
        assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        assertEquals(ErrorAction.SESSION_RESET, e.action());
        assertEquals("invalid " + f + " NLRI: " + why, e.getMessage());
    }

    @Test
    void truncatedPathIdentifier() {
        BgpDecodeException e = assertThrows(BgpDecodeException.class,
                () -> decode(SrPolicyNlri.IPV4, "000000", true));
        assertEquals("invalid ipv4 sr-policy NLRI: truncated entry at byte 0", e.getMessage());
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertEquals("color 4294967296 is not within 0..4294967295", assertThrows(IllegalArgumentException.class,
                () -> new SrPolicyNlri(0, 1L << 32, new byte[4], 0)).getMessage());
        assertEquals("distinguisher -1 is not within 0..4294967295", assertThrows(IllegalArgumentException.class,
                () -> new SrPolicyNlri(-1, 0, new byte[4], 0)).getMessage());
        assertEquals("an endpoint is 4 or 16 bytes, not 5", assertThrows(IllegalArgumentException.class,
                () -> new SrPolicyNlri(0, 0, new byte[5], 0)).getMessage());
        assertEquals("a route of ipv6 sr-policy in a list of ipv4 sr-policy",
                assertThrows(IllegalArgumentException.class, () -> SrPolicyNlris.of(SrPolicyNlri.IPV4,
                        List.of(new SrPolicyNlri(0, 0, new byte[16], 0)))).getMessage());
        assertEquals("ipv4 unicast is not an SR Policy family", assertThrows(IllegalArgumentException.class,
                () -> SrPolicyNlris.empty(Family.IPV4_UNICAST)).getMessage());
    }
}
