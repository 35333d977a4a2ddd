package bgp.codec.internal.nlri;

import static bgp.codec.internal.nlri.NlriAssertions.assertInvalid;
import static bgp.codec.internal.nlri.NlriAssertions.decode;
import static bgp.codec.internal.nlri.NlriAssertions.encode;
import static bgp.codec.internal.nlri.NlriAssertions.encodeAll;
import static bgp.codec.internal.nlri.NlriAssertions.roundTrip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.LabeledPrefixes;
import org.junit.jupiter.api.Test;

class LabeledPrefixCodecTest {
    private final LabeledPrefixCodec v4 = new LabeledPrefixCodec(Family.IPV4_LABELED);
    private final LabeledPrefixCodec v6 = new LabeledPrefixCodec(Family.IPV6_LABELED);

    @Test
    void decodesExaBgpPrefixSidVector() throws BgpDecodeException {
        // conf-prefix-sid: 198.51.100.100/32 label [[800001, 12800017]]
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "38C35011C6336464", false);
        assertEquals(1, l.size());
        assertEquals(1, l.labelCount(0));
        assertEquals(800001, l.label(0, 0));
        assertEquals(12800017, l.rawLabel(0, 0));
        assertEquals(32, l.prefixLength(0));
        assertEquals(Ipv4Prefixes.pack(0xC6336464, 32), l.ipv4Prefix(0));
        assertEquals("198.51.100.100/32", l.prefixText(0));
        LabeledPrefix p = l.get(0);
        assertEquals("198.51.100.100/32", p.toString());
        assertEquals(Family.IPV4_LABELED, p.family());
        assertArrayEquals(new int[] {800001}, p.labels());
        assertArrayEquals(new int[] {12800017}, p.rawLabels());
        assertEquals(0, p.pathId());
        assertEquals(8, l.encodedLength(0, false));
    }

    @Test
    void readsAStackOfSeveralLabels() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "48 000640 0007D1 0A0000  24 000641 0A00", false);
        assertEquals(2, l.size());
        assertEquals(2, l.labelCount(0));
        assertArrayEquals(new int[] {0x640, 0x7D1}, l.rawLabels(0));
        assertArrayEquals(new int[] {100, 125}, l.get(0).labels());
        assertEquals("10.0.0.0/24", l.prefixText(0));
        assertEquals(1, l.labelCount(1));
        assertEquals("10.0.0.0/12", l.prefixText(1));
        assertEquals("ipv4 nlri-mpls [10.0.0.0/24 label [100 125] 10.0.0.0/12 label [100]]", l.toString());
    }

    @Test
    void theWithdrawalCompatibilityLabelsEndTheStack() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "30 800000 0A0000  30 000000 0A0100", false);
        assertArrayEquals(new int[] {0x800000}, l.rawLabels(0));
        assertEquals(0x80000, l.label(0, 0));
        assertEquals("10.0.0.0/24", l.prefixText(0));
        assertArrayEquals(new int[] {0}, l.rawLabels(1));
        assertEquals("10.1.0.0/24", l.prefixText(1));
    }

    @Test
    void zeroAndMaximumPrefixLengths() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "18000641 38000641FFFFFFFF", false);
        assertEquals("0.0.0.0/0", l.prefixText(0));
        assertEquals(0, l.prefixLength(0));
        assertEquals("255.255.255.255/32", l.prefixText(1));
        LabeledPrefixes six = (LabeledPrefixes) roundTrip(v6,
                "18000641 98000641 20010DB8000000000000000000000001", false);
        assertEquals("::/0", six.prefixText(0));
        assertEquals("2001:db8::1/128", six.prefixText(1));
        assertEquals(0x20010DB800000000L, six.ipv6High(1));
        assertEquals(1L, six.ipv6Low(1));
        assertEquals(0L, six.ipv6High(0));
        assertThrows(IllegalStateException.class, () -> six.ipv4Prefix(0));
        assertThrows(IllegalStateException.class, () -> l.ipv6High(0));
    }

    @Test
    void keepsHostBits() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "2F 000641 0A0001", false);
        assertEquals("10.0.1.0/23", l.prefixText(0));
        assertEquals(Ipv4Prefixes.pack(0x0A000100, 23), l.ipv4Prefix(0));
    }

    @Test
    void readsAndWritesPathIdentifiers() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "0000000A 38C35011C6336464 00000000 18000641", true);
        assertTrue(l.hasPathIds());
        assertEquals(10, l.pathId(0));
        assertEquals(0, l.pathId(1));
        assertEquals(10, l.get(0).pathId());
        assertEquals(12, l.encodedLength(0, true));
        assertEquals(8, l.encodedLength(0, false));
        assertEquals("38C35011C6336464", encode(l, 0, false));
        assertEquals("38C35011C633646418000641", encodeAll(l, false));
        LabeledPrefixes none = (LabeledPrefixes) decode(v4, "38C35011C6336464", false);
        assertFalse(none.hasPathIds());
        assertEquals("0000000038C35011C6336464", encode(none, 0, true));
        assertEquals("0000000038C35011C6336464", encodeAll(none, true));
        assertEquals(12, none.encodedLength(0, true));
    }

    @Test
    void listsEqualByWireBytesAndPathIdMode() throws BgpDecodeException {
        assertEquals(decode(v4, "38C35011C6336464", false), decode(v4, "38C35011C6336464", false));
        assertFalse(decode(v4, "38C35011C6336464", false).equals(decode(v4, "38C35021C6336464", false)));
        assertFalse(decode(v4, "0000000038C35011C6336464", true).equals(decode(v4, "38C35011C6336464", false)));
        assertEquals(decode(v4, "", false), decode(v4, "", true));
        assertEquals(decode(v4, "", false), LabeledPrefixes.empty(Family.IPV4_LABELED));
    }

    @Test
    void rejectsALengthWithNoRoomForALabel() {
        assertInvalid(v4, "00", false, "length of 0 bits leaves no room for a label");
        assertInvalid(v4, "17 000641", false, "length of 23 bits leaves no room for a label");
        assertInvalid(v6, "00000001 10 0006", true, "length of 16 bits leaves no room for a label");
    }

    @Test
    void rejectsALabelStackWithoutBottomOfStack() {
        assertInvalid(v4, "18 000640", false, "label stack without bottom-of-stack before the prefix");
        // the prefix bytes are read as a second label, which has no bottom-of-stack either
        assertInvalid(v4, "30 000640 0A0000", false, "label stack without bottom-of-stack before the prefix");
    }

    @Test
    void rejectsPrefixesLongerThanTheFamilyAllows() {
        assertInvalid(v4, "39 000641 0A00000000", false, "prefix length 33 exceeds 32");
        assertInvalid(v4, "FF 000641" + "00".repeat(29), false, "prefix length 231 exceeds 32");
        assertInvalid(v6, "99 000641" + "00".repeat(17), false, "prefix length 129 exceeds 128");
    }

    @Test
    void rejectsTruncatedEntries() {
        assertInvalid(v4, "38 C35011 C63364", false, "NLRI of 56 bits truncated: 7 bytes needed, 6 left");
        assertInvalid(v4, "38C35011C6336464 38", false, "NLRI of 56 bits truncated: 7 bytes needed, 0 left");
        assertInvalid(v4, "000000", true, "truncated path identifier");
        assertInvalid(v4, "0000000A", true, "truncated path identifier");
    }

    @Test
    void rejectsAFieldOutsideTheBuffer() {
        for (int[] bad : new int[][] {{-1, 2}, {0, 11}, {5, 6}, {11, 0}, {0, -1}}) {
            BgpDecodeException e = assertThrows(BgpDecodeException.class,
                    () -> v4.decode(new byte[10], bad[0], bad[1], false));
            assertEquals(10, e.subcode());
        }
    }

    @Test
    void manyEntriesGrowTheIndex() throws BgpDecodeException {
        LabeledPrefixes l = (LabeledPrefixes) roundTrip(v4, "18000641".repeat(500), false);
        assertEquals(500, l.size());
        LabeledPrefixes p = (LabeledPrefixes) roundTrip(v6, "0000000718000641".repeat(300), true);
        assertEquals(300, p.size());
        assertEquals(7, p.pathId(299));
    }

    @Test
    void refusesOtherFamilies() {
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefixCodec(Family.IPV4_UNICAST));
        assertThrows(IllegalArgumentException.class, () -> new LabeledPrefixCodec(Family.IPV4_MPLS_VPN));
    }
}
