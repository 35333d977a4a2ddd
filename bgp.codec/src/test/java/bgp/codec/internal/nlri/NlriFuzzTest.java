package bgp.codec.internal.nlri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.LabeledNlriList;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.LabeledPrefixes;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.VpnPrefix;
import bgp.codec.nlri.VpnPrefixes;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated fields into every built-in codec (seeded, so failures reproduce): a decoder either throws
 * {@link BgpDecodeException} 3/10 or returns a list that re-encodes to the same bytes and whose every accessor works.
 */
class NlriFuzzTest {
    private static final int ROUNDS = 20_000;

    @Test
    void anyInputDecodesExactlyOrFailsWithInvalidNetworkField() {
        Random r = new Random(0x5EEDL);
        int decoded = 0;
        int rejected = 0;
        for (NlriCodec codec : NlriCodecs.builtin()) {
            if (codec.family().afi() > Family.AFI_IPV6 || codec.family().safi() == Family.SAFI_MCAST_VPN
                    || codec.family().safi() == Family.SAFI_RTC || codec.family().safi() == Family.SAFI_SR_POLICY
                    || codec.family().safi() == Family.SAFI_MUP) {
                continue; // L2VPN, MVPN: L2vpnMvpnNlriFuzzTest; RTC: RtcNlriFuzzTest; BGP-LS: BgpLsNlriFuzzTest;
                          // SR Policy: SrPolicyNlriFuzzTest; MUP: MupNlriFuzzTest
            }
            for (int round = 0; round < ROUNDS; round++) {
                boolean addPath = r.nextBoolean();
                byte[] field = round % 2 == 0 ? random(r) : mutated(r, codec, addPath);
                int off = r.nextInt(3);
                byte[] buf = new byte[off + field.length + r.nextInt(3)];
                System.arraycopy(field, 0, buf, off, field.length);
                try {
                    NlriList l = codec.decode(buf, off, field.length, addPath);
                    check(codec, l, field, addPath);
                    decoded++;
                } catch (BgpDecodeException e) {
                    assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
                    assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
                    assertEquals(ErrorAction.SESSION_RESET, e.action());
                    rejected++;
                } catch (RuntimeException | AssertionError e) {
                    fail(codec.family() + " addPath=" + addPath + " field " + Hex.encode(field) + ": " + e, e);
                }
            }
        }
        assertTrue(decoded > ROUNDS / 2, "decoded " + decoded);
        assertTrue(rejected > ROUNDS / 2, "rejected " + rejected);
    }

    private static byte[] random(Random r) {
        byte[] b = new byte[r.nextInt(40)];
        r.nextBytes(b);
        if (b.length > 0 && r.nextBoolean()) {
            b[0] = (byte) r.nextInt(0x70); // plausible lengths more often
        }
        return b;
    }

    /** A valid field of the codec's family, then bytes flipped, cut or added. */
    private static byte[] mutated(Random r, NlriCodec codec, boolean addPath) {
        WireWriter w = new WireWriter();
        int n = 1 + r.nextInt(4);
        int afiBytes = codec.family().afi() == 1 ? 4 : 16;
        for (int i = 0; i < n; i++) {
            if (addPath) {
                w.writeInt(r.nextInt(3));
            }
            int max = afiBytes * 8;
            int len = r.nextInt(max + 1);
            int labels = 1 + r.nextInt(2);
            boolean vpn = codec.family().safi() == 128;
            boolean labeled = vpn || codec.family().safi() == 4;
            int bits = len + (labeled ? 24 * labels : 0) + (vpn ? 64 : 0);
            if (bits > 255) {
                labels = 1;
                bits = len + (labeled ? 24 : 0) + (vpn ? 64 : 0);
            }
            w.writeByte(bits);
            if (labeled) {
                for (int k = 0; k < labels; k++) {
                    int raw = r.nextInt(1 << 20) << 4 | (k == labels - 1 ? 1 : 0);
                    w.writeByte(raw >>> 16).writeByte(raw >>> 8).writeByte(raw);
                }
            }
            if (vpn) {
                w.writeLong(r.nextLong());
            }
            for (int k = 0; k < (len + 7) / 8; k++) {
                w.writeByte(r.nextInt());
            }
        }
        byte[] b = w.toByteArray();
        switch (r.nextInt(5)) {
            case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> b = Arrays.copyOf(b, b.length + 1 + r.nextInt(3));
            case 3 -> b[r.nextInt(b.length)] = (byte) r.nextInt();
            default -> { }
        }
        return b;
    }

    private static void check(NlriCodec codec, NlriList l, byte[] field, boolean addPath) throws BgpDecodeException {
        assertEquals(codec.family(), l.family());
        WireWriter all = new WireWriter();
        l.encodeAll(all, addPath);
        assertArrayEquals(field, all.toByteArray());
        WireWriter each = new WireWriter();
        WireWriter objects = new WireWriter();
        WireWriter other = new WireWriter();
        int total = 0;
        for (int i = 0; i < l.size(); i++) {
            l.encode(i, each, addPath);
            total += l.encodedLength(i, addPath);
            l.encode(i, other, !addPath);
            Nlri n = l.get(i);
            n.encode(objects, addPath);
            assertEquals(l.pathId(i), n.pathId());
            assertTrue(n.toString().contains("/") || n instanceof bgp.codec.nlri.FlowRule, n.toString());
            if (l instanceof LabeledNlriList ll) {
                assertArrayEquals(ll.rawLabels(i), ll.rawLabels(i).clone());
                assertEquals(ll.labelCount(i), ll.rawLabels(i).length);
                ll.prefixText(i);
                if (codec.family().afi() == 1) {
                    ll.ipv4Prefix(i);
                } else {
                    ll.ipv6High(i);
                    ll.ipv6Low(i);
                }
            }
        }
        assertEquals(field.length, total);
        assertArrayEquals(field, each.toByteArray());
        assertArrayEquals(field, objects.toByteArray());
        // the other add-path mode decodes back to the same entries
        byte[] o = other.toByteArray();
        NlriList back = codec.decode(o, 0, o.length, !addPath);
        assertEquals(l.size(), back.size());
        for (int i = 0; i < l.size(); i++) {
            assertEquals(addPath ? 0 : l.pathId(i), back.pathId(i));
            WireWriter a = new WireWriter();
            WireWriter c = new WireWriter();
            l.get(i).encode(a, false);
            back.get(i).encode(c, false);
            assertArrayEquals(a.toByteArray(), c.toByteArray());
        }
        // lists built from the objects equal the decoded ones
        if (l instanceof LabeledPrefixes lp) {
            LabeledPrefixes.Builder b = LabeledPrefixes.builder(l.family());
            for (int i = 0; i < l.size(); i++) {
                b.add((LabeledPrefix) lp.get(i));
            }
            if (addPath) {
                b.withPathIds();
            }
            assertEquals(l, b.build());
        } else if (l instanceof VpnPrefixes vp) {
            VpnPrefixes.Builder b = VpnPrefixes.builder(l.family());
            for (int i = 0; i < l.size(); i++) {
                b.add((VpnPrefix) vp.get(i));
            }
            if (addPath) {
                b.withPathIds();
            }
            assertEquals(l, b.build());
        } else if (l instanceof Ipv6Prefixes sp) {
            Ipv6Prefixes.Builder b = Ipv6Prefixes.builder(l.family());
            for (int i = 0; i < l.size(); i++) {
                b.add(sp.high(i), sp.low(i), sp.length(i), sp.pathId(i));
            }
            if (addPath) {
                b.withPathIds();
            }
            assertEquals(l, b.build());
            assertEquals(l.hashCode(), b.build().hashCode());
        }
    }
}
