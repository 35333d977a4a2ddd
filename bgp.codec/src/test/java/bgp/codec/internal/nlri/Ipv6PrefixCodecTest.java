package bgp.codec.internal.nlri;

import static bgp.codec.internal.nlri.NlriAssertions.assertInvalid;
import static bgp.codec.internal.nlri.NlriAssertions.decode;
import static bgp.codec.internal.nlri.NlriAssertions.encode;
import static bgp.codec.internal.nlri.NlriAssertions.encodeAll;
import static bgp.codec.internal.nlri.NlriAssertions.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.NlriList;
import org.junit.jupiter.api.Test;

class Ipv6PrefixCodecTest {
    private final Ipv6PrefixCodec unicast = new Ipv6PrefixCodec(Family.IPV6_UNICAST);
    private final Ipv6PrefixCodec multicast = new Ipv6PrefixCodec(Family.IPV6_MULTICAST);

    @Test
    void decodesIntoHighAndLowWords() throws BgpDecodeException {
        Ipv6Prefixes l = (Ipv6Prefixes) roundTrip(unicast,
                "2020010DB8 40FC00000100000000 00 80 2A020B80000000010000000000000001", false);
        assertEquals(4, l.size());
        assertEquals(0x20010DB800000000L, l.high(0));
        assertEquals(0, l.low(0));
        assertEquals(32, l.length(0));
        assertEquals("2001:db8::/32", l.get(0).toString());
        assertEquals("fc00:1::/64", l.get(1).toString());
        assertEquals("::/0", l.get(2).toString());
        assertEquals(0x2A020B8000000001L, l.high(3));
        assertEquals(1L, l.low(3));
        assertEquals(128, l.length(3));
        assertEquals("2a02:b80:0:1::1/128", l.get(3).toString());
        assertEquals(17, l.encodedLength(3, false));
        assertEquals(1, l.encodedLength(2, false));
        assertFalse(l.hasPathIds());
    }

    @Test
    void aShortPrefixReadAsAWordKeepsOnlyItsOwnBytes() throws BgpDecodeException {
        // the /16 is read with two 8-byte loads that cover the next entry: those bytes must be masked off
        Ipv6Prefixes l = (Ipv6Prefixes) roundTrip(unicast,
                "102001 80FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 41FC000001000000FF80", false);
        assertEquals(0x2001000000000000L, l.high(0));
        assertEquals(0, l.low(0));
        assertEquals(-1L, l.high(1));
        assertEquals(-1L, l.low(1));
        assertEquals("fc00:1:0:ff:8000::/65", l.get(2).toString());
        assertEquals(0x8000000000000000L, l.low(2) & 0x8000000000000000L);
        assertEquals(0, l.low(2) & 0x7FFFFFFFFFFFFFFFL);
    }

    @Test
    void keepsHostBitsOfTheLastByte() throws BgpDecodeException {
        NlriList l = roundTrip(unicast, "1F20010DB9 41200100000000000080", false);
        assertEquals("2001:db9::/31", l.get(0).toString());
        assertEquals("2001::8000:0:0:0/65", l.get(1).toString());
    }

    @Test
    void readsAndWritesPathIdentifiers() throws BgpDecodeException {
        Ipv6Prefixes l = (Ipv6Prefixes) roundTrip(unicast, "00000001 2020010DB8 80000000 00", true);
        assertTrue(l.hasPathIds());
        assertEquals(1, l.pathId(0));
        assertEquals(0x80000000, l.pathId(1));
        assertEquals(9, l.encodedLength(0, true));
        assertEquals("2020010DB8", encode(l, 0, false));
        assertEquals("2020010DB800", encodeAll(l, false));
        assertEquals(1, ((IpPrefix) l.get(0)).pathId());
        NlriList none = decode(unicast, "2020010DB8", false);
        assertEquals("000000002020010DB8", encode(none, 0, true));
    }

    @Test
    void multicastIsTheSameWireFormInItsOwnFamily() throws BgpDecodeException {
        NlriList l = roundTrip(multicast, "08FF", false);
        assertEquals(Family.IPV6_MULTICAST, l.family());
        assertEquals(Family.IPV6_MULTICAST, l.get(0).family());
        assertEquals("ff00::/8", l.get(0).toString());
        assertTrue(decode(multicast, "", false).isEmpty());
        assertEquals(Ipv6Prefixes.empty(Family.IPV6_MULTICAST), decode(multicast, "", true));
    }

    @Test
    void manyPrefixesGrowTheArrays() throws BgpDecodeException {
        Ipv6Prefixes l = (Ipv6Prefixes) roundTrip(unicast, "00".repeat(700), false);
        assertEquals(700, l.size());
        Ipv6Prefixes p = (Ipv6Prefixes) roundTrip(unicast,
                "0000000580FFEEDDCCBBAA99887766554433221100".repeat(100), true);
        assertEquals(100, p.size());
        assertEquals(0x7766554433221100L, p.low(99));
    }

    @Test
    void rejectsLengthOver128() {
        assertInvalid(unicast, "81" + "00".repeat(17), false, "prefix length 129 exceeds 128");
        assertInvalid(unicast, "FF" + "00".repeat(32), false, "prefix length 255 exceeds 128");
        assertInvalid(multicast, "00000000 81", true, "prefix length 129 exceeds 128");
    }

    @Test
    void rejectsTruncatedPrefixes() {
        assertInvalid(unicast, "80" + "00".repeat(15), false, "prefix of length 128 truncated: 16 bytes needed, 15 left");
        assertInvalid(unicast, "08FF 40", false, "prefix of length 64 truncated: 8 bytes needed, 0 left");
        assertInvalid(unicast, "00000000 2020010D", true, "prefix of length 32 truncated");
    }

    @Test
    void rejectsTruncatedPathIdentifiers() {
        assertInvalid(unicast, "00", true, "truncated path identifier");
        assertInvalid(unicast, "00000000", true, "truncated path identifier");
        assertInvalid(unicast, "0000000000 0000", true, "truncated path identifier");
    }

    @Test
    void rejectsAFieldOutsideTheBuffer() {
        for (int[] bad : new int[][] {{-1, 2}, {0, 11}, {5, 6}, {11, 0}, {0, -1}}) {
            BgpDecodeException e = assertThrows(BgpDecodeException.class,
                    () -> unicast.decode(new byte[10], bad[0], bad[1], false));
            assertEquals(10, e.subcode());
        }
    }

    @Test
    void refusesOtherFamilies() {
        assertThrows(IllegalArgumentException.class, () -> new Ipv6PrefixCodec(Family.IPV4_UNICAST));
    }
}
