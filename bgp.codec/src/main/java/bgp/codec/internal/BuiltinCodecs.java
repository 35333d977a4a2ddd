package bgp.codec.internal;

import bgp.codec.attribute.AttributeCodec;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.internal.attribute.AttributeCodecs;
import bgp.codec.internal.capability.CapabilityCodecs;
import bgp.codec.internal.nlri.NlriCodecs;
import bgp.codec.nlri.NlriCodec;
import java.util.List;

/** The codecs this bundle ships: the tables every {@code MessageCodec} starts from. */
public final class BuiltinCodecs {
    private static final CodecTables TABLES = new CodecTables(attributes(), capabilities(), nlri());
    private static final WireMessageCodec CODEC = WireMessageCodec.of(TABLES);

    private BuiltinCodecs() {
    }

    public static List<AttributeCodec> attributes() {
        return AttributeCodecs.builtin();
    }

    public static List<CapabilityCodec> capabilities() {
        return CapabilityCodecs.builtin();
    }

    public static List<NlriCodec> nlri() {
        return NlriCodecs.builtin();
    }

    /** The built-in tables. */
    public static CodecTables tables() {
        return TABLES;
    }

    /** A codec over the built-in tables (for tools and tests outside a framework). */
    public static WireMessageCodec codec() {
        return CODEC;
    }
}
