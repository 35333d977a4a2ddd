package bgp.codec.internal;

import bgp.codec.Family;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.nlri.NlriCodec;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The three codec tables, as one immutable snapshot: attribute codecs by type code, capability codecs by code,
 * NLRI codecs by family. Codecs given later replace earlier ones for the same key, so a bundle can override a
 * built-in codec. A snapshot is swapped whole when codec services come and go.
 */
public final class CodecTables {
    private final AttributeCodec[] attributes = new AttributeCodec[256];
    private final CapabilityCodec[] capabilities = new CapabilityCodec[256];
    private final Map<Family, NlriCodec> nlri;
    private final NlriCodec ipv4Unicast;

    public CodecTables(Collection<? extends AttributeCodec> attributeCodecs,
                       Collection<? extends CapabilityCodec> capabilityCodecs,
                       Collection<? extends NlriCodec> nlriCodecs) {
        for (AttributeCodec c : attributeCodecs) {
            attributes[checkCode(c.typeCode(), "attribute type")] = c;
        }
        for (CapabilityCodec c : capabilityCodecs) {
            capabilities[checkCode(c.code(), "capability code")] = c;
        }
        Map<Family, NlriCodec> m = new HashMap<>();
        for (NlriCodec c : nlriCodecs) {
            m.put(c.family(), c);
        }
        nlri = Map.copyOf(m);
        ipv4Unicast = nlri.get(Family.IPV4_UNICAST);
        if (ipv4Unicast == null) {
            throw new IllegalArgumentException("the NLRI table needs an IPv4 unicast codec");
        }
    }

    private static int checkCode(int code, String what) {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException(what + " out of range: " + code);
        }
        return code;
    }

    /** The codec of an attribute type, or null. */
    public AttributeCodec attribute(int typeCode) {
        return attributes[typeCode];
    }

    /** The codec of a capability code, or null. */
    public CapabilityCodec capability(int code) {
        return capabilities[code];
    }

    /** The codec of a family, or null. */
    public NlriCodec nlri(Family family) {
        return family.equals(Family.IPV4_UNICAST) ? ipv4Unicast : nlri.get(family);
    }

    /** The IPv4 unicast codec (the UPDATE body's NLRI). */
    public NlriCodec ipv4Unicast() {
        return ipv4Unicast;
    }

    /** The families with an NLRI codec. */
    public java.util.Set<Family> families() {
        return nlri.keySet();
    }
}
