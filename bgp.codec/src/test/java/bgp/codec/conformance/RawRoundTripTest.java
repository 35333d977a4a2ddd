package bgp.codec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.WireMessageCodec;
import bgp.codec.message.Message;
import bgp.codec.message.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * encode(decode(bytes)) == bytes for every {@code raw:} message of ExaBGP's functional tests, decoded in the
 * context of the test's first neighbor; every family is implemented, so none is skipped.
 */
class RawRoundTripTest {
    final WireMessageCodec codec = BuiltinCodecs.codec();

    @TestFactory
    Stream<DynamicTest> everyRawMessageRoundTrips() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var path : ConformanceData.ciFiles()) {
            ConformanceData.CiFile ci = ConformanceData.parse(path);
            if (ci.raws().isEmpty()) {
                continue;
            }
            OpenContext ctx = ConformanceData.context(ci, BuiltinCodecs.tables().families());
            tests.add(DynamicTest.dynamicTest(ci.name(), () -> {
                for (ConformanceData.Raw raw : ci.raws()) {
                    String where = ci.name() + ":" + raw.lineNumber();
                    Message m;
                    try {
                        m = codec.decode(raw.message(), ctx);
                    } catch (BgpDecodeException e) {
                        fail(where + " does not decode: " + e);
                        return;
                    }
                    if (m instanceof Update u) {
                        assertTrue(u.errors().isEmpty(), where + " decoded with errors " + u.errors());
                    }
                    assertEquals(Hex.encode(raw.message()), Hex.encode(codec.encode(m, ctx)), where + " " + m);
                }
            }));
        }
        return tests.stream();
    }

    /** Every raw message is tested (no family is left out): prove there are enough of them. */
    @Test
    void everyRawMessageIsTested() {
        int tested = 0;
        for (var path : ConformanceData.ciFiles()) {
            tested += ConformanceData.parse(path).raws().size();
        }
        System.out.println("raw round trip: " + tested + " messages tested");
        assertTrue(tested > 150, "too few raw messages tested: " + tested);
    }
}
