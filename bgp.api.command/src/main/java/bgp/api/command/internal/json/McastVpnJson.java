package bgp.api.command.internal.json;

import bgp.codec.IpAddresses;
import bgp.codec.mvpn.McastVpnNlri;
import bgp.codec.mvpn.McastVpnNlris;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.RouteDistinguisher;

/**
 * ExaBGP's JSON of multicast VPN routes (its {@code api-mvpn} conformance data): {@code {"code": <type>, "parsed":
 * true, "raw": "<type, length and value in hex>", "name", "rd"[, "source-as": "<asn>" (a string)], "source",
 * "group"}} for route types 5, 6 and 7 (the RP of type 6 is the {@code "source"}), {@code {"code", "parsed": false,
 * "raw"}} for the others; {@code "path-information"} last when the list carries path identifiers.
 */
final class McastVpnJson {
    private McastVpnJson() {
    }

    /** Writes the entries of a mcast-vpn list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, NlriList list) {
        if (!(list instanceof McastVpnNlris l)) {
            return false;
        }
        for (int i = 0, n = l.size(); i < n; i++) {
            McastVpnNlri r = l.get(i);
            w.beginObject().key("code").value(r.routeType());
            if (r.known()) {
                w.key("parsed").value(true).key("raw").value(r.raw()).key("name").value(McastVpnNlri.name(r.routeType()))
                        .key("rd").value(RouteDistinguisher.format(r.rd()));
                if (r.sourceAs() >= 0) {
                    w.key("source-as").value(Long.toString(r.sourceAs()));
                }
                w.key("source").value(IpAddresses.format(r.source())).key("group")
                        .value(IpAddresses.format(r.group()));
            } else {
                w.key("parsed").value(false).key("raw").value(r.raw());
            }
            if (l.hasPathIds()) {
                w.key("path-information").ipv4(l.pathId(i));
            }
            w.endObject();
        }
        return true;
    }
}
