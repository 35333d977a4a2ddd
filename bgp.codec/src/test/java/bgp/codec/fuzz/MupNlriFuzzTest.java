package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.mup.MupNlri;
import bgp.codec.mup.MupNlris;
import bgp.codec.nlri.NlriCodec;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BGP-MUP NLRI decoder of IPv4 and IPv6 on any bytes, with and without path identifiers: it throws only
 * {@link BgpDecodeException} 3/10, and what it decodes re-encodes to the same bytes (whole, entry by entry and from
 * the objects), prints, answers the accessors of its route type, and equals the route and the list rebuilt from its
 * parts. Seeded with ExaBGP's routes of every type and a few broken ones; the seeds alone run by default
 * ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s with {@code JAZZER_FUZZ=1}.
 */
class MupNlriFuzzTest {
    static final NlriCodec V4 = NlriCodecs.builtin(MupNlri.IPV4);
    static final NlriCodec V6 = NlriCodecs.builtin(MupNlri.IPV6);

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "0100010C0000006400000064180A0001",
                "0100020C00000064000000640A000001",
                "01000317000000640000006420C0A800010000303909200A000001",
                "0100031C000000640000006420C0A800020000303909200A000001200A000101",
                "010004110000006400000064400A00000100003039",
                "010004100000006400000064370A000001003039",
                "0100040D0000006400000064200A000001",
                "010001110000006400000064402001000000000000",
                "01000218000000640000006420010000000000000000000000000001",
                "0100041D0000006400000064A02001000000000000000000000000000100003039",
                "0100034000000064000000648020010DB8000100010000000000000002000030390980200100000000000000000000000000"
                        + "018020020000000000000000000000000002",
                "0100010D0000006400000064180A000100",
                "01000317000000C8000000C818C0A8090000000309032" + "00A090909",
                "02000103010203",
                "0100050001000100",
                "0100010D0000006400000064180A0001",
                "010001");
        return NlriFuzzing.hexSeeds(seeds);
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        NlriFuzzing.decodeEach(data, List.of(V4, V6), MupNlriFuzzTest::check);
    }

    private static void check(NlriCodec codec, MupNlris l, byte[] data, boolean addPath) throws BgpDecodeException {
        List<MupNlri> list = NlriFuzzing.assertReencodes(codec, l, data, addPath);
        for (int i = 0; i < list.size(); i++) {
            MupNlri n = list.get(i);
            assertEquals(l.architecture(i), n.architecture());
            assertEquals(l.routeType(i), n.routeType());
            assertEquals(n, new MupNlri(n.family(), n.architecture(), n.routeType(), n.value(), n.pathId()));
            n.raw();
            if (!n.known()) {
                continue;
            }
            n.rd();
            switch (n.routeType()) {
                case MupNlri.INTERWORK_SEGMENT_DISCOVERY -> {
                    n.prefix();
                    n.prefixLength();
                }
                case MupNlri.DIRECT_SEGMENT_DISCOVERY -> n.address();
                case MupNlri.TYPE1_SESSION_TRANSFORMED -> {
                    n.prefix();
                    n.teid();
                    n.qfi();
                    assertEquals(n.endpointLength(), n.endpoint().length * 8);
                    n.source();
                }
                default -> {
                    n.teid();
                    n.endpoint();
                    assertEquals(n.endpointLength(), n.endpoint().length * 8 + n.teidLength());
                }
            }
        }
        if (addPath || list.stream().allMatch(n -> n.pathId() == 0)) {
            if (!list.isEmpty()) {
                MupNlris rebuilt = MupNlris.of(list);
                if (addPath == rebuilt.hasPathIds()) {
                    assertEquals(l, rebuilt);
                }
            }
        }
        NlriFuzzing.assertDecodesAgainWithoutPathIds(codec, l);
    }
}
