package bgp.codec.internal.nlri;

import static bgp.codec.internal.nlri.NlriAssertions.assertInvalid;
import static bgp.codec.internal.nlri.NlriAssertions.decode;
import static bgp.codec.internal.nlri.NlriAssertions.encode;
import static bgp.codec.internal.nlri.NlriAssertions.encodeAll;
import static bgp.codec.internal.nlri.NlriAssertions.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.NlriList;
import org.junit.jupiter.api.Test;

class Ipv4PrefixCodecTest {
    private final Ipv4PrefixCodec unicast = new Ipv4PrefixCodec(Family.IPV4_UNICAST);
    private final Ipv4PrefixCodec multicast = new Ipv4PrefixCodec(Family.IPV4_MULTICAST);

    @Test
    void decodesPrefixesIntoPackedLongsAndBack() throws BgpDecodeException {
        Ipv4Prefixes l = (Ipv4Prefixes) roundTrip(unicast, "180A0000 10C0A8 20FFFFFFFF 00 08 0A", false);
        assertEquals(5, l.size());
        assertEquals(Ipv4Prefixes.pack(0x0A000000, 24), l.prefix(0));
        assertEquals(Ipv4Prefixes.pack(0xC0A80000, 16), l.prefix(1));
        assertEquals(Ipv4Prefixes.pack(0xFFFFFFFF, 32), l.prefix(2));
        assertEquals(Ipv4Prefixes.pack(0, 0), l.prefix(3));
        assertEquals("10.0.0.0/24", l.get(0).toString());
        assertEquals("192.168.0.0/16", l.get(1).toString());
        assertEquals("255.255.255.255/32", l.get(2).toString());
        assertEquals("0.0.0.0/0", l.get(3).toString());
        assertEquals("10.0.0.0/8", l.get(4).toString());
        assertFalse(l.hasPathIds());
        assertEquals(0, l.pathId(0));
        assertEquals(4, l.encodedLength(0, false));
        assertEquals(1, l.encodedLength(3, false));
    }

    @Test
    void keepsHostBitsOfTheLastByte() throws BgpDecodeException {
        NlriList l = roundTrip(unicast, "170A0001 190A000080", false);
        assertEquals("10.0.1.0/23", l.get(0).toString());
        assertEquals("10.0.0.128/25", l.get(1).toString());
    }

    @Test
    void readsAndWritesPathIdentifiers() throws BgpDecodeException {
        Ipv4Prefixes l = (Ipv4Prefixes) roundTrip(unicast, "0000000A 180A0000 FFFFFFFF 00", true);
        assertTrue(l.hasPathIds());
        assertEquals(10, l.pathId(0));
        assertEquals(-1, l.pathId(1));
        assertEquals(8, l.encodedLength(0, true));
        assertEquals("180A0000", encode(l, 0, false));
        assertEquals("180A000000", encodeAll(l, false));
        IpPrefix p = (IpPrefix) l.get(0);
        assertEquals(10, p.pathId());
    }

    @Test
    void writesPathIdentifierZeroWhenTheListHasNone() throws BgpDecodeException {
        NlriList l = decode(unicast, "180A0000", false);
        assertEquals("00000000180A0000", encode(l, 0, true));
    }

    @Test
    void multicastIsTheSameWireFormInItsOwnFamily() throws BgpDecodeException {
        NlriList l = roundTrip(multicast, "20E0000001 04E0", false);
        assertEquals(Family.IPV4_MULTICAST, l.family());
        assertEquals(Family.IPV4_MULTICAST, l.get(0).family());
        assertEquals("224.0.0.1/32", l.get(0).toString());
        assertEquals("224.0.0.0/4", l.get(1).toString());
        assertEquals(Family.IPV4_MULTICAST, decode(multicast, "", false).family());
        assertTrue(decode(multicast, "", true).isEmpty());
    }

    @Test
    void emptyFieldIsTheSharedEmptyList() throws BgpDecodeException {
        assertSame(Ipv4Prefixes.EMPTY, unicast.decode(new byte[0], 0, 0, false));
        assertSame(Ipv4Prefixes.EMPTY, unicast.decode(new byte[4], 4, 0, true));
    }

    @Test
    void manyPrefixesGrowTheArrays() throws BgpDecodeException {
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            f.append(String.format("08%02X", i & 0xFF)).append(String.format("20%08X", i));
        }
        Ipv4Prefixes l = (Ipv4Prefixes) roundTrip(unicast, f.toString(), false);
        assertEquals(600, l.size());
        assertEquals(Ipv4Prefixes.pack(299, 32), l.prefix(599));
        Ipv4Prefixes one = (Ipv4Prefixes) roundTrip(unicast, "00".repeat(1000), false);
        assertEquals(1000, one.size());
        Ipv4Prefixes paths = (Ipv4Prefixes) roundTrip(unicast, "0000000100".repeat(200), true);
        assertEquals(200, paths.size());
    }

    @Test
    void rejectsLengthOver32() {
        assertInvalid(unicast, "2100000000 00", false, "prefix length 33 exceeds 32");
        assertInvalid(unicast, "FF", false, "prefix length 255 exceeds 32");
        assertInvalid(multicast, "0000000121", true, "prefix length 33 exceeds 32");
    }

    @Test
    void rejectsTruncatedPrefixes() {
        assertInvalid(unicast, "180A00", false, "prefix of length 24 truncated: 3 bytes needed, 2 left");
        assertInvalid(unicast, "180A0000 20", false, "prefix of length 32 truncated: 4 bytes needed, 0 left");
        assertInvalid(unicast, "0000000120", true, "prefix of length 32 truncated");
    }

    @Test
    void rejectsTruncatedPathIdentifiers() {
        assertInvalid(unicast, "000000", true, "truncated path identifier");
        assertInvalid(unicast, "00000001", true, "truncated path identifier");
        assertInvalid(unicast, "0000000100 000000", true, "truncated path identifier");
    }

    @Test
    void rejectsAFieldOutsideTheBuffer() {
        for (int[] bad : new int[][] {{-1, 2}, {0, 11}, {5, 6}, {11, 0}, {0, -1}, {Integer.MAX_VALUE, 2}}) {
            BgpDecodeException e = assertThrows(BgpDecodeException.class,
                    () -> unicast.decode(new byte[10], bad[0], bad[1], false));
            assertEquals(10, e.subcode());
        }
    }

    @Test
    void refusesOtherFamilies() {
        assertThrows(IllegalArgumentException.class, () -> new Ipv4PrefixCodec(Family.IPV6_UNICAST));
    }
}
