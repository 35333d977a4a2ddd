package bgp.codec.internal.attribute;

import bgp.codec.attribute.AttributeCodec;
import java.util.List;

/**
 * The built-in attribute table, in type-code order. MP_REACH_NLRI / MP_UNREACH_NLRI (14, 15) are the message
 * codec's; any other code decodes as {@link bgp.codec.attribute.UnknownAttribute}.
 *
 * <pre>
 *  code  attribute               flags  malformed            codec
 *   1    ORIGIN                  T      treat-as-withdraw    {@link OriginCodec}
 *   2    AS_PATH                 T      treat-as-withdraw    {@link AsPathCodec}
 *   3    NEXT_HOP                T      treat-as-withdraw    {@link NextHopCodec}
 *   4    MULTI_EXIT_DISC         O      treat-as-withdraw    {@link MedCodec}
 *   5    LOCAL_PREF              T      treat-as-withdraw    {@link LocalPrefCodec}
 *   6    ATOMIC_AGGREGATE        T      attribute-discard    {@link AtomicAggregateCodec}
 *   7    AGGREGATOR              OT     attribute-discard    {@link AggregatorCodec}
 *   8    COMMUNITIES             OT     treat-as-withdraw    {@link CommunitiesCodec}
 *   9    ORIGINATOR_ID           O      treat-as-withdraw    {@link OriginatorIdCodec}
 *  10    CLUSTER_LIST            O      treat-as-withdraw    {@link ClusterListCodec}
 *  16    EXTENDED_COMMUNITIES    OT     treat-as-withdraw    {@link ExtendedCommunitiesCodec}
 *  17    AS4_PATH                OT     attribute-discard    {@link As4PathCodec}
 *  18    AS4_AGGREGATOR          OT     attribute-discard    {@link As4AggregatorCodec}
 *  22    PMSI_TUNNEL             OT     treat-as-withdraw    {@link PmsiTunnelCodec}
 *  23    TUNNEL_ENCAPSULATION    OT     treat-as-withdraw    {@link TunnelEncapsulationCodec}
 *  25    IPV6_EXT_COMMUNITIES    OT     treat-as-withdraw    {@link Ipv6ExtendedCommunitiesCodec}
 *  26    AIGP                    O      attribute-discard    {@link AigpCodec}
 *  29    BGP-LS                  O      attribute-discard    {@link LinkStateCodec}
 *  32    LARGE_COMMUNITY         OT     treat-as-withdraw    {@link LargeCommunitiesCodec}
 *  35    OTC                     OT     treat-as-withdraw    {@link OtcCodec}
 *  40    BGP Prefix-SID          OT     treat-as-withdraw    {@link PrefixSidCodec}
 * </pre>
 */
public final class AttributeCodecs {
    private AttributeCodecs() {
    }

    /** A new instance of every built-in codec (the codecs are stateless and thread-safe). */
    public static List<AttributeCodec> builtin() {
        return List.of(
                new OriginCodec(),
                new AsPathCodec(),
                new NextHopCodec(),
                new MedCodec(),
                new LocalPrefCodec(),
                new AtomicAggregateCodec(),
                new AggregatorCodec(),
                new CommunitiesCodec(),
                new OriginatorIdCodec(),
                new ClusterListCodec(),
                new ExtendedCommunitiesCodec(),
                new As4PathCodec(),
                new As4AggregatorCodec(),
                new PmsiTunnelCodec(),
                new TunnelEncapsulationCodec(),
                new Ipv6ExtendedCommunitiesCodec(),
                new AigpCodec(),
                new LinkStateCodec(),
                new LargeCommunitiesCodec(),
                new OtcCodec(),
                new PrefixSidCodec());
    }
}
