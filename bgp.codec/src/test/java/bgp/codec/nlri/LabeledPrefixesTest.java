package bgp.codec.nlri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building labeled and VPN routes and lists for encoding; the single-route objects. */
class LabeledPrefixesTest {
    private static final RouteDistinguisher RD = RouteDistinguisher.parse("100:100");

    private static String wire(Nlri n, boolean addPath) {
        WireWriter w = new WireWriter();
        n.encode(w, addPath);
        return Hex.encode(w.toByteArray());
    }

    private static String wire(NlriList l, boolean addPath) {
        WireWriter w = new WireWriter();
        l.encodeAll(w, addPath);
        return Hex.encode(w.toByteArray());
    }

    @Test
    void labelStackEntries() {
        assertArrayEquals(new int[] {12800017}, MplsLabels.stack(800001));
        assertArrayEquals(new int[] {0x640, 0x7D1}, MplsLabels.stack(100, 125));
        assertEquals(20012, MplsLabels.label(320193));
        assertEquals(320193, MplsLabels.raw(20012, true));
        assertEquals(0xFFFFF0, MplsLabels.raw(MplsLabels.MAX_LABEL, false));
        assertTrue(MplsLabels.endsStack(0x000001));
        assertTrue(MplsLabels.endsStack(0x800000));
        assertTrue(MplsLabels.endsStack(0));
        assertFalse(MplsLabels.endsStack(0x000640));
        assertThrows(IllegalArgumentException.class, () -> MplsLabels.stack());
        assertThrows(IllegalArgumentException.class, () -> MplsLabels.stack(1 << 20));
        assertThrows(IllegalArgumentException.class, () -> MplsLabels.stack(-1));
        // label 0 above another label would read back as the end of the stack
        assertThrows(IllegalArgumentException.class, () -> MplsLabels.stack(0, 16));
    }

    @Test
    void aLabeledRouteEncodesAsExaBgpSendsIt() {
        LabeledPrefix p = LabeledPrefix.of(IpPrefix.parse("198.51.100.100/32", 0), 800001);
        assertEquals(Family.IPV4_LABELED, p.family());
        assertEquals("38C35011C6336464", wire(p, false));
        assertEquals("0000000038C35011C6336464", wire(p, true));
        assertEquals(8, p.encodedLength(false));
        assertEquals(12, p.encodedLength(true));
        assertEquals("198.51.100.100/32", p.toString());
        assertArrayEquals(new int[] {800001}, p.labels());
        assertArrayEquals(new int[] {12800017}, p.rawLabels());
        assertEquals(IpPrefix.parse("198.51.100.100/32", 0), p.prefix());
        LabeledPrefix w = p.forWithdrawal();
        assertEquals("38800000C6336464", wire(w, false));
        assertNotEquals(p, w);
    }

    @Test
    void aVpnRouteEncodesAsExaBgpSendsIt() {
        VpnPrefix p = VpnPrefix.of(IpPrefix.parse("10.0.0.0/24", 10), RD, 20012);
        assertEquals(Family.IPV4_MPLS_VPN, p.family());
        assertEquals("0000000A7004E2C100000064000000640A0000", wire(p, true));
        assertEquals(19, p.encodedLength(true));
        assertEquals("10.0.0.0/24", p.toString());
        assertEquals(RD, p.rd());
        assertEquals(10, p.pathId());
        VpnPrefix six = VpnPrefix.of(IpPrefix.parse("2001:db8::1/128", 0), RD, 100, 101);
        assertEquals(Family.IPV6_MPLS_VPN, six.family());
        assertEquals("F000064000065100000064000000642001" + "0DB8000000000000000000000001", wire(six, false));
        assertEquals("588000000000006400000064", wire(VpnPrefix.of(IpPrefix.parse("10.1.2.3/0", 0), RD, 7)
                .forWithdrawal(), false));
    }

    @Test
    void routesAndListsAgree() throws BgpDecodeException {
        LabeledPrefix a = LabeledPrefix.of(IpPrefix.parse("10.0.0.0/24", 0), 100, 125);
        LabeledPrefix b = LabeledPrefix.of(IpPrefix.parse("10.0.0.0/12", 0), 100);
        LabeledPrefixes l = LabeledPrefixes.of(a, b);
        assertEquals("480006400007D10A0000 240006410A00".replace(" ", ""), wire(l, false));
        assertEquals(a, l.get(0));
        assertEquals(b, l.get(1));
        assertEquals(a.hashCode(), l.get(0).hashCode());
        byte[] bytes = l.toByteArray();
        assertEquals(l, LabeledPrefixes.decode(Family.IPV4_LABELED, bytes, 0, bytes.length, false));
        assertEquals(l, LabeledPrefixes.of(Family.IPV4_LABELED, List.of(a, b)));
        assertFalse(l.hasPathIds());
    }

    @Test
    void aListCarriesPathIdsWhenOneIsNotZero() throws BgpDecodeException {
        VpnPrefix a = VpnPrefix.of(IpPrefix.parse("10.0.0.0/24", 0), RD, 1);
        VpnPrefix b = VpnPrefix.of(IpPrefix.parse("10.0.1.0/24", 5), RD, 2);
        VpnPrefixes l = VpnPrefixes.of(a, b);
        assertTrue(l.hasPathIds());
        assertEquals(0, l.pathId(0));
        assertEquals(5, l.pathId(1));
        assertEquals(b, l.get(1));
        String both = "00000000 70000011 0000006400000064 0A0000 00000005 70000021 0000006400000064 0A0001";
        assertEquals(both.replace(" ", ""), wire(l, true));
        assertEquals(both.replace(" ", "").replace("00000000700", "700").replace("00000005700", "700"), wire(l, false));
        byte[] bytes = l.toByteArray();
        assertEquals(l, VpnPrefixes.decode(Family.IPV4_MPLS_VPN, bytes, 0, bytes.length, true));
        assertFalse(VpnPrefixes.of(a).hasPathIds());
        assertTrue(VpnPrefixes.builder(Family.IPV4_MPLS_VPN).withPathIds().add(a).build().hasPathIds());
        assertEquals(0x0000006400000064L, l.rd(1));
    }

    @Test
    void buildingFromPrimitives() {
        LabeledPrefixes l = LabeledPrefixes.builder(Family.IPV6_LABELED)
                .add(0, MplsLabels.stack(100), Hex.decode("20010DB8FFFFFFFFFFFFFFFFFFFFFFFF"), 32)
                .add(3, new int[] {MplsLabels.COMPATIBILITY}, new byte[16], 0)
                .build();
        assertEquals("00000000 38000641 20010DB8 00000003 18800000".replace(" ", ""), wire(l, true));
        assertArrayEquals(Hex.decode("20010DB8000000000000000000000000"), l.address(0));
        assertEquals(0x20010DB800000000L, l.ipv6High(0));
        VpnPrefixes v = VpnPrefixes.builder(Family.IPV4_MPLS_VPN)
                .add(0, MplsLabels.stack(1000), RouteDistinguisher.parse("65000:1").value(), new byte[] {1, 4, 9, 9}, 16)
                .build();
        assertEquals("68003E810000FDE8000000010104", wire(v, false));
        assertEquals("ipv4 mpls-vpn [1.4.0.0/16 rd 65000:1 label [1000]]", v.toString());
    }

    @Test
    void theBuilderMayGoOn() {
        LabeledPrefixes.Builder b = LabeledPrefixes.builder(Family.IPV4_LABELED);
        for (int i = 0; i < 40; i++) {
            b.add(i == 20 ? 9 : 0, MplsLabels.stack(i), new byte[] {10, 0, 0, (byte) i}, 32);
        }
        LabeledPrefixes first = b.build();
        b.add(0, MplsLabels.stack(1), new byte[4], 0);
        assertEquals(40, first.size());
        assertEquals(41, b.build().size());
        assertEquals(9, first.pathId(20));
        assertEquals(39, first.label(39, 0));
        assertEquals("10.0.0.39/32", first.prefixText(39));
    }

    @Test
    void equalityAndEmptiness() {
        LabeledPrefix a = LabeledPrefix.of(IpPrefix.parse("10.0.0.0/24", 0), 100);
        assertEquals(LabeledPrefixes.of(a), LabeledPrefixes.of(a));
        assertEquals(LabeledPrefixes.of(a).hashCode(), LabeledPrefixes.of(a).hashCode());
        assertNotEquals(LabeledPrefixes.of(a), LabeledPrefixes.builder(Family.IPV4_LABELED).withPathIds().add(a).build());
        assertNotEquals(LabeledPrefixes.of(a), LabeledPrefixes.of(LabeledPrefix.of(IpPrefix.parse("10.0.0.0/24", 0), 101)));
        LabeledPrefixes empty = LabeledPrefixes.empty(Family.IPV6_LABELED);
        assertTrue(empty.isEmpty());
        assertEquals(empty, LabeledPrefixes.builder(Family.IPV6_LABELED).withPathIds().build());
        assertEquals(Family.IPV6_LABELED.hashCode(), empty.hashCode());
        assertNotEquals(empty, LabeledPrefixes.empty(Family.IPV4_LABELED));
        assertNotEquals(empty, VpnPrefixes.empty(Family.IPV4_MPLS_VPN));
        assertEquals("", wire(empty, true));
        // a host bit past the carried bytes is not part of the value
        assertEquals(a, LabeledPrefix.of(IpPrefix.parse("10.0.0.1/24", 0), 100));
        assertEquals(LabeledPrefix.of(IpPrefix.parse("10.0.0.1/24", 0), 100).toString(), "10.0.0.0/24");
    }

    @Test
    void rejectsRoutesTheWireCannotCarry() {
        byte[] v4 = new byte[4];
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefix(Family.IPV4_UNICAST, new int[] {1}, v4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefix(Family.IPV4_LABELED, new int[0], v4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefix(Family.IPV4_LABELED, new int[] {0x640}, v4, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new LabeledPrefix(Family.IPV4_LABELED, new int[] {0x1000001}, v4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefix(Family.IPV4_LABELED, new int[] {1}, v4, 33, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new LabeledPrefix(Family.IPV4_LABELED, new int[] {1}, new byte[16], 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VpnPrefix(Family.IPV4_LABELED, new int[] {1}, RD, v4, 0, 0));
        assertThrows(NullPointerException.class, () -> new VpnPrefix(Family.IPV4_MPLS_VPN, new int[] {1}, null, v4, 0, 0));
        // 3 labels, an RD and a /128 take 264 bits: more than the length byte says
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VpnPrefix.of(IpPrefix.parse("::1/128", 0), RD, 1, 2, 3));
        assertTrue(e.getMessage().contains("264 bits"), e.getMessage());
        assertEquals(10, LabeledPrefix.of(IpPrefix.parse("::/15", 0), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).labels().length);
        assertThrows(IllegalArgumentException.class,
                () -> LabeledPrefix.of(IpPrefix.parse("::/16", 0), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        LabeledPrefix six = LabeledPrefix.of(IpPrefix.parse("::/0", 0), 1);
        assertThrows(IllegalArgumentException.class, () -> LabeledPrefixes.builder(Family.IPV4_LABELED).add(six));
        assertThrows(IllegalArgumentException.class, () -> LabeledPrefixes.builder(Family.IPV4_MPLS_VPN));
        assertThrows(IllegalArgumentException.class, () -> VpnPrefixes.builder(Family.IPV6_LABELED));
        assertThrows(IllegalArgumentException.class,
                () -> LabeledPrefixes.decode(Family.IPV4_UNICAST, new byte[0], 0, 0, false));
    }

    @Test
    void accessorsCheckIndexes() {
        LabeledPrefixes l = LabeledPrefixes.of(LabeledPrefix.of(IpPrefix.parse("10.0.0.0/24", 0), 100));
        assertThrows(IndexOutOfBoundsException.class, () -> l.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> l.pathId(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> l.rawLabel(0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> l.encode(1, new WireWriter(), true));
        assertThrows(IndexOutOfBoundsException.class, () -> l.encodedLength(1, true));
    }
}
