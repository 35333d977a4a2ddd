package bgp.codec.internal;

import bgp.codec.BgpDecodeException;
import bgp.codec.attribute.Attribute;
import java.util.List;

/** RFC 6793 on a 2-octet AS session: placeholder until the attribute codecs land. */
final class As4Translation {
    private As4Translation() {
    }

    static void reconcile(List<Attribute> attributes, List<BgpDecodeException> errors) {
    }

    static Attribute companion(Attribute a) {
        return null;
    }
}
