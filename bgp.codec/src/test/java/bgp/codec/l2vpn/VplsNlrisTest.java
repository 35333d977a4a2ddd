package bgp.codec.l2vpn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.MpReach;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Notification;
import bgp.codec.message.Update;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** VPLS NLRI (RFC 4761 §3.2.2) against the bytes of ExaBGP's {@code conf-l2vpn} test. */
class VplsNlrisTest {
    /** rd 192.168.201.1:123, VE ID 5, offset 1, size 8, label base 10702 (bottom of stack). */
    static final String SITE = "00110001C0A8C901007B000500010008029CE1";
    /** The same route with rd 192.168.201.1:124 and base 10732. */
    static final String SITE5 = "00110001C0A8C901007C000500010008029EC1";

    static VplsNlris decode(String hex, boolean addPath) throws BgpDecodeException {
        byte[] b = Hex.decode(hex);
        return VplsNlris.decode(b, 0, b.length, addPath);
    }

    @Test
    void decodesEveryField() throws Exception {
        VplsNlris l = decode(SITE + SITE5, false);
        assertEquals(2, l.size());
        assertEquals(VplsNlri.FAMILY, l.family());
        assertEquals("192.168.201.1:123", RouteDistinguisher.format(l.rd(0)));
        assertEquals(5, l.endpoint(0));
        assertEquals(1, l.offset(0));
        assertEquals(8, l.blockSize(0));
        assertEquals(10702, l.base(0));
        assertEquals(0x029CE1, l.rawLabel(0));
        assertEquals(10732, l.base(1));
        assertFalse(l.hasPathIds());
        assertEquals(0, l.pathId(1));
        assertEquals("vpls rd 192.168.201.1:124 endpoint 5 base 10732 offset 1 size 8", l.get(1).toString());
        assertEquals(19, l.encodedLength(0, false));
        assertEquals(23, l.encodedLength(0, true));
    }

    @Test
    void buildsTheSameBytesAsExaBgp() {
        VplsNlri site = VplsNlri.of(RouteDistinguisher.parse("192.168.201.1:123"), 5, 10702, 1, 8);
        WireWriter w = new WireWriter();
        site.encode(w, false);
        assertEquals(SITE, Hex.encode(w.toByteArray()));
        WireWriter all = new WireWriter();
        VplsNlris.of(site, VplsNlri.of(RouteDistinguisher.parse("192.168.201.1:124"), 5, 10732, 1, 8))
                .encodeAll(all, false);
        assertEquals(SITE + SITE5, Hex.encode(all.toByteArray()));
    }

    @Test
    void pathIdentifiers() throws Exception {
        VplsNlris l = decode("00000007" + SITE, true);
        assertTrue(l.hasPathIds());
        assertEquals(7, l.pathId(0));
        assertEquals(7, l.get(0).pathId());
        WireWriter w = new WireWriter();
        l.encode(0, w, false);
        assertEquals(SITE, Hex.encode(w.toByteArray()));
        WireWriter with = new WireWriter();
        l.get(0).encode(with, true);
        assertEquals("00000007" + SITE, Hex.encode(with.toByteArray()));
    }

    @Test
    void objectsAndListsAreValues() throws Exception {
        VplsNlri site = VplsNlri.of(RouteDistinguisher.parse("192.168.201.1:123"), 5, 10702, 1, 8);
        assertEquals(site, decode(SITE, false).get(0));
        assertEquals(site.hashCode(), decode(SITE, false).get(0).hashCode());
        assertEquals(VplsNlris.of(site), decode(SITE, false));
        assertEquals(0, decode("", false).size());
    }

    @Test
    void malformedFieldsAreInvalidNetworkField() {
        for (String bad : new String[] {"0010" + SITE.substring(4, 36), "0012" + SITE.substring(4) + "00",
                SITE.substring(0, 36), "00", SITE + "0011"}) {
            BgpDecodeException e = assertThrows(BgpDecodeException.class, () -> decode(bad, false), bad);
            assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
            assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
        }
        assertThrows(BgpDecodeException.class, () -> decode(SITE, true));
        assertThrows(IllegalArgumentException.class,
                () -> VplsNlri.of(RouteDistinguisher.parse("1:1"), 65536, 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> VplsNlri.of(RouteDistinguisher.parse("1:1"), 1, 1 << 20, 1, 1));
    }

    /** The UPDATE of conf-l2vpn, whole; a broken VPLS field in MP_REACH_NLRI disables the family (RFC 7606 §5.3). */
    @Test
    void inAnUpdate() throws Exception {
        String body = "0000007E4001010040021E020700007814000078140000781400007814000078140000781400007814800404000007D0"
                + "40050400000001C00804D53F007B800904C0A81601800A0803030303C0A8C901C010100002D53F00000006800A130005DC"
                + "006F800E1C00194104C0A8C90100" + SITE;
        byte[] message = Hex.decode("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF009502" + body);
        OpenContext ctx = OpenContext.builder().families(Set.of(VplsNlri.FAMILY)).build();
        Update u = assertInstanceOf(Update.class, BuiltinCodecs.codec().decode(message, ctx));
        MpReach reach = u.attributes().stream().filter(a -> a instanceof MpReach).map(a -> (MpReach) a)
                .findFirst().orElseThrow();
        assertEquals(VplsNlri.FAMILY, reach.family());
        assertArrayEquals(Hex.decode("C0A8C901"), reach.nextHop());
        assertEquals(10702, ((VplsNlris) reach.nlri()).base(0));
        WireWriter w = new WireWriter();
        BuiltinCodecs.codec().encode(u, ctx, w);
        assertEquals(Hex.encode(message), Hex.encode(w.toByteArray()));

        byte[] broken = message.clone();
        broken[message.length - 19 + 1] = 0x10; // length 16
        Update bad = assertInstanceOf(Update.class, BuiltinCodecs.codec().decode(broken, ctx));
        assertEquals(ErrorAction.AFI_SAFI_DISABLE, bad.action());
        assertEquals(Notification.INVALID_NETWORK_FIELD, bad.errors().get(0).subcode());
    }
}
