package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.srpolicy.SrPolicyNlri;
import bgp.codec.srpolicy.SrPolicyNlris;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SR Policy NLRI decoders (IPv4 and IPv6) on any bytes, with and without path identifiers: they throw only
 * {@link BgpDecodeException} 3/10, and what they decode re-encodes to the same bytes (whole, entry by entry and from
 * the objects), prints, answers every accessor, and equals the list rebuilt from its objects. Seeded with the routes
 * of ExaBGP's conformance data; the seeds alone run by default ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s with
 * {@code JAZZER_FUZZ=1}.
 */
class SrPolicyNlriFuzzTest {
    static final NlriCodec V4 = NlriCodecs.builtin(SrPolicyNlri.IPV4);
    static final NlriCodec V6 = NlriCodecs.builtin(SrPolicyNlri.IPV6);

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "60" + "00000000" + "00000064" + "0A000001",
                "60" + "00000001" + "000000C8" + "0A000002" + "60" + "00000000" + "0000012C" + "0A000003",
                "C0000000000000006420010DB8000000000000000000000001",
                "00000001C0000000000000006420010DB8000000000000000000000001",
                "5F00000000",
                "00",
                "");
        return NlriFuzzing.hexSeeds(seeds);
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        NlriFuzzing.decodeEach(data, List.of(V4, V6), SrPolicyNlriFuzzTest::check);
    }

    private static void check(NlriCodec codec, SrPolicyNlris l, byte[] data, boolean addPath)
            throws BgpDecodeException {
        List<SrPolicyNlri> list = NlriFuzzing.assertReencodes(codec, l, data, addPath);
        for (int i = 0; i < list.size(); i++) {
            SrPolicyNlri n = list.get(i);
            assertEquals(l.distinguisher(i), n.distinguisher());
            assertEquals(l.color(i), n.color());
            assertEquals(l.endpointText(i), n.endpointText());
            assertEquals(codec.family(), n.family());
            assertEquals(n, new SrPolicyNlri(n.distinguisher(), n.color(), n.endpoint(), n.pathId()));
        }
        if (addPath || list.stream().allMatch(n -> n.pathId() == 0)) {
            SrPolicyNlris rebuilt = SrPolicyNlris.of(codec.family(), list);
            if (addPath == rebuilt.hasPathIds() || l.isEmpty()) {
                assertEquals(l, rebuilt);
            }
        }
        NlriFuzzing.assertDecodesAgainWithoutPathIds(codec, l);
    }
}
