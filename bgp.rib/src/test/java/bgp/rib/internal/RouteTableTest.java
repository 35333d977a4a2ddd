package bgp.rib.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.LabeledPrefix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive tables against a HashMap: random inserts and removals, through growth and tombstones. */
class RouteTableTest {

    @Test
    void ipv4TableAgreesWithAMap() {
        Ipv4Table t = new Ipv4Table(Family.IPV4_UNICAST, true);
        Map<List<Long>, Integer> model = new HashMap<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long p = Ipv4Prefixes.pack(r.nextInt(4096) << 8, 24);
            int pathId = r.nextInt(10) == 0 ? r.nextInt(3) : 0;
            List<Long> key = List.of(p, (long) pathId);
            if (r.nextInt(3) == 0) {
                int s = t.find(p, pathId);
                assertEquals(model.containsKey(key), s >= 0);
                if (s >= 0) {
                    assertEquals(model.remove(key), t.pathId(s) * 1_000_000 + (int) (t.prefix(s) >>> 8 >>> 8));
                    t.remove(s);
                }
            } else {
                int s = t.insert(p, pathId);
                assertTrue(t.live(s));
                assertEquals(p, t.prefix(s));
                assertEquals(pathId, t.pathId(s));
                model.put(key, pathId * 1_000_000 + (int) (p >>> 8 >>> 8));
            }
            assertEquals(model.size(), t.size);
        }
        int live = 0;
        for (int s = 0; s < t.capacity; s++) {
            if (t.live(s)) {
                live++;
                assertTrue(model.containsKey(List.of(t.prefix(s), (long) t.pathId(s))));
            }
        }
        assertEquals(model.size(), live);
        assertTrue(t.size <= t.capacity * 3 / 4 && t.used <= t.threshold);
    }

    @Test
    void ipv6TableAgreesWithAMap() {
        Ipv6Table t = new Ipv6Table(Family.IPV6_UNICAST, false);
        Map<List<Long>, Boolean> model = new HashMap<>();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 100_000; i++) {
            long hi = 0x20010DB800000000L | (long) r.nextInt(2048) << 16;
            long lo = r.nextInt(8) == 0 ? r.nextLong() & 0xFFFF000000000000L : 0;
            int len = lo != 0 ? 80 : 48;
            List<Long> key = List.of(hi, lo, (long) len);
            if (r.nextInt(3) == 0) {
                int s = t.find(hi, lo, len, 0);
                assertEquals(model.containsKey(key), s >= 0);
                if (s >= 0) {
                    model.remove(key);
                    t.remove(s);
                }
            } else {
                int s = t.insert(hi, lo, len, 0);
                assertEquals(List.of(t.high(s), t.low(s), (long) t.length(s)), key);
                model.put(key, true);
            }
            assertEquals(model.size(), t.size);
        }
    }

    @Test
    void ipv6KeysAreTheWireForm() {
        Ipv6Table t = new Ipv6Table(Family.IPV6_UNICAST, false);
        int s = t.insert(0x20010DB8FFFFFFFFL, -1L, 33, 0); // 5 bytes on the wire
        assertEquals(0x20010DB8FF000000L, t.high(s));
        assertEquals(0, t.low(s));
        assertEquals(s, t.find(0x20010DB8FF123456L, 0, 33, 0));
        assertThrows(IllegalArgumentException.class, () -> t.insert(0, 0, 129, 0));
    }

    @Test
    void nlriTableKeysLabeledRoutesByPrefix() {
        NlriTable t = new NlriTable(Family.IPV4_LABELED, false);
        for (int i = 0; i < 1000; i++) {
            IpPrefix p = IpPrefix.parse("10." + (i >>> 8) + "." + (i & 0xFF) + ".0/24", 0);
            t.insertNlri(LabeledPrefix.of(p, i));
        }
        assertEquals(1000, t.size);
        int s = t.findNlri(LabeledPrefix.of(IpPrefix.parse("10.1.2.0/24", 0), 7));
        assertEquals(LabeledPrefix.of(IpPrefix.parse("10.1.2.0/24", 0), 258), t.nlri(s));
        assertEquals(s, t.insertNlri(LabeledPrefix.of(IpPrefix.parse("10.1.2.0/24", 0), 9)));
        assertEquals(LabeledPrefix.of(IpPrefix.parse("10.1.2.0/24", 0), 9), t.nlri(s)); // the new labels
        t.remove(s);
        assertEquals(-1, t.findNlri(LabeledPrefix.of(IpPrefix.parse("10.1.2.0/24", 0), 9)));
        assertThrows(IllegalArgumentException.class, () -> t.findNlri(IpPrefix.parse("10.1.2.0/24", 0)));
    }

    @Test
    void aTableShrinksBackWhenItsRoutesAreGone() {
        Ipv4Table t = new Ipv4Table(Family.IPV4_UNICAST, false);
        for (int i = 0; i < 100_000; i++) {
            t.insert(Ipv4Prefixes.pack(i << 8, 24), 0);
        }
        int big = t.capacity;
        for (int i = 0; i < 100_000; i++) {
            t.remove(t.find(Ipv4Prefixes.pack(i << 8, 24), 0));
        }
        assertEquals(big, t.capacity); // a removal never moves slots
        t.insert(Ipv4Prefixes.pack(1 << 8, 16), 0); // the next insert does
        assertEquals(RouteTable.MIN_CAPACITY, t.capacity);
        assertEquals(1, t.size);
    }
}
