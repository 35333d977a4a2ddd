package bgp.api.command.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.Origin;
import bgp.codec.l2vpn.EvpnNlri;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact JSON of VPLS and EVPN routes of every type, announced and withdrawn. */
class L2vpnJsonTest {
    static final RouteDistinguisher RD = RouteDistinguisher.parse("65000:1");
    static final byte[] ESI = Hex.decode("00112233445566778899");

    private static String message(Update u) {
        JsonWriter w = new JsonWriter(new StringBuilder());
        ExabgpJson.updateBody(w, u);
        return w.out().toString();
    }

    @Test
    void vpls() {
        VplsNlris l = VplsNlris.of(VplsNlri.of(RouteDistinguisher.parse("192.168.201.1:123"), 5, 10702, 1, 8));
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(Origin.IGP,
                MpReach.of(VplsNlri.FAMILY, IpAddresses.parse("192.168.201.1"), l)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"attribute\":{\"origin\":\"igp\"},\"announce\":{\"l2vpn vpls\":{"
                + "\"192.168.201.1\":[{\"rd\":\"192.168.201.1:123\",\"endpoint\":5,\"base\":10702,\"offset\":1,"
                + "\"size\":8}]}}}}", message(u));
        Update w = new Update(Ipv4Prefixes.EMPTY, List.of(new MpUnreach(VplsNlri.FAMILY, l)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"withdraw\":{\"l2vpn vpls\":[{\"rd\":\"192.168.201.1:123\",\"endpoint\":5,"
                + "\"base\":10702,\"offset\":1,\"size\":8}]}}}", message(w));
    }

    @Test
    void evpnEveryRouteType() {
        EvpnNlris l = EvpnNlris.of(
                EvpnNlri.ethernetAd(RD, ESI, 0, 100),
                EvpnNlri.macIp(RouteDistinguisher.parse("1.2.3.4:100"), null, 10, Hex.decode("001122AABBCC"),
                        IpAddresses.parse("10.0.0.1"), 200),
                EvpnNlri.macIp(RD, null, 0, Hex.decode("001122AABBCC"), null, 16),
                EvpnNlri.inclusiveMulticast(RD, 0, IpAddresses.parse("10.0.0.2")),
                EvpnNlri.ethernetSegment(RD, ESI, IpAddresses.parse("2001:db8::1")),
                EvpnNlri.ipPrefix(RD, null, 0, IpAddresses.parse("10.1.2.0"), 24, IpAddresses.parse("0.0.0.0"), 300),
                new EvpnNlri(9, Hex.decode("AABBCC"), 0));
        Update u = new Update(Ipv4Prefixes.EMPTY, List.of(
                MpReach.of(EvpnNlri.FAMILY, IpAddresses.parse("10.0.0.9"), l)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"announce\":{\"l2vpn evpn\":{\"10.0.0.9\":["
                + "{\"code\":1,\"parsed\":true,\"raw\":\"01190000FDE800000001001122334455667788990000000000"
                + "0641\",\"name\":\"Ethernet Auto-Discovery\",\"rd\":\"65000:1\","
                + "\"esi\":\"00:11:22:33:44:55:66:77:88:99\",\"ethernet-tag\":0,\"label\":[[100,1601]]},"
                + "{\"code\":2,\"parsed\":true,\"raw\":\"02250001010203040064000000000000000000000000000A30001122AABBCC"
                + "200A000001000C81\",\"name\":\"MAC/IP advertisement\",\"rd\":\"1.2.3.4:100\",\"esi\":\"-\","
                + "\"ethernet-tag\":10,\"mac\":\"00:11:22:AA:BB:CC\",\"label\":[[200,3201]],\"ip\":\"10.0.0.1\"},"
                + "{\"code\":2,\"parsed\":true,\"raw\":\"02210000FDE80000000100000000000000000000000000003000112"
                + "2AABBCC00000101\",\"name\":\"MAC/IP advertisement\",\"rd\":\"65000:1\",\"esi\":\"-\","
                + "\"ethernet-tag\":0,\"mac\":\"00:11:22:AA:BB:CC\",\"label\":[[16,257]]},"
                + "{\"code\":3,\"parsed\":true,\"raw\":\"03110000FDE80000000100000000200A000002\","
                + "\"name\":\"Inclusive Multicast Ethernet Tag\",\"rd\":\"65000:1\",\"ethernet-tag\":0,"
                + "\"ip\":\"10.0.0.2\"},"
                + "{\"code\":4,\"parsed\":true,\"raw\":\"04230000FDE8000000010011223344556677889980"
                + "20010DB8000000000000000000000001\",\"name\":\"Ethernet Segment\",\"rd\":\"65000:1\","
                + "\"esi\":\"00:11:22:33:44:55:66:77:88:99\",\"ip\":\"2001:db8::1\"},"
                + "{\"code\":5,\"parsed\":true,\"raw\":\"05220000FDE80000000100000000000000000000000000"
                + "00180A010200000000000012C1\",\"name\":\"IP Prefix Advertisement\",\"rd\":\"65000:1\","
                + "\"esi\":\"-\",\"ethernet-tag\":0,\"label\":[[300,4801]],\"ip\":\"10.1.2.0\",\"iplen\":24,"
                + "\"gateway\":\"0.0.0.0\"},"
                + "{\"code\":9,\"parsed\":false,\"raw\":\"0903AABBCC\"}]}}}}", message(u));
    }

    @Test
    void evpnWithdrawalWithPathIdentifiers() {
        EvpnNlris l = EvpnNlris.of(EvpnNlri.inclusiveMulticast(RD, 7, IpAddresses.parse("10.0.0.2")).withPathId(3));
        Update w = new Update(Ipv4Prefixes.EMPTY, List.of(new MpUnreach(EvpnNlri.FAMILY, l)), Ipv4Prefixes.EMPTY);
        assertEquals("{\"update\":{\"withdraw\":{\"l2vpn evpn\":[{\"code\":3,\"parsed\":true,"
                + "\"raw\":\"03110000FDE80000000100000007200A000002\",\"name\":\"Inclusive Multicast Ethernet Tag\","
                + "\"rd\":\"65000:1\",\"ethernet-tag\":7,\"ip\":\"10.0.0.2\",\"path-information\":\"0.0.0.3\"}]}}}",
                message(w));
    }
}
