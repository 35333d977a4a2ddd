package bgp.bench;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic, Internet-like full table as a peer sends it: 1,000,000 IPv4 prefixes (/16 to /24, 60% /24; 1.0.0.0 to 223.255.255.255 without 127/8) and
 * 200,000 IPv6 prefixes (/32 to /64, 70% /48), all distinct, over 150,000 distinct attribute sets (125,000 IPv4 with
 * NEXT_HOP, 25,000 IPv6 with MP_REACH_NLRI): ORIGIN, AS_PATH of 2 to 8 four-octet ASNs, MED on half, LOCAL_PREF on
 * half, COMMUNITIES (1 to 4) on a third, next hop one of 4. Every set has a prefix; the rest go to sets with a skew
 * (a few sets have thousands, most a handful). The UPDATEs group each set's prefixes (at most 800 IPv4 or 400 IPv6
 * per message, within 4096 bytes), in random order, and are decoded by the codec from their wire form, so that they
 * are what a session hands the Adj-RIB-In. Deterministic for a seed. A smaller table keeps the proportions
 * ({@link #FullTable(MessageCodec, long, int)}: every count divided).
 */
public final class FullTable {
    public static final int IPV4_PREFIXES = 1_000_000;
    public static final int IPV6_PREFIXES = 200_000;
    public static final int IPV4_SETS = 125_000;
    public static final int IPV6_SETS = 25_000;

    /** The counts of this table (the constants above, or those divided). */
    public final int ipv4Count;
    public final int ipv6Count;
    public final int ipv4Sets;
    public final int ipv6Sets;
    /** The UPDATEs, decoded (none when built without a codec). */
    public final List<Update> updates = new ArrayList<>();
    /** The same UPDATEs in wire form, in the same order (4-octet AS numbers, no add-path). */
    public final List<byte[]> wire = new ArrayList<>();
    /** Per set: its attributes (without next hop) and next hop, and its prefixes (packed IPv4, or IPv6 triples). */
    public final List<List<Attribute>> ipv4SetAttributes = new ArrayList<>();
    public final int[] ipv4SetNextHop;
    public final long[] ipv4Prefixes;
    public final int[] ipv4SetOf;
    public final List<List<Attribute>> ipv6SetAttributes = new ArrayList<>();
    public final byte[][] ipv6SetNextHop;
    /** IPv6 prefixes: high word, low word (always 0 here: lengths up to 64), length. */
    public final long[] ipv6High;
    public final byte[] ipv6Length;
    public final int[] ipv6SetOf;

    public FullTable(MessageCodec codec, long seed) {
        this(codec, seed, 1);
    }

    /**
     * A table with every count divided by {@code divisor} (1: the full table); without a codec ({@code null}) the
     * UPDATEs are not built (the prefixes and sets are).
     */
    public FullTable(MessageCodec codec, long seed, int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor " + divisor);
        }
        ipv4Count = IPV4_PREFIXES / divisor;
        ipv6Count = IPV6_PREFIXES / divisor;
        ipv4Sets = IPV4_SETS / divisor;
        ipv6Sets = IPV6_SETS / divisor;
        ipv4SetNextHop = new int[ipv4Sets];
        ipv6SetNextHop = new byte[ipv6Sets][];
        SplittableRandom r = new SplittableRandom(seed);
        for (int s = 0; s < ipv4Sets; s++) {
            ipv4SetAttributes.add(attributes(r, s));
            ipv4SetNextHop[s] = 0xC0000200 | (1 + r.nextInt(4));
        }
        for (int s = 0; s < ipv6Sets; s++) {
            ipv6SetAttributes.add(attributes(r, ipv4Sets + s));
            byte[] nh = new byte[16];
            nh[0] = 0x20;
            nh[1] = 0x01;
            nh[2] = 0x0D;
            nh[3] = (byte) 0xB8;
            nh[15] = (byte) (1 + r.nextInt(4));
            ipv6SetNextHop[s] = nh;
        }
        ipv4Prefixes = distinctIpv4(r, ipv4Count);
        ipv4SetOf = assign(r, ipv4Count, ipv4Sets);
        long[][] v6 = distinctIpv6(r, ipv6Count);
        ipv6High = v6[0];
        ipv6Length = new byte[ipv6Count];
        for (int i = 0; i < ipv6Count; i++) {
            ipv6Length[i] = (byte) v6[1][i];
        }
        ipv6SetOf = assign(r, ipv6Count, ipv6Sets);
        if (codec != null) {
            buildUpdates(codec, r);
        }
    }

    private static List<Attribute> attributes(SplittableRandom r, int index) {
        List<Attribute> a = new ArrayList<>();
        a.add(Origin.of(r.nextInt(10) == 0 ? 2 : 0));
        int hops = 2 + r.nextInt(7);
        long[] asns = new long[hops];
        asns[0] = 65000;
        for (int h = 1; h < hops; h++) {
            asns[h] = 1 + r.nextInt(400_000);
        }
        asns[hops - 1] = 1_000_000 + index; // the origin AS makes every set distinct
        a.add(AsPath.sequence(asns));
        if (r.nextBoolean()) {
            a.add(new Med(r.nextInt(1000)));
        }
        if (r.nextBoolean()) {
            a.add(new LocalPref(100 + 50 * r.nextInt(3)));
        }
        if (r.nextInt(3) == 0) {
            int[] c = new int[1 + r.nextInt(4)];
            for (int i = 0; i < c.length; i++) {
                c[i] = 65000 << 16 | r.nextInt(1000);
            }
            a.add(Communities.wrap(c));
        }
        return a;
    }

    private static long[] distinctIpv4(SplittableRandom r, int count) {
        long[] p = new long[count * 11 / 10];
        for (int i = 0; i < p.length; i++) {
            int len = r.nextInt(10) < 6 ? 24 : 16 + r.nextInt(8);
            int first = 1 + r.nextInt(222); // 1 to 223 without 127 (loopback: daemons refuse it)
            int addr = (first >= 127 ? first + 1 : first) << 24 | r.nextInt(1 << 24);
            addr &= -1 << (32 - len);
            p[i] = Ipv4Prefixes.pack(addr, len);
        }
        Arrays.sort(p);
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (n == 0 || p[i] != p[n - 1]) {
                p[n++] = p[i];
            }
        }
        if (n < count) {
            throw new IllegalStateException("only " + n + " distinct IPv4 prefixes");
        }
        shuffle(r, p, n);
        return Arrays.copyOf(p, count);
    }

    /** [high words, lengths], distinct pairs in random order. */
    private static long[][] distinctIpv6(SplittableRandom r, int count) {
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        long[] hi = new long[count];
        long[] len = new long[count];
        int n = 0;
        while (n < count) {
            int l = r.nextInt(10) < 7 ? 48 : 32 + r.nextInt(33);
            long h = 0x2000000000000000L | (r.nextLong() & 0x0FFFFFFFFFFFFFFFL);
            h &= l == 64 ? -1L : ~(-1L >>> l);
            // distinct pairs may share a key (then one is skipped); equal pairs always do
            if (seen.add(h ^ l * 0x9E3779B97F4A7C15L)) {
                hi[n] = h;
                len[n] = l;
                n++;
            }
        }
        return new long[][] {hi, len};
    }

    private static void shuffle(SplittableRandom r, long[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Prefix i's set: the first {@code sets} prefixes one each, the rest skewed towards low set numbers. */
    private static int[] assign(SplittableRandom r, int prefixes, int sets) {
        int[] of = new int[prefixes];
        for (int i = 0; i < prefixes; i++) {
            if (i < sets) {
                of[i] = i;
            } else {
                double u = r.nextDouble();
                of[i] = (int) (sets * u * u * u);
            }
        }
        return of;
    }

    private void buildUpdates(MessageCodec codec, SplittableRandom r) {
        OpenContext ctx = OpenContext.builder().family(Family.IPV6_UNICAST).build();
        int[][] v4BySet = group(ipv4SetOf, ipv4Sets);
        for (int s = 0; s < ipv4Sets; s++) {
            int[] members = v4BySet[s];
            for (int from = 0; from < members.length; from += 800) {
                int n = Math.min(800, members.length - from);
                long[] p = new long[n];
                for (int k = 0; k < n; k++) {
                    p[k] = ipv4Prefixes[members[from + k]];
                }
                List<Attribute> attrs = new ArrayList<>(ipv4SetAttributes.get(s));
                attrs.add(2, NextHop.of(ipv4SetNextHop[s]));
                wire.add(codec.encode(Update.announce(attrs, Ipv4Prefixes.unicast(p)), ctx));
            }
        }
        int[][] v6BySet = group(ipv6SetOf, ipv6Sets);
        for (int s = 0; s < ipv6Sets; s++) {
            int[] members = v6BySet[s];
            for (int from = 0; from < members.length; from += 400) {
                int n = Math.min(400, members.length - from);
                Ipv6Prefixes.Builder b = Ipv6Prefixes.builder(Family.IPV6_UNICAST);
                for (int k = 0; k < n; k++) {
                    int i = members[from + k];
                    b.add(ipv6High[i], 0, ipv6Length[i]);
                }
                List<Attribute> attrs = new ArrayList<>();
                attrs.add(MpReach.of(Family.IPV6_UNICAST, ipv6SetNextHop[s], b.build()));
                attrs.addAll(ipv6SetAttributes.get(s));
                wire.add(codec.encode(Update.announce(attrs, Ipv4Prefixes.EMPTY), ctx));
            }
        }
        for (int i = wire.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            byte[] t = wire.get(i);
            wire.set(i, wire.get(j));
            wire.set(j, t);
        }
        for (byte[] m : wire) {
            try {
                updates.add((Update) codec.decode(m, ctx));
            } catch (BgpDecodeException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static int[][] group(int[] setOf, int sets) {
        int[] count = new int[sets];
        for (int s : setOf) {
            count[s]++;
        }
        int[][] out = new int[sets][];
        for (int s = 0; s < sets; s++) {
            out[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int i = 0; i < setOf.length; i++) {
            int s = setOf[i];
            out[s][count[s]++] = i;
        }
        return out;
    }

    /** Total prefixes of all UPDATEs. */
    public int prefixes() {
        int n = 0;
        for (Update u : updates) {
            n += u.nlri().size() + u.mpReach().map(m -> m.nlri().size()).orElse(0);
        }
        return n;
    }
}
