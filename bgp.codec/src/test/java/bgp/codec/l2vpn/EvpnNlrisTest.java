package bgp.codec.l2vpn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.RouteDistinguisher;
import org.junit.jupiter.api.Test;

/** EVPN NLRI (RFC 7432 §7, RFC 9136 §3.1): the five route types byte by byte, built and decoded. */
class EvpnNlrisTest {
    static final RouteDistinguisher RD = RouteDistinguisher.parse("65000:1");
    static final byte[] ESI = Hex.decode("00112233445566778899");
    /** Type 1: rd 65000:1, esi 00:11:..:99, tag 0, label 100. */
    static final String AD = "0119" + "0000FDE800000001" + "00112233445566778899" + "00000000" + "000641";
    /** Type 2: rd 1.2.3.4:100, esi 0, tag 10, MAC 00:11:22:AA:BB:CC, IPv4 10.0.0.1, labels 200 and 5000. */
    static final String MAC = "0228" + "0001010203040064" + "00000000000000000000" + "0000000A" + "30" + "001122AABBCC"
            + "20" + "0A000001" + "000C81" + "013881";
    /** Type 2 without an IP, one label 16. */
    static final String MAC_ONLY = "0221" + "0000FDE800000001" + "00000000000000000000" + "00000000" + "30"
            + "001122AABBCC" + "00" + "000101";
    /** Type 3: rd 65000:1, tag 0, originating router 10.0.0.2. */
    static final String MULTICAST = "0311" + "0000FDE800000001" + "00000000" + "20" + "0A000002";
    /** Type 4: rd 65000:1, esi 00:11:..:99, originating router 2001:db8::1. */
    static final String SEGMENT = "0423" + "0000FDE800000001" + "00112233445566778899" + "80"
            + "20010DB8000000000000000000000001";
    /** Type 5: rd 65000:1, esi 0, tag 0, 10.1.2.0/24, gateway 0.0.0.0, label 300. */
    static final String PREFIX = "0522" + "0000FDE800000001" + "00000000000000000000" + "00000000" + "18" + "0A010200"
            + "00000000" + "0012C1";

    static EvpnNlris decode(String hex, boolean addPath) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return EvpnNlris.decode(b, 0, b.length, addPath);
    }

    static String bytes(EvpnNlri n) {
        WireWriter w = new WireWriter();
        n.encode(w, false);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void theFactoriesBuildTheRfcLayouts() {
        assertEquals(AD, bytes(EvpnNlri.ethernetAd(RD, ESI, 0, 100)));
        assertEquals(MAC, bytes(EvpnNlri.macIp(RouteDistinguisher.parse("1.2.3.4:100"), null, 10,
                Hex.decode("001122AABBCC"), IpAddresses.parse("10.0.0.1"), 200, 5000)));
        assertEquals(MAC_ONLY, bytes(EvpnNlri.macIp(RD, null, 0, Hex.decode("001122AABBCC"), null, 16)));
        assertEquals(MULTICAST, bytes(EvpnNlri.inclusiveMulticast(RD, 0, IpAddresses.parse("10.0.0.2"))));
        assertEquals(SEGMENT, bytes(EvpnNlri.ethernetSegment(RD, ESI, IpAddresses.parse("2001:db8::1"))));
        assertEquals(PREFIX, bytes(EvpnNlri.ipPrefix(RD, null, 0, IpAddresses.parse("10.1.2.0"), 24,
                IpAddresses.parse("0.0.0.0"), 300)));
    }

    @Test
    void decodesEveryRouteType() throws Exception {
        EvpnNlris l = decode(AD + MAC + MAC_ONLY + MULTICAST + SEGMENT + PREFIX, false);
        assertEquals(6, l.size());
        assertEquals(EvpnNlri.FAMILY, l.family());
        for (int i = 0; i < 6; i++) {
            assertEquals(new int[] {1, 2, 2, 3, 4, 5}[i], l.routeType(i));
        }
        EvpnNlri ad = l.get(0);
        assertEquals("65000:1", RouteDistinguisher.format(ad.rd()));
        assertEquals("00:11:22:33:44:55:66:77:88:99", EvpnNlri.formatEsi(ad.esi()));
        assertEquals(0, ad.ethernetTag());
        assertArrayEquals(new int[] {0x000641}, ad.rawLabels());
        assertEquals(AD, ad.raw());
        assertEquals("evpn:ethernetad:65000:1:00:11:22:33:44:55:66:77:88:99:0:100", ad.toString());

        EvpnNlri mac = l.get(1);
        assertEquals("1.2.3.4:100", RouteDistinguisher.format(mac.rd()));
        assertEquals("-", EvpnNlri.formatEsi(mac.esi()));
        assertEquals(10, mac.ethernetTag());
        assertEquals("00:11:22:AA:BB:CC", EvpnNlri.formatMac(mac.mac()));
        assertEquals(48, mac.macLength());
        assertEquals("10.0.0.1", IpAddresses.format(mac.ip()));
        assertArrayEquals(new int[] {0x000C81, 0x013881}, mac.rawLabels());
        assertEquals("evpn:macadv:1.2.3.4:100:-:10:00:11:22:AA:BB:CC:10.0.0.1:200", mac.toString());
        assertNull(l.get(2).ip());
        assertArrayEquals(new int[] {0x000101}, l.get(2).rawLabels());

        EvpnNlri multicast = l.get(3);
        assertNull(multicast.esi());
        assertEquals("10.0.0.2", IpAddresses.format(multicast.ip()));
        assertEquals(0, multicast.rawLabels().length);

        EvpnNlri segment = l.get(4);
        assertEquals("2001:db8::1", IpAddresses.format(segment.ip()));
        assertEquals(-1, segment.ethernetTag());

        EvpnNlri prefix = l.get(5);
        assertEquals("10.1.2.0", IpAddresses.format(prefix.ip()));
        assertEquals(24, prefix.prefixLength());
        assertEquals("0.0.0.0", IpAddresses.format(prefix.gateway()));
        assertArrayEquals(new int[] {0x0012C1}, prefix.rawLabels());
        assertEquals("IP Prefix Advertisement", EvpnNlri.name(5));

        WireWriter w = new WireWriter();
        l.encodeAll(w, false);
        assertEquals(AD + MAC + MAC_ONLY + MULTICAST + SEGMENT + PREFIX, Hex.encode(w.toByteArray()));
        assertEquals(l, EvpnNlris.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5)));
    }

    @Test
    void otherRouteTypesAreKeptAsBytes() throws Exception {
        EvpnNlris l = decode("0903AABBCC", false);
        EvpnNlri n = l.get(0);
        assertFalse(n.known());
        assertEquals("0903AABBCC", n.raw());
        assertNull(EvpnNlri.name(9));
        assertEquals("evpn:unknown:0xaabbcc", n.toString());
    }

    @Test
    void pathIdentifiers() throws Exception {
        EvpnNlris l = decode("00000003" + MULTICAST + "00000004" + AD, true);
        assertTrue(l.hasPathIds());
        assertEquals(3, l.pathId(0));
        assertEquals(4, l.get(1).pathId());
        assertEquals(4 + 2 + 25, l.encodedLength(1, true));
        WireWriter w = new WireWriter();
        l.encode(1, w, false);
        assertEquals(AD, Hex.encode(w.toByteArray()));
        assertEquals(l, EvpnNlris.of(l.get(0), l.get(1)));
    }

    @Test
    void malformedFieldsAreInvalidNetworkField() {
        String[] bad = {
            "0118" + AD.substring(4, AD.length() - 2), // type 1 of 24 bytes
            MAC.substring(0, 62) + "18" + MAC.substring(64), // MAC length 24? no: IP length field 24 in a v4 route
            "0224" + MAC.substring(4, MAC.length() - 8), // type 2 of 36 bytes claims 32-bit IP
            MULTICAST.substring(0, 28) + "80" + MULTICAST.substring(30), // IP length 128 in 4 bytes
            "0412" + SEGMENT.substring(4, 40), // type 4 of 18 bytes
            PREFIX.substring(0, 48) + "21" + PREFIX.substring(50), // /33 in IPv4
            AD.substring(0, 20), // truncated
            "05", // no length
        };
        for (String b : bad) {
            BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(b, false), b);
            assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
            assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        }
        assertThrows(IllegalArgumentException.class, () -> new EvpnNlri(1, new byte[24], 0));
        assertThrows(IllegalArgumentException.class,
                () -> EvpnNlri.ethernetAd(RD, new byte[9], 0, 1));
    }
}
