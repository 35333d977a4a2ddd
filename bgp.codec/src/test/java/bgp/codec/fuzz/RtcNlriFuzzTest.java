package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.rtc.RtcNlri;
import bgp.codec.rtc.RtcNlris;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RTC NLRI decoder on any bytes, with and without path identifiers: it throws only {@link BgpDecodeException}
 * 3/10, and what it decodes re-encodes to the same bytes (whole, entry by entry and from the objects), prints,
 * answers every accessor, and equals the list rebuilt from its objects. Seeded with whole, partial and wildcard
 * routes; the seeds alone run by default ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s with {@code JAZZER_FUZZ=1}.
 */
class RtcNlriFuzzTest {
    static final NlriCodec CODEC = NlriCodecs.builtin(RtcNlri.IPV4);

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "600000FDE80002FDE800000064",
                "00",
                "600000FDE80002FDE80000006400600000FDE94102010203040007",
                "300000FDE80002",
                "200000FDE8",
                "0000000100");
        return NlriFuzzing.hexSeeds(seeds);
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        NlriFuzzing.<RtcNlris>decodeEach(data, List.of(CODEC), (codec, l, d, addPath) -> check(l, d, addPath));
    }

    private static void check(RtcNlris l, byte[] data, boolean addPath) throws BgpDecodeException {
        List<RtcNlri> list = NlriFuzzing.assertReencodes(CODEC, l, data, addPath);
        for (int i = 0; i < list.size(); i++) {
            RtcNlri n = list.get(i);
            assertEquals(l.originAs(i), n.originAs());
            assertEquals(l.length(i), n.length());
            if (n.hasRouteTarget()) {
                n.routeTarget();
            }
            assertEquals(n, new RtcNlri(n.length(), n.prefix(), n.pathId()));
        }
        if (addPath || list.stream().allMatch(n -> n.pathId() == 0)) {
            RtcNlris rebuilt = RtcNlris.of(list);
            if (addPath == rebuilt.hasPathIds() || l.isEmpty()) {
                assertEquals(l, rebuilt);
            }
        }
        NlriFuzzing.assertDecodesAgainWithoutPathIds(CODEC, l);
    }
}
