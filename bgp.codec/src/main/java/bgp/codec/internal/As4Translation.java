package bgp.codec.internal;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.As4Path;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.internal.attribute.As4Paths;
import bgp.codec.message.Notification;
import java.util.List;

/**
 * RFC 6793 at the message level. Decoded UPDATEs always carry 4-octet AS_PATH and AGGREGATOR: on a 2-octet session
 * AS4_PATH and AS4_AGGREGATOR are merged into them and removed; on a 4-octet session they have no business being
 * there (§4.1) and are discarded with an error noted. Encoding on a 2-octet session writes AS4_PATH right after
 * AS_PATH and AS4_AGGREGATOR right after AGGREGATOR when an ASN needs 4 octets; AS4 attributes in an UPDATE are never
 * written as they are.
 */
final class As4Translation {
    private As4Translation() {
    }

    static boolean isAs4(Attribute a) {
        return a instanceof As4Path || a instanceof As4Aggregator;
    }

    static void reconcile(List<Attribute> attributes, List<BgpDecodeException> errors, boolean asn4) {
        As4Path as4Path = null;
        As4Aggregator as4Aggregator = null;
        Aggregator aggregator = null;
        for (Attribute a : attributes) {
            if (a instanceof As4Path p) {
                as4Path = p;
            } else if (a instanceof As4Aggregator g) {
                as4Aggregator = g;
            } else if (a instanceof Aggregator g) {
                aggregator = g;
            }
        }
        if (as4Path == null && as4Aggregator == null) {
            return;
        }
        attributes.removeIf(As4Translation::isAs4);
        if (asn4) {
            errors.add(new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.OPTIONAL_ATTRIBUTE_ERROR,
                    null, ErrorAction.ATTRIBUTE_DISCARD,
                    "AS4_PATH/AS4_AGGREGATOR from a 4-octet AS speaker ignored (RFC 6793 §4.1)"));
            return;
        }
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            if (a instanceof AsPath p && as4Path != null) {
                attributes.set(i, As4Paths.reconcile(p, as4Path, aggregator));
            } else if (a instanceof Aggregator g) {
                attributes.set(i, As4Paths.reconcile(g, as4Aggregator));
            }
        }
    }

    /** The AS4 attribute to write after {@code a} on a 2-octet session, or null. */
    static Attribute companion(Attribute a) {
        if (a instanceof AsPath p) {
            return As4Paths.toAs4Path(p);
        }
        if (a instanceof Aggregator g) {
            return As4Paths.toAs4Aggregator(g);
        }
        return null;
    }
}
