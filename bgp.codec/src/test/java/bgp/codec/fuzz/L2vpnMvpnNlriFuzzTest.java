package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.l2vpn.EvpnNlri;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.mvpn.McastVpnNlri;
import bgp.codec.mvpn.McastVpnNlris;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The VPLS, EVPN and MCAST-VPN NLRI decoders on any bytes, with and without path identifiers: they throw only
 * {@link BgpDecodeException} 3/10, and what they decode re-encodes to the same bytes (whole, entry by entry and from
 * the objects), prints, answers every accessor, and equals the list rebuilt from its objects. Seeded with the VPLS
 * field of ExaBGP's {@code conf-l2vpn} test, one route of each EVPN type and MVPN routes of ExaBGP's
 * {@code api-mvpn} test; the seeds alone run by default
 * ({@code -Djazzer.fuzz=0}), libFuzzer for 10 s with {@code JAZZER_FUZZ=1}.
 */
class L2vpnMvpnNlriFuzzTest {
    static final List<NlriCodec> CODECS = List.of(NlriCodecs.builtin(VplsNlri.FAMILY), NlriCodecs.builtin(EvpnNlri.FAMILY),
            NlriCodecs.builtin(McastVpnNlri.IPV4), NlriCodecs.builtin(McastVpnNlri.IPV6));

    static Stream<Arguments> fields() {
        List<String> seeds = List.of(
                "00110001C0A8C901007B000500010008029CE1",
                "00110001C0A8C901007B000500010008029CE100110001C0A8C901007C000500010008029EC1",
                "01190000FDE8000000010011223344556677889900000000000641",
                "02280001010203040064000000000000000000000000000A30001122AABBCC200A000001000C81013881",
                "03110000FDE80000000100000000200A000002",
                "04230000FDE80000000100112233445566778899" + "8020010DB8000000000000000000000001",
                "05220000FDE8000000010000000000000000000000000000180A010200000000000012C1",
                "0903AABBCC",
                "06160000FDE80001869F0000FDE8200A63C70120EFFBFFE4",
                "052A0000FDE80001869F80FD12000000000000000000000000000480FF0E0000000000000000000000000001",
                "05120000FDE80001869F200A630C0420EFFBFFE4072E0000FDE80001869F0000FDE880FD1200000000000000000000000000"
                        + "0280FF0E0000000000000000000000000001");
        List<Arguments> out = new ArrayList<>();
        for (String s : seeds) {
            out.add(Arguments.of((Object) Hex.decode(s.length() % 2 == 0 ? s : s + "0")));
        }
        return out.stream();
    }

    @MethodSource("fields")
    @FuzzTest(maxDuration = "10s")
    void decodesExactlyOrFailsWithInvalidNetworkField(byte[] data) throws BgpDecodeException {
        NlriFuzzing.decodeEach(data, CODECS, L2vpnMvpnNlriFuzzTest::check);
    }

    private static void check(NlriCodec codec, NlriList l, byte[] data, boolean addPath) throws BgpDecodeException {
        List<Nlri> list = NlriFuzzing.assertReencodes(codec, l, data, addPath);
        for (Nlri n : list) {
            if (n instanceof EvpnNlri e && e.known()) {
                e.rd();
                e.esi();
                e.ethernetTag();
                e.mac();
                e.ip();
                e.gateway();
                e.rawLabels();
                e.raw();
                // the value is accepted again as it is
                assertEquals(e, new EvpnNlri(e.routeType(), e.value(), e.pathId()));
            }
            if (n instanceof McastVpnNlri m && m.known()) {
                m.rd();
                m.sourceAs();
                m.source();
                m.group();
                m.raw();
                assertEquals(m, new McastVpnNlri(m.family(), m.routeType(), m.value(), m.pathId()));
            }
        }
        if (addPath || list.stream().allMatch(n -> n.pathId() == 0)) {
            NlriList rebuilt = l instanceof VplsNlris ? VplsNlris.of(list.stream().map(n -> (VplsNlri) n).toList())
                    : l instanceof EvpnNlris ? EvpnNlris.of(list.stream().map(n -> (EvpnNlri) n).toList())
                    : l.isEmpty() ? l : McastVpnNlris.of(list.stream().map(n -> (McastVpnNlri) n).toList());
            if (addPath == rebuilt.hasPathIds() || l.isEmpty()) {
                assertEquals(l, rebuilt);
            }
        }
        NlriFuzzing.assertDecodesAgainWithoutPathIds(codec, l);
    }
}
