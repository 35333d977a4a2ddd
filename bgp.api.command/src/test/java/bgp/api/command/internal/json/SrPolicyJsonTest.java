package bgp.api.command.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.srpolicy.SrPolicyNlri;
import bgp.codec.srpolicy.SrPolicyNlris;
import bgp.config.route.RouteParser;
import bgp.config.route.Token;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * SR Policy JSON beyond ExaBGP's two qa/decoding vectors (which ExabgpJsonConformanceTest checks): our choices for
 * segment types C to K, priority, ENLP, unknown sub-TLVs, other tunnel types and path identifiers, stated exactly.
 */
class SrPolicyJsonTest {
    private final ExabgpJson json = new ExabgpJson("5.0.0", "box", 42, 7, new AtomicLong()::get);
    private final ExabgpJson.Peer peer = new ExabgpJson.Peer("10.0.0.1", "10.0.0.2", 65000, 65001, "1.1.1.1");

    private String message(Update u) {
        String s = json.update(peer, "in", u);
        return s.substring(s.indexOf("\"message\":") + 10, s.length() - 2);
    }

    private static TunnelEncapsulation tunnel(String text) throws Exception {
        for (Attribute a : RouteParser.parse(Token.split(text), true).get(0).route().attributes()) {
            if (a instanceof TunnelEncapsulation t) {
                return t;
            }
        }
        throw new AssertionError("no tunnel in " + text);
    }

    @Test
    void everySegmentTypePriorityEnlpAndPathIdentifiers() throws Exception {
        TunnelEncapsulation t = tunnel("sr-policy distinguisher 0 color 1 endpoint 10.0.0.1 next-hop 10.0.0.9"
                + " preference 5 priority 10 enlp 2 binding-sid mpls 24000 policy-name \"p\""
                + " segment-list segment type-c ipv4 10.0.0.1 algorithm 1 sid 16001"
                + " segment type-d ipv6 fc00::1 algorithm 2"
                + " segment type-e local-if-id 3 ipv4 10.0.0.2"
                + " segment type-f local 192.168.1.1 remote 192.168.1.2 sid 16004"
                + " segment-list weight 7"
                + " segment type-g local-if-id 1 local-ipv6 fc00::1 remote-if-id 2 remote-ipv6 fc00::2"
                + " segment type-h local fc00::3 remote fc00::4"
                + " segment type-i ipv6 fc00::5 algorithm 0 sid fc00::100 endpoint-behavior 65 32 0 16 0"
                + " segment type-j local-if-id 3 local-ipv6 fc00::3 remote-if-id 4 remote-ipv6 fc00::4 algorithm 1"
                + " sid fc00::300"
                + " segment type-k local fc00::1 remote fc00::2 algorithm 0");
        byte[] nlri = Hex.decode("00000009" + "60" + "00000000" + "00000001" + "0A000001");
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(t, MpReach.of(SrPolicyNlri.IPV4,
                IpAddresses.parse("10.0.0.9"), SrPolicyNlris.decode(SrPolicyNlri.IPV4, nlri, 0, nlri.length, true))),
                Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"tunnel-encap\":{\"sr-policy\":{\"preference\":5,\"priority\":10,"
                + "\"binding-sid\":{\"type\":\"mpls\",\"label\":24000},\"enlp\":2,\"policy-name\":\"p\","
                + "\"segment-lists\":[{\"segments\":["
                + "{\"type\":\"C\",\"ipv4\":\"10.0.0.1\",\"algorithm\":1,\"label\":16001,\"tc\":0,\"s\":true,"
                + "\"ttl\":0},"
                + "{\"type\":\"D\",\"ipv6\":\"fc00::1\",\"algorithm\":2},"
                + "{\"type\":\"E\",\"local-if-id\":3,\"ipv4\":\"10.0.0.2\"},"
                + "{\"type\":\"F\",\"local\":\"192.168.1.1\",\"remote\":\"192.168.1.2\",\"label\":16004,\"tc\":0,"
                + "\"s\":true,\"ttl\":0}]},"
                + "{\"weight\":7,\"segments\":["
                + "{\"type\":\"G\",\"local-if-id\":1,\"local-ipv6\":\"fc00::1\",\"remote-if-id\":2,"
                + "\"remote-ipv6\":\"fc00::2\"},"
                + "{\"type\":\"H\",\"local\":\"fc00::3\",\"remote\":\"fc00::4\"},"
                + "{\"type\":\"I\",\"ipv6\":\"fc00::5\",\"algorithm\":0,\"sid\":\"fc00::100\",\"endpoint-behavior\":"
                + "{\"behavior\":65,\"lb-length\":32,\"ln-length\":0,\"fun-length\":16,\"arg-length\":0}},"
                + "{\"type\":\"J\",\"local-if-id\":3,\"local-ipv6\":\"fc00::3\",\"remote-if-id\":4,"
                + "\"remote-ipv6\":\"fc00::4\",\"algorithm\":1,\"sid\":\"fc00::300\"},"
                + "{\"type\":\"K\",\"local\":\"fc00::1\",\"remote\":\"fc00::2\",\"algorithm\":0}]}]}}},"
                + "\"announce\":{\"ipv4 sr-policy\":{\"10.0.0.9\":[{\"distinguisher\":0,\"color\":1,"
                + "\"endpoint\":\"10.0.0.1\",\"path-information\":\"0.0.0.9\"}]}}}}", message(u));
    }

    @Test
    void otherTunnelsUnknownSubTlvsAndSegmentsAndBindingSidForms() throws Exception {
        // a VXLAN tunnel; an SR Policy with an empty binding SID, an SRv6 SID in the binding SID sub-TLV, an unknown
        // sub-TLV and a segment list with a segment of type 2 (not in RFC 9831)
        TunnelEncapsulation t = TunnelEncapsulation.wrap(Hex.decode("00080006FE0003010203" + "000F0027" + "0D020000"
                + "0D120000" + "20010DB8000000000000000000000001" + "FA00020102"
                + "800007" + "00" + "0204" + "00000001"));
        byte[] v6 = Hex.decode("C0" + "00000001" + "00000002" + "20010DB8000000000000000000000001");
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(t, new MpUnreach(SrPolicyNlri.IPV6,
                SrPolicyNlris.decode(SrPolicyNlri.IPV6, v6, 0, v6.length, false))), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"tunnel-encap\":{\"tunnel-8\":\"0xfe0003010203\","
                + "\"sr-policy\":{\"binding-sid\":{\"type\":\"srv6\",\"sid\":\"2001:db8::1\"},"
                + "\"segment-lists\":[{\"segments\":[{\"type\":2,\"value\":\"0x00000001\"}]}],"
                + "\"sub-tlvs\":[{\"type\":250,\"value\":\"0x0102\"}]}}},"
                + "\"withdraw\":{\"ipv6 sr-policy\":[{\"distinguisher\":1,\"color\":2,\"endpoint\":\"2001:db8::1\"}]}}}",
                message(u));
    }
}
