package bgp.api.command.internal.json;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.nlri.NlriList;
import bgp.codec.srpolicy.Segment;
import bgp.codec.srpolicy.SegmentList;
import bgp.codec.srpolicy.SrPolicy;
import bgp.codec.srpolicy.SrPolicyNlris;

/**
 * SR Policy (RFC 9830) in ExaBGP's form. A route is {@code {"distinguisher": <n>, "color": <n>, "endpoint": "<ip>"}}
 * ({@code "path-information"} last when the list carries path identifiers). The Tunnel Encapsulation attribute is
 * {@code "tunnel-encap": {"sr-policy": {...}}} with, in this order and when present: {@code "preference"},
 * {@code "priority"}, {@code "binding-sid": {"type": "mpls", "label": <n>}} (an SRv6 SID in that sub-TLV:
 * {@code {"type": "srv6", "sid": "<ipv6>"}}; none: {@code {"type": "none"}}), {@code "srv6-binding-sid": "<ipv6>"},
 * {@code "enlp"}, {@code "policy-name"}, {@code "candidate-path-name"}, {@code "segment-lists": [{"weight": <n>,
 * "segments": [...]}]}, and sub-TLVs of other types as {@code "sub-tlvs": [{"type": <n>, "value": "0x<hex>"}]}.
 * A segment is {@code {"type": "A", "label", "tc", "s", "ttl"}} or {@code {"type": "B", "sid", "endpoint-behavior":
 * {"behavior", "lb-length", "ln-length", "fun-length", "arg-length"}}} as ExaBGP prints them; types C to K, which
 * ExaBGP's conformance data does not print, name their fields as its configuration does ({@code "ipv4"},
 * {@code "ipv6"}, {@code "local"}, {@code "remote"}, {@code "local-if-id"}, {@code "local-ipv6"},
 * {@code "remote-if-id"}, {@code "remote-ipv6"}, {@code "algorithm"}), then their MPLS SID as type A's fields or their
 * SRv6 {@code "sid"} and {@code "endpoint-behavior"}; a segment of another type is {@code {"type": <n>, "value":
 * "0x<hex>"}}. A tunnel of another type than 15 is {@code "tunnel-<type>": "0x<hex of its sub-TLVs>"}.
 */
final class SrPolicyJson {
    private SrPolicyJson() {
    }

    /** Writes the entries of an SR Policy list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, NlriList list) {
        if (!(list instanceof SrPolicyNlris l)) {
            return false;
        }
        for (int i = 0, n = l.size(); i < n; i++) {
            w.beginObject().key("distinguisher").value(l.distinguisher(i)).key("color").value(l.color(i))
                    .key("endpoint").value(l.endpointText(i));
            if (l.hasPathIds()) {
                w.key("path-information").ipv4(l.pathId(i));
            }
            w.endObject();
        }
        return true;
    }

    /** {@code "tunnel-encap": {...}}. */
    static void attribute(JsonWriter w, TunnelEncapsulation t) {
        w.key("tunnel-encap").beginObject();
        for (int i = 0; i < t.tunnelCount(); i++) {
            int type = t.tunnelType(i);
            if (type == SrPolicy.TUNNEL_TYPE) {
                w.key("sr-policy");
                policy(w, t.srPolicy(i));
            } else {
                byte[] sub = t.subTlvs(i);
                w.key("tunnel-" + type).hex(sub, 0, sub.length, false);
            }
        }
        w.endObject();
    }

    private static void policy(JsonWriter w, SrPolicy p) {
        w.beginObject();
        if (p.preference() >= 0) {
            w.key("preference").value(p.preference());
        }
        if (p.priority() >= 0) {
            w.key("priority").value(p.priority());
        }
        byte[] bsid = p.bindingSid();
        if (bsid != null) {
            w.key("binding-sid").beginObject();
            if (bsid.length == 6) {
                long field = u32(bsid, 2);
                w.key("type").value("mpls").key("label").value(field >>> 12);
            } else if (bsid.length == 18) {
                w.key("type").value("srv6").key("sid").value(IpAddresses.ipv6(bsid, 2));
            } else {
                w.key("type").value("none");
            }
            w.endObject();
        }
        byte[] srv6 = p.srv6BindingSid();
        if (srv6 != null) {
            w.key("srv6-binding-sid").value(IpAddresses.ipv6(srv6, 2));
        }
        if (p.enlp() >= 0) {
            w.key("enlp").value(p.enlp());
        }
        if (p.policyName() != null) {
            w.key("policy-name").value(p.policyName());
        }
        if (p.candidatePathName() != null) {
            w.key("candidate-path-name").value(p.candidatePathName());
        }
        if (!p.segmentLists().isEmpty()) {
            w.key("segment-lists").beginArray();
            for (SegmentList l : p.segmentLists()) {
                w.beginObject();
                if (l.weight() >= 0) {
                    w.key("weight").value(l.weight());
                }
                w.key("segments").beginArray();
                for (Segment s : l.segments()) {
                    segment(w, s);
                }
                w.endArray().endObject();
            }
            w.endArray();
        }
        if (!p.others().isEmpty()) {
            w.key("sub-tlvs").beginArray();
            for (SrPolicy.Other o : p.others()) {
                byte[] v = o.value();
                w.beginObject().key("type").value(o.type()).key("value").hex(v, 0, v.length, false).endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    private static void segment(JsonWriter w, Segment s) {
        char letter = s.letter();
        w.beginObject();
        if (letter == 0) {
            byte[] v = s.value();
            w.key("type").value(s.type()).key("value").hex(v, 0, v.length, false).endObject();
            return;
        }
        w.key("type").value(String.valueOf(letter));
        switch (letter) {
            case 'C', 'E' -> {
                if (letter == 'E') {
                    w.key("local-if-id").value(s.localInterfaceId());
                }
                w.key("ipv4").value(IpAddresses.format(s.localAddress()));
            }
            case 'D', 'I' -> w.key("ipv6").value(IpAddresses.format(s.localAddress()));
            case 'F', 'H', 'K' -> w.key("local").value(IpAddresses.format(s.localAddress())).key("remote")
                    .value(IpAddresses.format(s.remoteAddress()));
            case 'G', 'J' -> w.key("local-if-id").value(s.localInterfaceId()).key("local-ipv6")
                    .value(IpAddresses.format(s.localAddress())).key("remote-if-id").value(s.remoteInterfaceId())
                    .key("remote-ipv6").value(IpAddresses.format(s.remoteAddress()));
            default -> {
            }
        }
        if (s.algorithm() >= 0) {
            w.key("algorithm").value(s.algorithm());
        }
        long mpls = s.mplsSid();
        if (mpls >= 0) {
            w.key("label").value(mpls >>> 12).key("tc").value(mpls >>> 9 & 7).key("s").value((mpls & 0x100) != 0)
                    .key("ttl").value(mpls & 0xFF);
        }
        byte[] sid = s.srv6Sid();
        if (sid != null) {
            w.key("sid").value(IpAddresses.format(sid));
        }
        int[] b = s.behavior();
        if (b != null) {
            w.key("endpoint-behavior").beginObject().key("behavior").value(b[0]).key("lb-length").value(b[1])
                    .key("ln-length").value(b[2]).key("fun-length").value(b[3]).key("arg-length").value(b[4])
                    .endObject();
        }
        w.endObject();
    }

    private static long u32(byte[] b, int p) {
        return (long) (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | b[p + 3] & 0xFF;
    }
}
