package bgp.codec.mvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.RouteDistinguisher;
import org.junit.jupiter.api.Test;

/** MCAST-VPN NLRI (RFC 6514 §4) against the routes of ExaBGP's {@code api-mvpn} test. */
class McastVpnNlrisTest {
    static final RouteDistinguisher RD = RouteDistinguisher.parse("65000:99999");
    static final String SHARED_JOIN = "06160000FDE80001869F0000FDE8200A63C70120EFFBFFE4";
    static final String SOURCE_JOIN_V6 = "072E0000FDE80001869F0000FDE880FD12000000000000000000000000000280FF0E000000"
            + "0000000000000000000001";
    static final String SOURCE_AD = "05120000FDE80001869F200A630C0420EFFBFFE4";

    static String bytes(McastVpnNlri n) {
        WireWriter w = new WireWriter();
        n.encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void buildsExaBgpsBytes() {
        assertEquals(SHARED_JOIN, bytes(McastVpnNlri.join(McastVpnNlri.IPV4, 6, RD, 65000,
                IpAddresses.parse("10.99.199.1"), IpAddresses.parse("239.251.255.228"))));
        assertEquals(SOURCE_JOIN_V6, bytes(McastVpnNlri.join(McastVpnNlri.IPV6, 7, RD, 65000,
                IpAddresses.parse("fd12::2"), IpAddresses.parse("ff0e::1"))));
        assertEquals(SOURCE_AD, bytes(McastVpnNlri.sourceActive(McastVpnNlri.IPV4, RD,
                IpAddresses.parse("10.99.12.4"), IpAddresses.parse("239.251.255.228"))));
    }

    @Test
    void decodesTheFields() throws Exception {
        byte[] b = Hex.decode(SHARED_JOIN + SOURCE_AD);
        McastVpnNlris l = McastVpnNlris.decode(McastVpnNlri.IPV4, b, 0, b.length, false);
        assertEquals(2, l.size());
        McastVpnNlri join = l.get(0);
        assertEquals(6, join.routeType());
        assertEquals("65000:99999", RouteDistinguisher.format(join.rd()));
        assertEquals(65000, join.sourceAs());
        assertEquals("10.99.199.1", IpAddresses.format(join.source()));
        assertEquals("239.251.255.228", IpAddresses.format(join.group()));
        assertEquals(SHARED_JOIN, join.raw());
        assertEquals("shared-join rp 10.99.199.1 group 239.251.255.228 rd 65000:99999 source-as 65000",
                join.toString());
        McastVpnNlri ad = l.get(1);
        assertEquals(-1, ad.sourceAs());
        assertEquals("source-ad source 10.99.12.4 group 239.251.255.228 rd 65000:99999", ad.toString());
        assertEquals("C-Multicast Shared Tree Join route", McastVpnNlri.name(6));
        WireWriter w = new WireWriter();
        l.encodeAll(w, true);
        byte[] with = w.toByteArray();
        McastVpnNlris back = McastVpnNlris.decode(McastVpnNlri.IPV4, with, 0, with.length, true);
        assertEquals(l.get(1), back.get(1));
        byte[] v6 = Hex.decode(SOURCE_JOIN_V6);
        assertEquals("fd12::2", IpAddresses.format(McastVpnNlris.decode(McastVpnNlri.IPV6, v6, 0, v6.length, false)
                .get(0).source()));
        byte[] other = Hex.decode("0103AABBCC");
        assertFalse(McastVpnNlris.decode(McastVpnNlri.IPV4, other, 0, 5, false).get(0).known());
    }

    @Test
    void malformedFieldsAreInvalidNetworkField() {
        for (String bad : new String[] {SHARED_JOIN.substring(0, 30), "0615" + SHARED_JOIN.substring(4, 46),
                SOURCE_AD.substring(0, 20) + "21" + SOURCE_AD.substring(22), "0612" + SOURCE_AD.substring(4), "06"}) {
            byte[] b = Hex.decode(bad.length() % 2 == 0 ? bad : bad + "0");
            BgpDecodeException e = assertThrows(BgpDecodeException.class,
                    () -> McastVpnNlris.decode(McastVpnNlri.IPV4, b, 0, b.length, false), bad);
            assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        }
        assertThrows(IllegalArgumentException.class, () -> McastVpnNlris.empty(new bgp.codec.Family(1, 1)));
    }
}
