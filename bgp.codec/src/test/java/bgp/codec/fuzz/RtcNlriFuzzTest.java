package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.internal.nlri.RtcCodec;
import bgp.codec.message.Notification;
import bgp.codec.nlri.NlriList;
import bgp.codec.rtc.RtcNlri;
import bgp.codec.rtc.RtcNlris;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
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
    static final RtcCodec CODEC = new RtcCodec();

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "600000FDE80002FDE800000064",
                "00",
                "600000FDE80002FDE80000006400600000FDE94102010203040007",
                "300000FDE80002",
                "200000FDE8",
                "0000000100");
        List<Arguments> out = new ArrayList<>();
        for (String s : seeds) {
            out.add(Arguments.of((Object) Hex.decode(s)));
        }
        return out.stream();
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        if (data == null) {
            return;
        }
        for (boolean addPath : new boolean[] {false, true}) {
            NlriList l;
            try {
                l = CODEC.decode(data, 0, data.length, addPath);
            } catch (BgpDecodeException e) {
                assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
                assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
                continue;
            }
            check((RtcNlris) l, data, addPath);
        }
    }

    private static void check(RtcNlris l, byte[] data, boolean addPath) throws BgpDecodeException {
        assertEquals(RtcNlri.IPV4, l.family());
        WireWriter all = new WireWriter();
        l.encodeAll(all, addPath);
        assertArrayEquals(data, all.toByteArray());
        WireWriter each = new WireWriter();
        WireWriter objects = new WireWriter();
        List<RtcNlri> list = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < l.size(); i++) {
            l.encode(i, each, addPath);
            total += l.encodedLength(i, addPath);
            RtcNlri n = l.get(i);
            list.add(n);
            n.encode(objects, addPath);
            assertEquals(l.pathId(i), n.pathId());
            assertEquals(l.originAs(i), n.originAs());
            assertEquals(l.length(i), n.length());
            n.toString();
            if (n.hasRouteTarget()) {
                n.routeTarget();
            }
            assertEquals(n, new RtcNlri(n.length(), n.prefix(), n.pathId()));
        }
        assertEquals(data.length, total);
        assertArrayEquals(data, each.toByteArray());
        assertArrayEquals(data, objects.toByteArray());
        if (addPath || list.stream().allMatch(n -> n.pathId() == 0)) {
            RtcNlris rebuilt = RtcNlris.of(list);
            if (addPath == rebuilt.hasPathIds() || l.isEmpty()) {
                assertEquals(l, rebuilt);
            }
        }
        WireWriter bare = new WireWriter();
        l.encodeAll(bare, false);
        byte[] b = bare.toByteArray();
        assertEquals(l.size(), CODEC.decode(b, 0, b.length, false).size());
    }
}
