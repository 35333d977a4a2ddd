package bgp.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.attribute.MpReach;
import bgp.codec.message.Update;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * UPDATE framing and RFC 7606 revised error handling: which errors cost the session (thrown, with the exact
 * NOTIFICATION), which are survivable (attached to the UPDATE with their action), and End-of-RIB.
 */
class UpdateErrorHandlingTest {
    static final String MARKER = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    /** ORIGIN igp, AS_PATH [65000], NEXT_HOP 192.0.2.1 */
    static final String MANDATORY = "40010100" + "4002060201" + "0000FDE8" + "400304C0000201";

    final MessageCodec codec = BuiltinCodecs.codec();
    final OpenContext ctx = OpenContext.builder().family(Family.IPV6_UNICAST).build();

    static String update(String withdrawn, String attributes, String nlri) {
        String body = String.format("%04X", withdrawn.length() / 2) + withdrawn
                + String.format("%04X", attributes.length() / 2) + attributes + nlri;
        return MARKER + String.format("%04X", 19 + body.length() / 2) + "02" + body;
    }

    Update decode(String hex) throws BgpDecodeException {
        return (Update) codec.decode(Hex.decode(hex), ctx);
    }

    BgpDecodeException reset(String hex) {
        BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(hex));
        assertEquals(ErrorAction.SESSION_RESET, e.action());
        return e;
    }

    static String summary(BgpDecodeException e) {
        return e.code() + "/" + e.subcode() + " " + e.action() + " " + Hex.encode(e.data());
    }

    @Test
    void cleanUpdateHasNoErrorsAndEncodesBack() throws Exception {
        String hex = update("", MANDATORY, "180A0001");
        Update u = decode(hex);
        assertEquals(ErrorAction.NONE, u.action());
        assertEquals(3, u.attributes().size());
        assertEquals(1, u.nlri().size());
        assertEquals(hex, Hex.encode(codec.encode(u, ctx)));
    }

    @Test
    void endOfRibIpv4IsAnEmptyUpdate() throws Exception {
        String hex = MARKER + "001702" + "00000000";
        assertEquals(Optional.of(Family.IPV4_UNICAST), decode(hex).endOfRib());
        assertEquals(hex, Hex.encode(codec.encode(Update.endOfRib(Family.IPV4_UNICAST), ctx)));
    }

    @Test
    void endOfRibOfOtherFamiliesIsAnEmptyMpUnreach() throws Exception {
        String hex = update("", "900F0003000201", "");
        assertEquals(Optional.of(Family.IPV6_UNICAST), decode(hex).endOfRib());
        assertEquals(hex, Hex.encode(codec.encode(Update.endOfRib(Family.IPV6_UNICAST), ctx)));
        // other speakers use a 1-byte length: still an End-of-RIB
        assertEquals(Optional.of(Family.IPV6_UNICAST), decode(update("", "800F03000201", "")).endOfRib());
        // a family without any codec still has its End-of-RIB
        String flow = update("", "900F0003000185", "");
        assertEquals(Optional.of(new Family(1, 133)), decode(flow).endOfRib());
        assertEquals(flow, Hex.encode(codec.encode(Update.endOfRib(new Family(1, 133)), ctx)));
    }

    @Test
    void withdrawnLengthOverrunIsMalformedAttributeList() {
        String hex = MARKER + "001802" + "0005" + "180A00";
        assertEquals("3/1 SESSION_RESET ", summary(reset(hex)));
    }

    @Test
    void totalAttributeLengthOverrunIsMalformedAttributeList() {
        String hex = MARKER + "001B02" + "0000" + "0010" + "40010100";
        assertEquals("3/1 SESSION_RESET ", summary(reset(hex)));
    }

    @Test
    void invalidNlriIsInvalidNetworkField() {
        assertEquals("3/10 SESSION_RESET ", summary(reset(update("", MANDATORY, "210A000001"))));
        assertEquals("3/10 SESSION_RESET ", summary(reset(update("180A00", "", ""))));
    }

    @Test
    void attributeOverrunningTheSectionIsTreatAsWithdraw() throws Exception {
        // a COMMUNITIES claiming 8 bytes where 4 remain
        Update u = decode(update("", MANDATORY + "C00808FDE80001", "180A0001"));
        assertEquals(ErrorAction.TREAT_AS_WITHDRAW, u.action());
        assertEquals("3/5 TREAT_AS_WITHDRAW ", summary(u.errors().get(0)));
        assertEquals(1, u.nlri().size(), "the NLRI are still located, to be withdrawn");
    }

    @Test
    void truncatedAttributeHeaderIsTreatAsWithdraw() throws Exception {
        Update u = decode(update("", MANDATORY + "C008", "180A0001"));
        assertEquals("3/1 TREAT_AS_WITHDRAW ", summary(u.errors().get(0)));
    }

    @Test
    void missingMandatoryAttributesAreTreatAsWithdrawWithTheTypeAsData() throws Exception {
        Update u = decode(update("", "40010100", "180A0001"));
        assertEquals(List.of("3/3 TREAT_AS_WITHDRAW 02", "3/3 TREAT_AS_WITHDRAW 03"),
                u.errors().stream().map(UpdateErrorHandlingTest::summary).toList());
        // withdrawals alone need no attribute
        assertEquals(ErrorAction.NONE, decode(update("180A0001", "", "")).action());
    }

    @Test
    void unrecognizedWellKnownAttributeResetsTheSession() {
        String attr = "40630100";
        assertEquals("3/2 SESSION_RESET " + attr, summary(reset(update("", MANDATORY + attr, "180A0001"))));
    }

    @Test
    void unknownOptionalTransitiveAttributeIsKeptAndSentBackAsIs() throws Exception {
        String hex = update("", MANDATORY + "E06303AABBCC", "180A0001");
        Update u = decode(hex);
        assertEquals(ErrorAction.NONE, u.action());
        assertEquals(4, u.attributes().size());
        assertEquals(hex, Hex.encode(codec.encode(u, ctx)));
    }

    @Test
    void wrongFlagsAreAttributeFlagsErrorTreatAsWithdraw() throws Exception {
        // ORIGIN sent as optional
        Update u = decode(update("", "C0010100" + "4002060201" + "0000FDE8" + "400304C0000201", "180A0001"));
        assertEquals("3/4 TREAT_AS_WITHDRAW C0010100", summary(u.errors().get(0)));
    }

    @Test
    void duplicateAttributeKeepsTheFirst() throws Exception {
        Update u = decode(update("", MANDATORY + "40010101", "180A0001"));
        assertEquals(ErrorAction.ATTRIBUTE_DISCARD, u.action());
        assertEquals(3, u.attributes().size());
    }

    @Test
    void duplicateMpReachResetsTheSession() {
        String mpReach = "800E1A" + "000201" + "10" + "20010DB8000000000000000000000001" + "00" + "2020010DB8";
        String dup = "40010100" + "40020602010000FDE8" + mpReach + mpReach;
        assertEquals("3/1 SESSION_RESET ", summary(reset(update("", dup, ""))));
    }

    @Test
    void mpReachWithInvalidNextHopLengthDisablesTheFamily() throws Exception {
        // IPv6 unicast with a 5-byte next hop
        String mpReach = "800E0F" + "000201" + "05" + "0102030405" + "00" + "2020010DB8";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, u.action());
        assertEquals(9, u.errors().get(0).subcode());
    }

    @Test
    void mpReachWithMalformedNlriDisablesTheFamily() throws Exception {
        String mpReach = "800E19" + "000201" + "10" + "20010DB8000000000000000000000001" + "00" + "8120010D";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, u.action());
        assertEquals(10, u.errors().get(0).subcode());
    }

    @Test
    void mpReachWithMalformedRtcNlriDisablesTheFamily() throws Exception {
        // ipv4 rtc, next hop 10.0.0.1, a route target prefix of 20 bits
        String mpReach = "800E0D" + "000184" + "04" + "0A000001" + "00" + "140000FD";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, u.action());
        assertEquals(10, u.errors().get(0).subcode());
        assertEquals("invalid ipv4 rtc NLRI: route target prefix length 20, expected 0 or 32 to 96 at byte 0",
                u.errors().get(0).getMessage());
        String good = "800E16" + "000184" + "04" + "0A000001" + "00" + "600000FDE80002FDE800000064";
        Update ok = decode(update("", "40010100" + "40020602010000FDE8" + good, ""));
        assertEquals(ErrorAction.NONE, ok.action());
    }

    @Test
    void mpReachWithMalformedSrPolicyNlriDisablesTheFamily() throws Exception {
        // ipv4 sr-policy, next hop 192.0.2.1, an entry of 95 bits
        String mpReach = "800E16" + "000149" + "04" + "C0000201" + "00" + "5F" + "00000000" + "00000064" + "0A000001";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, u.action());
        assertEquals(10, u.errors().get(0).subcode());
        assertEquals("invalid ipv4 sr-policy NLRI: length 95 bits at byte 0, expected 96",
                u.errors().get(0).getMessage());
        String good = mpReach.replace("005F", "0060");
        Update ok = decode(update("", "40010100" + "40020602010000FDE8" + good, ""));
        assertEquals(ErrorAction.NONE, ok.action());
        assertEquals("distinguisher 0 color 100 endpoint 10.0.0.1", ok.mpReach().orElseThrow().nlri().get(0)
                .toString());
    }

    @Test
    void malformedTunnelEncapsulationIsTreatAsWithdraw() throws Exception {
        // ipv4 sr-policy with a Tunnel Encapsulation whose preference sub-TLV is of length 5
        String mpReach = "800E16" + "000149" + "04" + "C0000201" + "00" + "60" + "00000000" + "00000064" + "0A000001";
        String tunnel = "C01709" + "000F0005" + "0C03000000";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + tunnel + mpReach, ""));
        assertEquals(ErrorAction.TREAT_AS_WITHDRAW, u.action());
        assertEquals("malformed TUNNEL_ENCAPSULATION: tunnel type 15: sub-TLV 12 length 3",
                u.errors().get(0).getMessage());
    }

    @Test
    void mpReachWithMalformedMupNlriDisablesTheFamily() throws Exception {
        // ipv4 mup, next hop 10.0.0.2, an interwork segment discovery route with a prefix of 33 bits
        String mpReach = "800E19" + "000155" + "04" + "0A000002" + "00" + "0100010C0000006400000064210A0001";
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, u.action());
        assertEquals(10, u.errors().get(0).subcode());
        assertEquals("invalid ipv4 mup NLRI: InterworkSegmentDiscoveryRoute with a prefix length of 33 bits, expected"
                + " at most 32 at byte 0", u.errors().get(0).getMessage());
        String good = "800E19" + "000155" + "04" + "0A000002" + "00" + "0100010C0000006400000064180A0001";
        Update ok = decode(update("", "40010100" + "40020602010000FDE8" + good, ""));
        assertEquals(ErrorAction.NONE, ok.action());
    }

    @Test
    void mpReachOfAFamilyWithoutCodecIsDiscardedWithAnError() throws Exception {
        String mpReach = "800E09" + "000146" + "00" + "00" + "03810A00"; // ipv4 evpn: no codec
        Update u = decode(update("", "40010100" + "40020602010000FDE8" + mpReach, ""));
        assertEquals(ErrorAction.ATTRIBUTE_DISCARD, u.action());
        assertTrue(u.mpReach().isEmpty());
    }

    @Test
    void ipv6RouteInMpReach() throws Exception {
        String mpReach = "800E1A" + "000201" + "10" + "20010DB8000000000000000000000001" + "00" + "2020010DB8";
        String hex = update("", "40010100" + "40020602010000FDE8" + mpReach, "");
        Update u = decode(hex);
        assertEquals(ErrorAction.NONE, u.action());
        MpReach m = u.mpReach().orElseThrow();
        assertEquals(Family.IPV6_UNICAST, m.family());
        assertEquals("2001:db8::1", m.nextHopAddresses()[0]);
        assertEquals("2001:db8::/32", m.nlri().get(0).toString());
        assertEquals(hex, Hex.encode(codec.encode(u, ctx)));
    }

    @Test
    void longAttributeIsEncodedWithExtendedLength() throws Exception {
        // 70 communities = 280 bytes
        String communities = "FDE80001".repeat(70);
        String hex = update("", MANDATORY + "D0080118" + communities, "180A0001");
        Update u = decode(hex);
        assertEquals(ErrorAction.NONE, u.action());
        assertEquals(hex, Hex.encode(codec.encode(u, ctx)));
    }
}
