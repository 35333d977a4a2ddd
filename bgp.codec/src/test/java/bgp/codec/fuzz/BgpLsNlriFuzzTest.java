package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.bgpls.BgpLsNlri;
import bgp.codec.bgpls.BgpLsNlris;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.nlri.NlriCodec;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BGP-LS NLRI decoders (SAFI 71 and 72) on any bytes, with and without path identifiers: they throw only
 * {@link BgpDecodeException} 3/10, and what they decode re-encodes to the same bytes (whole, entry by entry and from
 * the objects), prints, and equals the list rebuilt from its objects. Seeded with the routes of ExaBGP's
 * {@code qa/decoding} bgp-ls vectors; the seeds alone run by default ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s
 * with {@code JAZZER_FUZZ=1}.
 */
class BgpLsNlriFuzzTest {
    static final List<NlriCodec> CODECS = List.of(NlriCodecs.builtin(BgpLsNlri.BGPLS),
            NlriCodecs.builtin(BgpLsNlri.BGPLS_VPN));

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "0002005103000000000000000001000020020000040000000102010004C0A87A7E0202000400000000020300040A0A0A0A01"
                        + "010020020000040000000102010004C0A87A7E0202000400000000020300040A020202",
                "000100270200000000000002BC0100001A0200000400003E3402010004000000000203000601013400004100",
                "000300300200000000000002BC0100001A0200000400003E34020100040000000002030006010135000041010900051E0A"
                        + "860258",
                "00090002ABCD",
                "000100110000FDE800000001030000000000000000");
        return NlriFuzzing.hexSeeds(seeds);
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        NlriFuzzing.decodeEach(data, CODECS, BgpLsNlriFuzzTest::check);
    }

    private static void check(NlriCodec codec, BgpLsNlris l, byte[] data, boolean addPath)
            throws BgpDecodeException {
        List<BgpLsNlri> list = NlriFuzzing.assertReencodes(codec, l, data, addPath);
        for (int i = 0; i < list.size(); i++) {
            BgpLsNlri n = list.get(i);
            assertEquals(l.nlriType(i), n.nlriType());
            assertEquals(n, new BgpLsNlri(n.family(), n.nlriType(), n.value(), n.pathId()));
        }
        if (!l.isEmpty() && (addPath || list.stream().allMatch(n -> n.pathId() == 0))) {
            BgpLsNlris rebuilt = BgpLsNlris.of(list);
            if (addPath == rebuilt.hasPathIds()) {
                assertEquals(l, rebuilt);
            }
        }
        NlriFuzzing.assertDecodesAgainWithoutPathIds(codec, l);
    }
}
