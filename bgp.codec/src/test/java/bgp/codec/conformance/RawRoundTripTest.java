package bgp.codec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.OpenContext;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.WireMessageCodec;
import bgp.codec.message.Message;
import bgp.codec.message.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * encode(decode(bytes)) == bytes for every {@code raw:} message of ExaBGP's functional tests, decoded in the
 * context of the test's first neighbor. Messages of families that later issues implement are skipped by the
 * explicit list below, and counted.
 */
class RawRoundTripTest {
    /** Families of the "every address family" issue not implemented yet: BGP-LS, RTC. */
    static final Set<Family> LATER_FAMILIES = Set.of(
            new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS), new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS_VPN),
            new Family(1, Family.SAFI_RTC));

    final WireMessageCodec codec = BuiltinCodecs.codec();

    static Set<Family> knownFamilies() {
        Set<Family> all = new java.util.LinkedHashSet<>(BuiltinCodecs.tables().families());
        all.addAll(LATER_FAMILIES);
        return all;
    }

    /** The family a raw UPDATE belongs to if it is one of the later issues', else null. */
    static Family laterFamily(byte[] message) {
        // MP_REACH / MP_UNREACH of a later family: find them by scanning the attributes, without decoding
        if ((message[18] & 0xFF) != Message.TYPE_UPDATE) {
            return null;
        }
        int p = 19;
        int wl = (message[p] & 0xFF) << 8 | message[p + 1] & 0xFF;
        p += 2 + wl;
        int al = (message[p] & 0xFF) << 8 | message[p + 1] & 0xFF;
        p += 2;
        int end = p + al;
        while (p + 3 <= end) {
            int flags = message[p] & 0xFF;
            int type = message[p + 1] & 0xFF;
            boolean ext = (flags & 0x10) != 0;
            int len = ext ? (message[p + 2] & 0xFF) << 8 | message[p + 3] & 0xFF : message[p + 2] & 0xFF;
            int v = p + (ext ? 4 : 3);
            if ((type == MpReach.TYPE || type == MpUnreach.TYPE) && v + 3 <= end) {
                Family f = new Family((message[v] & 0xFF) << 8 | message[v + 1] & 0xFF, message[v + 2] & 0xFF);
                if (LATER_FAMILIES.contains(f)) {
                    return f;
                }
            }
            p = v + len;
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyRawMessageRoundTrips() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var path : ConformanceData.ciFiles()) {
            ConformanceData.CiFile ci = ConformanceData.parse(path);
            if (ci.raws().isEmpty()) {
                continue;
            }
            OpenContext ctx = ConformanceData.context(ci, knownFamilies());
            tests.add(DynamicTest.dynamicTest(ci.name(), () -> {
                for (ConformanceData.Raw raw : ci.raws()) {
                    if (laterFamily(raw.message()) != null) {
                        continue;
                    }
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

    /** The skip list is explicit: print what it skips, and prove there is something left to test. */
    @Test
    void skippedMessagesAreOnlyThoseOfLaterFamilies() {
        Map<String, Integer> skipped = new TreeMap<>();
        int tested = 0;
        for (var path : ConformanceData.ciFiles()) {
            for (ConformanceData.Raw raw : ConformanceData.parse(path).raws()) {
                Family f = laterFamily(raw.message());
                if (f == null) {
                    tested++;
                } else {
                    skipped.merge(f.toString(), 1, Integer::sum);
                }
            }
        }
        System.out.println("raw round trip: " + tested + " messages tested; skipped for later families: " + skipped);
        assertTrue(tested > 150, "too few raw messages tested: " + tested);
    }
}
