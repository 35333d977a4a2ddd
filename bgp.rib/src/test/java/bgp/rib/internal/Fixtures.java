package bgp.rib.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.NlriList;
import java.util.ArrayList;
import java.util.List;

/** What the RIB tests share: the real codec, a factory, contexts, attributes, and helpers to read packed bytes. */
final class Fixtures {
    static final MessageCodec CODEC = BuiltinCodecs.codec();
    static final OpenContext IPV4 = OpenContext.builder().localAs(65000).peerAs(65001).build();
    static final OpenContext DUAL = OpenContext.builder().localAs(65000).peerAs(65001)
            .family(Family.IPV6_UNICAST).build();

    /** ORIGIN igp, AS_PATH 65001 65002, MED 10 (31 bytes with NEXT_HOP 192.0.2.1). */
    static final List<Attribute> ATTRS = List.of(Origin.IGP, AsPath.sequence(65001, 65002), new Med(10));
    static final byte[] NH4 = IpAddresses.parse("192.0.2.1");
    static final byte[] NH6 = IpAddresses.parse("2001:db8::1");

    private Fixtures() {
    }

    static RibFactoryComponent factory() {
        return new RibFactoryComponent(CODEC);
    }

    static IpPrefix prefix(String text) {
        return IpPrefix.parse(text, 0);
    }

    static IpPrefix prefix(String text, int pathId) {
        return IpPrefix.parse(text, pathId);
    }

    static long v4(String text) {
        IpPrefix p = prefix(text);
        byte[] a = p.address();
        return Ipv4Prefixes.pack((a[0] & 0xFF) << 24 | (a[1] & 0xFF) << 16 | (a[2] & 0xFF) << 8 | a[3] & 0xFF,
                p.length());
    }

    static Ipv4Prefixes v4s(String... texts) {
        long[] p = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            p[i] = v4(texts[i]);
        }
        return Ipv4Prefixes.unicast(p);
    }

    /** An UPDATE announcing IPv4 unicast prefixes in the body with ATTRS and a NEXT_HOP. */
    static Update announce4(List<Attribute> attrs, byte[] nextHop, String... prefixes) {
        List<Attribute> all = new ArrayList<>(attrs);
        all.add(NextHop.of(IpAddresses.parseIpv4(IpAddresses.ipv4(nextHop, 0))));
        return Update.announce(all, v4s(prefixes));
    }

    /** An UPDATE announcing IPv6 unicast prefixes in MP_REACH_NLRI. */
    static Update announce6(List<Attribute> attrs, byte[] nextHop, String... prefixes) {
        List<Attribute> all = new ArrayList<>();
        all.add(MpReach.of(Family.IPV6_UNICAST, nextHop, Ipv6Prefixes.unicast(prefixes)));
        all.addAll(attrs);
        return Update.announce(all, Ipv4Prefixes.EMPTY);
    }

    static Update withdraw4(String... prefixes) {
        return new Update(v4s(prefixes), List.of(), Ipv4Prefixes.EMPTY);
    }

    static Update withdraw6(String... prefixes) {
        return new Update(Ipv4Prefixes.EMPTY,
                List.of(new MpUnreach(Family.IPV6_UNICAST, Ipv6Prefixes.unicast(prefixes))), Ipv4Prefixes.EMPTY);
    }

    static byte[] hex(String text) {
        return Hex.decode(text.replace(" ", ""));
    }

    /** Drain everything in one call; the bytes written. */
    static byte[] drainAll(bgp.rib.AdjRibOut out, OpenContext ctx) {
        WireWriter w = new WireWriter(4096);
        assertTrue(out.drain(ctx, w, Integer.MAX_VALUE), "drained");
        return w.toByteArray();
    }

    /** Split a stream of whole messages, checking each header length. */
    static List<byte[]> messages(byte[] stream) {
        List<byte[]> out = new ArrayList<>();
        int p = 0;
        while (p < stream.length) {
            int len = (stream[p + 16] & 0xFF) << 8 | stream[p + 17] & 0xFF;
            byte[] m = new byte[len];
            System.arraycopy(stream, p, m, 0, len);
            out.add(m);
            p += len;
        }
        assertEquals(stream.length, p, "whole messages");
        return out;
    }

    /** Decode every message of a stream with the codec: they must be well-formed UPDATEs without errors. */
    static List<Update> decode(byte[] stream, OpenContext ctx) {
        List<Update> out = new ArrayList<>();
        for (byte[] m : messages(stream)) {
            try {
                Update u = (Update) CODEC.decode(m, ctx);
                assertEquals(List.of(), u.errors(), "decode errors");
                out.add(u);
            } catch (BgpDecodeException e) {
                throw new AssertionError("packed UPDATE does not decode: " + e.getMessage() + " " + Hex.encode(m), e);
            }
        }
        return out;
    }

    /** The prefixes of an NLRI list as text (with " path N" when it has path identifiers). */
    static List<String> texts(NlriList list) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get(i) + (list.hasPathIds() ? " path " + list.pathId(i) : ""));
        }
        return out;
    }
}
