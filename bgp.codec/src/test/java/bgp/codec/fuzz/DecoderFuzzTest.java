package bgp.codec.fuzz;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.conformance.ConformanceData;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.WireMessageCodec;
import bgp.codec.message.Message;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input makes the decoder throw anything but {@link BgpDecodeException}, and whatever it decodes encodes again.
 * Seeded with every {@code raw:} message of ExaBGP's functional tests (read in place); run as a regression test on
 * the seeds by default and as a time-boxed libFuzzer run with {@code JAZZER_FUZZ=1} (as CI does).
 */
class DecoderFuzzTest {
    static final WireMessageCodec CODEC = BuiltinCodecs.codec();
    static final List<OpenContext> CONTEXTS = contexts();

    static List<OpenContext> contexts() {
        OpenContext.Builder all = OpenContext.builder().extendedMessage(true);
        for (Family f : BuiltinCodecs.tables().families()) {
            all.family(f).addPath(f);
        }
        return List.of(OpenContext.builder().build(), all.build(),
                OpenContext.builder().asn4(false).enhancedRouteRefresh(true).build());
    }

    static Stream<Arguments> conformanceMessages() {
        return ConformanceData.ciFiles().stream()
                .flatMap(f -> ConformanceData.parse(f).raws().stream())
                .map(r -> Arguments.of((Object) r.message()));
    }

    @MethodSource("conformanceMessages")
    @FuzzTest(maxDuration = "20s")
    void decodeThrowsOnlyTypedErrors(byte[] data) {
        if (data == null) {
            return;
        }
        check(data);
        // the same bytes behind a well-formed header, so that mutations reach the message bodies
        if (data.length >= 19 && data.length <= 65535) {
            byte[] framed = data.clone();
            for (int i = 0; i < 16; i++) {
                framed[i] = (byte) 0xFF;
            }
            framed[16] = (byte) (data.length >>> 8);
            framed[17] = (byte) data.length;
            check(framed);
        }
    }

    private static void check(byte[] data) {
        for (OpenContext ctx : CONTEXTS) {
            Message m;
            try {
                m = CODEC.decode(data, ctx);
            } catch (BgpDecodeException expected) {
                continue;
            }
            try {
                CODEC.encode(m, ctx);
            } catch (BgpEncodeException tooLargeOrUnencodable) {
                // a decoded message may not fit again (e.g. a 2-octet AS session adding AS4_PATH)
            }
        }
    }
}
