package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.conformance.ConformanceData;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Notification;
import bgp.codec.message.Update;
import bgp.codec.nlri.FlowRule;
import bgp.codec.nlri.FlowRules;
import bgp.codec.nlri.FlowSpec;
import bgp.codec.nlri.NlriList;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flowspec NLRI decoder ({@link FlowRules#decode}) on any bytes, in the four flowspec families, with and without
 * path identifiers: it throws only {@link BgpDecodeException} 3/10, and what it decodes re-encodes to the same bytes,
 * prints, and rebuilds from its rules. Seeded with the flowspec NLRI fields of ExaBGP's functional tests (read in
 * place) and RFC 8955's examples; the seeds alone run by default ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s with
 * {@code JAZZER_FUZZ=1}.
 */
class FlowNlriFuzzTest {
    static final List<Family> FAMILIES = List.of(Family.IPV4_FLOW, Family.IPV6_FLOW, Family.IPV4_FLOW_VPN,
            Family.IPV6_FLOW_VPN);

    static Stream<Arguments> flowFields() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(bgp.codec.Hex.decode("0B0118C00002038106048119"));
        seeds.add(bgp.codec.Hex.decode("120118C000020218CB0071040389458B911F90"));
        seeds.add(bgp.codec.Hex.decode("090120C00002010C8005"));
        OpenContext ctx = OpenContext.builder().families(new java.util.HashSet<>(FAMILIES)).build();
        var codec = BuiltinCodecs.codec();
        for (var path : ConformanceData.ciFiles()) {
            for (ConformanceData.Raw raw : ConformanceData.parse(path).raws()) {
                try {
                    if (codec.decode(raw.message(), ctx) instanceof Update u) {
                        for (Attribute a : u.attributes()) {
                            NlriList l = a instanceof MpReach r ? r.nlri() : a instanceof MpUnreach r ? r.nlri() : null;
                            if (l instanceof FlowRules f && !f.isEmpty()) {
                                WireWriter w = new WireWriter();
                                f.encodeAll(w, false);
                                seeds.add(w.toByteArray());
                            }
                        }
                    }
                } catch (BgpDecodeException notThisContext) {
                    // messages of other families or contexts are no seeds
                }
            }
        }
        return seeds.stream().map(b -> Arguments.of((Object) b));
    }

    @MethodSource("flowFields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) {
        if (data == null) {
            return;
        }
        for (Family f : FAMILIES) {
            for (boolean addPath : new boolean[] {false, true}) {
                FlowRules l;
                try {
                    l = FlowRules.decode(f, data, 0, data.length, addPath);
                } catch (BgpDecodeException e) {
                    assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
                    assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
                    continue;
                }
                WireWriter all = new WireWriter();
                l.encodeAll(all, addPath);
                assertArrayEquals(data, all.toByteArray());
                List<FlowRule> rules = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    FlowRule r = l.get(i);
                    rules.add(r);
                    assertEquals(l.fields(i), r.fields());
                    r.toString();
                    // the rule's components are accepted again as they are
                    assertEquals(r, FlowRule.of(f, r.rd(), r.components(), r.pathId()));
                    assertEquals(FlowSpec.isVpn(f), r.hasRd());
                }
                WireWriter again = new WireWriter();
                FlowRules.of(f, rules).encodeAll(again, addPath);
                if (addPath || rules.stream().allMatch(r -> r.pathId() == 0)) {
                    assertArrayEquals(data, again.toByteArray());
                }
            }
        }
    }
}
