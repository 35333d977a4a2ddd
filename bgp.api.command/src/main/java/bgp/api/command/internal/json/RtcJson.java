package bgp.api.command.internal.json;

import bgp.codec.nlri.NlriList;
import bgp.codec.rtc.RtcNlri;
import bgp.codec.rtc.RtcNlris;

/**
 * Route Target membership routes (RFC 4684) in ExaBGP's form: {@code {"origin-as": <asn>, "route-target":
 * "target:<a>:<n>"}} (the route target's type byte without its transitive bits, as ExaBGP reads it); the default
 * route is {@code {"origin-as": 0, "route-target": "wildcard"}} and a partial route target (33 to 95 bits, which
 * ExaBGP does not decode) {@code "0x<hex>/<bits>"}; {@code "path-information"} last when the list carries path
 * identifiers.
 */
final class RtcJson {
    private RtcJson() {
    }

    /** Writes the entries of an RTC list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, NlriList list) {
        if (!(list instanceof RtcNlris l)) {
            return false;
        }
        for (int i = 0, n = l.size(); i < n; i++) {
            RtcNlri r = l.get(i);
            w.beginObject().key("origin-as").value(r.originAs()).key("route-target")
                    .value(r.isWildcard() ? "wildcard" : r.routeTargetText());
            if (l.hasPathIds()) {
                w.key("path-information").ipv4(l.pathId(i));
            }
            w.endObject();
        }
        return true;
    }
}
