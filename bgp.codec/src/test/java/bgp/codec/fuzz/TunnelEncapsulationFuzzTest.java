package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.internal.attribute.TunnelEncapsulationCodec;
import bgp.codec.message.Notification;
import bgp.codec.srpolicy.Segment;
import bgp.codec.srpolicy.SegmentList;
import bgp.codec.srpolicy.SrPolicy;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Tunnel Encapsulation attribute decoder on any bytes: it throws only {@link BgpDecodeException} (Optional
 * Attribute Error, treat-as-withdraw), what it decodes encodes to the same bytes, every SR Policy tunnel reads as an
 * {@link SrPolicy} whose accessors all answer, and that policy written again reads back to the same policy. Seeded
 * with the values of ExaBGP's conf-sr-policy.ci; the seeds alone run by default ({@code -Djazzer.fuzz=0}),
 * libFuzzer for 10 s with {@code JAZZER_FUZZ=1}.
 */
class TunnelEncapsulationFuzzTest {
    static final TunnelEncapsulationCodec CODEC = new TunnelEncapsulationCodec();
    static final OpenContext CONTEXT = OpenContext.builder().build();

    static Stream<Arguments> values() {
        List<String> seeds = List.of(
                "000F00240C060000000000640D06100005DC01008000110009060000000000010106000003E81100",
                "000F005C0C060000000000C814120000FC0000000000000000000000000000018000250009060000000000020D1A1000FC00"
                        + "0000000000000000000000000001004100002000100082000A006D792D706F6C696379810008007072696D617279",
                "000F00300C0600000000012C8000110009060000000000010106000003E811008000110009060000000000020106000003E8"
                        + "2100",
                "000F00280C0600000000006480001D0009060000000000010D12000020010DB8000100000000000000000001",
                "00080006FE0003010203000F00160F020A000E03000002FA000201020A06000000000007",
                "");
        return NlriFuzzing.hexSeeds(seeds);
    }

    @MethodSource("values")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrIsTreatAsWithdraw(byte[] data) {
        if (data == null) {
            return;
        }
        TunnelEncapsulation t;
        try {
            t = (TunnelEncapsulation) CODEC.decode(data, 0, data.length, 0xC0, CONTEXT);
        } catch (BgpDecodeException e) {
            assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
            assertEquals(Notification.OPTIONAL_ATTRIBUTE_ERROR, e.subcode());
            assertEquals(ErrorAction.TREAT_AS_WITHDRAW, e.action());
            return;
        }
        WireWriter w = new WireWriter();
        CODEC.encode(t, CONTEXT, w);
        assertArrayEquals(data, w.toByteArray());
        assertEquals(t, TunnelEncapsulation.wrap(t.tlvs()));
        int total = 0;
        for (int i = 0; i < t.tunnelCount(); i++) {
            byte[] sub = t.subTlvs(i);
            total += 4 + sub.length;
            if (t.tunnelType(i) != SrPolicy.TUNNEL_TYPE) {
                continue;
            }
            SrPolicy p = t.srPolicy(i);
            p.preference();
            p.bindingSid();
            p.srv6BindingSid();
            p.toString();
            for (SegmentList l : p.segmentLists()) {
                for (Segment s : l.segments()) {
                    s.letter();
                    s.algorithm();
                    s.mplsSid();
                    s.srv6Sid();
                    s.behavior();
                    s.localAddress();
                    s.remoteAddress();
                    s.localInterfaceId();
                    s.remoteInterfaceId();
                    s.toString();
                }
            }
            byte[] again = p.encode();
            assertEquals(p, SrPolicy.parse(again, 0, again.length));
        }
        assertEquals(data.length, total);
    }
}
