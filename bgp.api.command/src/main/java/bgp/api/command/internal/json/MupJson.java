package bgp.api.command.internal.json;

import bgp.codec.IpAddresses;
import bgp.codec.mup.MupNlri;
import bgp.codec.mup.MupNlris;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.RouteDistinguisher;

/**
 * ExaBGP's JSON of BGP-MUP routes (its {@code conf-srv6-mup} and {@code api-ipv4}/{@code api-ipv6} conformance data),
 * keys in ExaBGP's order, each object ending with {@code "raw"} (architecture, type, length and value in hex):
 * <ul>
 * <li>ISD: {@code "name", "arch", "code", "prefix_ip_len", "prefix_ip", "rd"};</li>
 * <li>DSD: {@code "name", "arch", "code", "ip", "rd"};</li>
 * <li>T1ST: {@code "name", "arch", "code", "prefix_ip_len", "prefix_ip", "teid", "qfi"} (both strings),
 *     {@code "rd", "endpoint_ip_len", "endpoint_ip", "source_ip_len", "source_ip"} (without a source: 0 and
 *     {@code "b''"}, as ExaBGP prints it);</li>
 * <li>T2ST: {@code "name", "arch", "code", "endpoint_len", "endpoint_ip", "rd", "teid"} (a string);</li>
 * <li>another architecture or type: {@code "arch", "code", "raw"}.</li>
 * </ul>
 * {@code "path-information"} last when the list carries path identifiers.
 */
final class MupJson {
    private MupJson() {
    }

    /** Writes the entries of a mup list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, NlriList list) {
        if (!(list instanceof MupNlris l)) {
            return false;
        }
        for (int i = 0, n = l.size(); i < n; i++) {
            MupNlri r = l.get(i);
            w.beginObject();
            if (r.known()) {
                w.key("name").value(MupNlri.name(r.architecture(), r.routeType()));
            }
            w.key("arch").value(r.architecture()).key("code").value(r.routeType());
            if (r.known()) {
                String rd = RouteDistinguisher.format(r.rd());
                switch (r.routeType()) {
                    case MupNlri.INTERWORK_SEGMENT_DISCOVERY -> w.key("prefix_ip_len").value(r.prefixLength())
                            .key("prefix_ip").value(IpAddresses.format(r.prefix())).key("rd").value(rd);
                    case MupNlri.DIRECT_SEGMENT_DISCOVERY -> w.key("ip").value(IpAddresses.format(r.address()))
                            .key("rd").value(rd);
                    case MupNlri.TYPE1_SESSION_TRANSFORMED -> {
                        byte[] source = r.source();
                        w.key("prefix_ip_len").value(r.prefixLength()).key("prefix_ip")
                                .value(IpAddresses.format(r.prefix())).key("teid").value(Long.toString(r.teid()))
                                .key("qfi").value(Integer.toString(r.qfi())).key("rd").value(rd)
                                .key("endpoint_ip_len").value(r.endpointLength()).key("endpoint_ip")
                                .value(IpAddresses.format(r.endpoint())).key("source_ip_len")
                                .value(source == null ? 0 : source.length * 8).key("source_ip")
                                .value(source == null ? "b''" : IpAddresses.format(source));
                    }
                    default -> w.key("endpoint_len").value(r.endpointLength()).key("endpoint_ip")
                            .value(IpAddresses.format(r.endpoint())).key("rd").value(rd).key("teid")
                            .value(Long.toString(r.teid()));
                }
            }
            w.key("raw").value(r.raw());
            if (l.hasPathIds()) {
                w.key("path-information").ipv4(l.pathId(i));
            }
            w.endObject();
        }
        return true;
    }
}
