package bgp.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic, Internet-like stream of IPv4 UPDATE messages, built byte by byte (so the benchmark does not depend
 * on the encoder it measures): about 4 prefixes per UPDATE (1 to 7, mostly /24, /16 to /24 in all), 3 to 6
 * attributes (ORIGIN, AS_PATH, NEXT_HOP always; MED on half, LOCAL_PREF on half, COMMUNITIES on a third), AS paths
 * of 2 to 8 four-octet ASNs. Deterministic for a seed.
 */
public final class UpdateStream {
    private UpdateStream() {
    }

    /** {@code count} whole messages, header included. */
    public static List<byte[]> generate(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(update(r));
        }
        return out;
    }

    /** Total prefixes announced by the messages. */
    public static int prefixes(List<byte[]> messages) {
        int n = 0;
        for (byte[] m : messages) {
            int p = 19;
            int wl = (m[p] & 0xFF) << 8 | m[p + 1] & 0xFF;
            p += 2 + wl;
            int al = (m[p] & 0xFF) << 8 | m[p + 1] & 0xFF;
            p += 2 + al;
            while (p < m.length) {
                int len = m[p] & 0xFF;
                p += 1 + (len + 7) / 8;
                n++;
            }
        }
        return n;
    }

    private static byte[] update(SplittableRandom r) {
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        // ORIGIN igp
        attrs.writeBytes(new byte[] {0x40, 1, 1, 0});
        // AS_PATH: one AS_SEQUENCE of 2..8 four-octet ASNs
        int hops = 2 + r.nextInt(7);
        attrs.writeBytes(new byte[] {0x40, 2, (byte) (2 + 4 * hops), 2, (byte) hops});
        for (int h = 0; h < hops; h++) {
            writeInt(attrs, h == 0 ? 65000 : 1 + r.nextInt(400000));
        }
        // NEXT_HOP
        attrs.writeBytes(new byte[] {0x40, 3, 4, (byte) 192, 0, 2, (byte) (1 + r.nextInt(250))});
        if (r.nextBoolean()) { // MED
            attrs.writeBytes(new byte[] {(byte) 0x80, 4, 4});
            writeInt(attrs, r.nextInt(1000));
        }
        if (r.nextBoolean()) { // LOCAL_PREF
            attrs.writeBytes(new byte[] {0x40, 5, 4});
            writeInt(attrs, 100 + r.nextInt(3) * 50);
        }
        if (r.nextInt(3) == 0) { // COMMUNITIES: 1..4
            int n = 1 + r.nextInt(4);
            attrs.writeBytes(new byte[] {(byte) 0xC0, 8, (byte) (4 * n)});
            for (int c = 0; c < n; c++) {
                writeInt(attrs, 65000 << 16 | r.nextInt(1000));
            }
        }
        ByteArrayOutputStream nlri = new ByteArrayOutputStream();
        int prefixes = 1 + r.nextInt(7); // 1..7, mean 4
        for (int i = 0; i < prefixes; i++) {
            int len = r.nextInt(10) < 7 ? 24 : 16 + r.nextInt(9);
            int addr = (1 + r.nextInt(223)) << 24 | r.nextInt(1 << 24);
            nlri.write(len);
            for (int b = 0; b < (len + 7) / 8; b++) {
                nlri.write(addr >>> (24 - 8 * b));
            }
        }
        byte[] a = attrs.toByteArray();
        byte[] n = nlri.toByteArray();
        int length = 19 + 2 + 2 + a.length + n.length;
        ByteArrayOutputStream m = new ByteArrayOutputStream(length);
        for (int i = 0; i < 16; i++) {
            m.write(0xFF);
        }
        m.write(length >>> 8);
        m.write(length);
        m.write(2);
        m.write(0);
        m.write(0);
        m.write(a.length >>> 8);
        m.write(a.length);
        m.writeBytes(a);
        m.writeBytes(n);
        return m.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
