package bgp.api.command.internal.json;

import bgp.codec.IpAddresses;
import bgp.codec.l2vpn.EvpnNlri;
import bgp.codec.l2vpn.EvpnNlris;
import bgp.codec.l2vpn.VplsNlris;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.RouteDistinguisher;

/**
 * ExaBGP's JSON of L2VPN routes, one object per route:
 * <ul>
 * <li>VPLS: {@code {"rd": "192.168.201.1:123", "endpoint": 5, "base": 10702, "offset": 1, "size": 8}} (its
 * conformance data);</li>
 * <li>EVPN (ExaBGP 4.2's encoder, which the conformance data does not cover): {@code {"code": <type>, "parsed": true,
 * "raw": "<type, length and value in hex>", "name": "<type name>", "rd", ...}} with per type: 1 {@code "esi",
 * "ethernet-tag", "label"}; 2 {@code "esi", "ethernet-tag", "mac", "label"[, "ip"]}; 3 {@code "ethernet-tag"[,
 * "ip"]}; 4 {@code "esi", "ip"}; 5 {@code "esi", "ethernet-tag", "label", "ip", "iplen", "gateway"}; another type
 * {@code {"code", "parsed": false, "raw"}}. {@code "esi"} is {@code "-"} when zero, else lower-case hex bytes joined
 * by colons; {@code "mac"} upper-case; {@code "label"} is {@code [[label, raw 24-bit field], ...]} as for labeled
 * routes (ExaBGP 4.2 shows only the first label of a MAC/IP route; both are shown here).</li>
 * </ul>
 * Either gets {@code "path-information"} last when the list carries path identifiers.
 */
final class L2vpnJson {
    private L2vpnJson() {
    }

    /** Writes the entries of a VPLS or EVPN list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, NlriList list) {
        if (list instanceof VplsNlris v) {
            for (int i = 0, n = v.size(); i < n; i++) {
                w.beginObject().key("rd").value(RouteDistinguisher.format(v.rd(i))).key("endpoint")
                        .value(v.endpoint(i)).key("base").value(v.base(i)).key("offset").value(v.offset(i))
                        .key("size").value(v.blockSize(i));
                pathInformation(w, v, i);
                w.endObject();
            }
            return true;
        }
        if (list instanceof EvpnNlris e) {
            for (int i = 0, n = e.size(); i < n; i++) {
                evpn(w, e.get(i));
                pathInformation(w, e, i);
                w.endObject();
            }
            return true;
        }
        return false;
    }

    private static void pathInformation(JsonWriter w, NlriList l, int i) {
        if (l.hasPathIds()) {
            w.key("path-information").ipv4(l.pathId(i));
        }
    }

    /** The object of one EVPN route, left open. */
    private static void evpn(JsonWriter w, EvpnNlri r) {
        int type = r.routeType();
        w.beginObject().key("code").value(type);
        if (!r.known()) {
            w.key("parsed").value(false).key("raw").value(r.raw());
            return;
        }
        w.key("parsed").value(true).key("raw").value(r.raw()).key("name").value(EvpnNlri.name(type));
        w.key("rd").value(RouteDistinguisher.format(r.rd()));
        switch (type) {
            case EvpnNlri.ETHERNET_AD -> {
                w.key("esi").value(EvpnNlri.formatEsi(r.esi())).key("ethernet-tag").value(r.ethernetTag());
                labels(w, r.rawLabels());
            }
            case EvpnNlri.MAC_IP -> {
                w.key("esi").value(EvpnNlri.formatEsi(r.esi())).key("ethernet-tag").value(r.ethernetTag());
                w.key("mac").value(EvpnNlri.formatMac(r.mac()));
                labels(w, r.rawLabels());
                byte[] ip = r.ip();
                if (ip != null) {
                    w.key("ip").value(IpAddresses.format(ip));
                }
            }
            case EvpnNlri.INCLUSIVE_MULTICAST -> {
                w.key("ethernet-tag").value(r.ethernetTag());
                w.key("ip").value(IpAddresses.format(r.ip()));
            }
            case EvpnNlri.ETHERNET_SEGMENT -> {
                w.key("esi").value(EvpnNlri.formatEsi(r.esi()));
                w.key("ip").value(IpAddresses.format(r.ip()));
            }
            default -> {
                w.key("esi").value(EvpnNlri.formatEsi(r.esi())).key("ethernet-tag").value(r.ethernetTag());
                labels(w, r.rawLabels());
                w.key("ip").value(IpAddresses.format(r.ip())).key("iplen").value(r.prefixLength());
                w.key("gateway").value(IpAddresses.format(r.gateway()));
            }
        }
    }

    private static void labels(JsonWriter w, int[] raw) {
        w.key("label").beginArray();
        for (int v : raw) {
            w.beginArray().value(v >>> 4).value(v).endArray();
        }
        w.endArray();
    }
}
