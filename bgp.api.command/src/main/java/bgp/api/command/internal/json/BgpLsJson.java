package bgp.api.command.internal.json;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.bgpls.BgpLsNlri;
import bgp.codec.bgpls.BgpLsNlris;
import bgp.codec.nlri.RouteDistinguisher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BGP-LS (RFC 9552) as ExaBGP 5 prints it (its {@code qa/decoding} bgp-ls vectors).
 *
 * <p>Routes: {@code {"ls-nlri-type": "bgpls-node"|"bgpls-link"|"bgpls-prefix-v4"|"bgpls-prefix-v6",
 * "l3-routing-topology": <identifier>, "protocol-id": <n>, ...}}; a node has {@code "node-descriptors"} and
 * {@code "nexthop"}; a link {@code "local-node-descriptors"}, {@code "remote-node-descriptors"},
 * {@code "interface-addresses"}, {@code "neighbor-addresses"}, {@code "multi-topology-ids"} and
 * {@code "link-identifiers"} (no next hop); a prefix {@code "node-descriptors"}, {@code "ip-reachability-tlv"},
 * {@code "ip-reach-prefix"} and {@code "nexthop"}. Node descriptors are a list of one-key objects
 * ({@code autonomous-system}, {@code bgp-ls-identifier} (a string), {@code ospf-area-id}, {@code router-id}: an
 * IPv4 address for 4 bytes, with {@code designated-router-id} for 8, lower-case hex for IS-IS (6), with
 * {@code psn} for 7). Not in ExaBGP's data, so our choice: the prefix descriptors 263 and 264 as
 * {@code "multi-topology-ids"} and {@code "ospf-route-type"}, an {@code "rd"} for SAFI 72, an unknown descriptor as
 * {@code {"code": <type>, "raw": "<hex>"}}, an unknown route type as {@code {"code", "parsed": false, "raw"}}.
 *
 * <p>The attribute: {@code "bgp-ls": {...}}, a key per TLV in TLV order, TLVs of a listed kind adding to the list
 * of the first: node-name (1026), area-ids (1027), local-router-ids (1028/1029), remote-router-ids (1030/1031),
 * sr-capability-flags and sids (1034), sr-algorithms (1035), maximum-link-bandwidth (1089, the IEEE float as Python
 * prints it), igp-metric (1095), srv6-endx (1106), srv6-lan-endx-isis / -ospf (1107/1108),
 * unidirectional-link-delay (1114), minmax-unidirectional-link-delay (1115), unidirectional-delay-variation (1116),
 * prefix-metric (1155), sr-prefix-attribute-flags (1170); any other TLV {@code "generic-lsid-<type>":
 * ["0x<HEX>"]}.
 */
final class BgpLsJson {
    private BgpLsJson() {
    }

    // ---------------------------------------------------------------- routes

    /** Writes the entries of a BGP-LS list; false (nothing written) for another list. */
    static boolean entries(JsonWriter w, bgp.codec.nlri.NlriList list, String nextHop) {
        if (!(list instanceof BgpLsNlris l)) {
            return false;
        }
        byte[] d = l.data();
        int start = BgpLsNlri.start(l.family());
        for (int i = 0, n = l.size(); i < n; i++) {
            int type = l.nlriType(i);
            int off = l.valueOffset(i);
            int end = off + l.valueLength(i);
            w.beginObject();
            if (!BgpLsNlri.known(type)) {
                w.key("code").value(type).key("parsed").value(false).key("raw").value(Hex.encode(d, off, end - off));
            } else {
                route(w, type, d, off, end, start, nextHop);
            }
            if (l.hasPathIds()) {
                w.key("path-information").ipv4(l.pathId(i));
            }
            w.endObject();
        }
        return true;
    }

    private static void route(JsonWriter w, int type, byte[] d, int off, int end, int start, String nextHop) {
        int p = off + start;
        int protocol = u8(d, p);
        w.key("ls-nlri-type").value(switch (type) {
            case BgpLsNlri.NODE -> "bgpls-node";
            case BgpLsNlri.LINK -> "bgpls-link";
            case BgpLsNlri.PREFIX_V4 -> "bgpls-prefix-v4";
            default -> "bgpls-prefix-v6";
        });
        w.key("l3-routing-topology").raw(Long.toUnsignedString(u64(d, p + 1)));
        w.key("protocol-id").value(protocol);
        List<String> ifaces = new ArrayList<>();
        List<String> neighbors = new ArrayList<>();
        List<String> topologies = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String reach = null;
        String routeType = null;
        List<String> other = new ArrayList<>();
        for (int q = p + 9; q < end; ) {
            int t = u16(d, q);
            int l = u16(d, q + 2);
            int v = q + 4;
            switch (t) {
                case BgpLsNlri.LOCAL_NODE -> descriptors(w, type == BgpLsNlri.LINK ? "local-node-descriptors"
                        : "node-descriptors", d, v, v + l);
                case BgpLsNlri.REMOTE_NODE -> descriptors(w, "remote-node-descriptors", d, v, v + l);
                case 258 -> links.add(l == 8 ? "{\"link-local-id\":" + u32(d, v) + ",\"link-remote-id\":"
                        + u32(d, v + 4) + "}" : str("0x" + Hex.encode(d, v, l)));
                case 259, 261 -> ifaces.add(str(address(d, v, l)));
                case 260, 262 -> neighbors.add(str(address(d, v, l)));
                case 263 -> {
                    for (int k = 0; k + 1 < l; k += 2) {
                        topologies.add(Integer.toString(u16(d, v + k) & 0x0FFF));
                    }
                }
                case 264 -> routeType = l == 1 ? Integer.toString(u8(d, v)) : str("0x" + Hex.encode(d, v, l));
                case 265 -> reach = str(reachability(d, v, l, type == BgpLsNlri.PREFIX_V6));
                default -> other.add("{\"code\":" + t + ",\"raw\":" + str(Hex.encode(d, v, l)) + "}");
            }
            q = v + l;
        }
        if (type == BgpLsNlri.LINK) {
            list(w, "interface-addresses", ifaces);
            list(w, "neighbor-addresses", neighbors);
            list(w, "multi-topology-ids", topologies);
            list(w, "link-identifiers", links);
        } else if (type != BgpLsNlri.NODE) {
            if (!topologies.isEmpty()) {
                list(w, "multi-topology-ids", topologies);
            }
            if (routeType != null) {
                w.key("ospf-route-type").raw(routeType);
            }
            if (reach != null) {
                w.key("ip-reachability-tlv").raw(reach).key("ip-reach-prefix").raw(reach);
            }
        }
        if (!other.isEmpty()) {
            list(w, "other-descriptors", other);
        }
        if (start > 0) {
            w.key("rd").value(RouteDistinguisher.format(RouteDistinguisher.read(d, off)));
        }
        if (type != BgpLsNlri.LINK && nextHop != null) {
            w.key("nexthop").value(nextHop);
        }
    }

    private static void descriptors(JsonWriter w, String key, byte[] d, int p, int end) {
        w.key(key).beginArray();
        while (p < end) {
            int t = u16(d, p);
            int l = u16(d, p + 2);
            int v = p + 4;
            w.beginObject();
            if (t == 512 && l == 4) {
                w.key("autonomous-system").value(u32(d, v));
            } else if (t == 513 && l == 4) {
                w.key("bgp-ls-identifier").value(Long.toString(u32(d, v)));
            } else if (t == 514 && l == 4) {
                w.key("ospf-area-id").value(IpAddresses.ipv4(d, v));
            } else if (t == 515 && (l == 4 || l == 8)) {
                w.key("router-id").value(IpAddresses.ipv4(d, v));
                if (l == 8) {
                    w.key("designated-router-id").value(IpAddresses.ipv4(d, v + 4));
                }
            } else if (t == 515) {
                w.key("router-id").value(Hex.encode(d, v, l).toLowerCase(Locale.ROOT));
                if (l == 7) {
                    w.key("psn").value(Integer.toString(u8(d, v + 6)));
                }
            } else {
                w.key("code").value(t).key("raw").value(Hex.encode(d, v, l));
            }
            w.endObject();
            p = v + l;
        }
        w.endArray();
    }

    private static String address(byte[] d, int v, int l) {
        return l == 4 ? IpAddresses.ipv4(d, v) : l == 16 ? IpAddresses.ipv6(d, v) : "0x" + Hex.encode(d, v, l);
    }

    private static String reachability(byte[] d, int v, int l, boolean v6) {
        if (l < 1) {
            return "";
        }
        int bits = u8(d, v);
        byte[] a = new byte[v6 ? 16 : 4];
        int bytes = Math.min(Math.min(l - 1, a.length), (bits + 7) / 8);
        System.arraycopy(d, v + 1, a, 0, bytes);
        return IpAddresses.format(a) + "/" + bits;
    }

    private static void list(JsonWriter w, String key, List<String> items) {
        w.key(key).beginArray();
        for (String s : items) {
            w.raw(s);
        }
        w.endArray();
    }

    // ---------------------------------------------------------------- the attribute

    /** {@code "bgp-ls": {...}} of the attribute's TLVs (whole TLVs, as the codec checked). */
    static void attribute(JsonWriter w, byte[] v) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (int p = 0; p < v.length; ) {
            int t = u16(v, p);
            int l = u16(v, p + 2);
            tlv(keys, t, v, p + 4, l);
            p += 4 + l;
        }
        w.key("bgp-ls").beginObject();
        for (Map.Entry<String, Object> e : keys.entrySet()) {
            w.key(e.getKey());
            if (e.getValue() instanceof List<?> items) {
                w.beginArray();
                for (Object o : items) {
                    w.raw((String) o);
                }
                w.endArray();
            } else {
                w.raw((String) e.getValue());
            }
        }
        w.endObject();
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> keys, String key, String item) {
        ((List<String>) keys.computeIfAbsent(key, k -> new ArrayList<String>())).add(item);
    }

    private static void tlv(Map<String, Object> keys, int t, byte[] d, int v, int l) {
        switch (t) {
            case 1026 -> keys.put("node-name", str(new String(d, v, l, java.nio.charset.StandardCharsets.UTF_8)));
            case 1027 -> add(keys, "area-ids", str(Long.toString(unsigned(d, v, Math.min(l, 8)))));
            case 1028, 1029 -> add(keys, "local-router-ids", str(address(d, v, l)));
            case 1030, 1031 -> add(keys, "remote-router-ids", str(address(d, v, l)));
            case 1034 -> {
                if (l < 2) {
                    generic(keys, t, d, v, l);
                    return;
                }
                int f = u8(d, v);
                keys.put("sr-capability-flags", flags(f, "I", 0x80, "V", 0x40, 0x3F));
                for (int p = v + 2; p + 7 <= v + l; ) {
                    int range = u24(d, p);
                    int sl = u16(d, p + 5);
                    if (p + 7 + sl > v + l) {
                        break;
                    }
                    long sid = sl == 3 ? u24(d, p + 7) : unsigned(d, p + 7, Math.min(sl, 8));
                    add(keys, "sids", "[" + range + "," + sid + "]");
                    p += 7 + sl;
                }
            }
            case 1035 -> {
                StringBuilder s = new StringBuilder("[");
                for (int k = 0; k < l; k++) {
                    s.append(k == 0 ? "" : ",").append(u8(d, v + k));
                }
                keys.put("sr-algorithms", s.append(']').toString());
            }
            case 1089 -> {
                if (l != 4) {
                    generic(keys, t, d, v, l);
                    return;
                }
                keys.put("maximum-link-bandwidth", pythonFloat(Float.intBitsToFloat((int) u32(d, v))));
            }
            case 1095 -> keys.put("igp-metric", Long.toString(unsigned(d, v, Math.min(l, 8))));
            case 1106 -> endX(keys, "srv6-endx", d, v, l, 0);
            case 1107 -> endX(keys, "srv6-lan-endx-isis", d, v, l, 6);
            case 1108 -> endX(keys, "srv6-lan-endx-ospf", d, v, l, 4);
            case 1114 -> {
                if (l != 4) {
                    generic(keys, t, d, v, l);
                    return;
                }
                keys.put("unidirectional-link-delay", "{\"delay-us\":" + (u32(d, v) & 0xFFFFFF) + ",\"anomalous\":"
                        + ((u8(d, v) & 0x80) != 0) + "}");
            }
            case 1115 -> {
                if (l != 8) {
                    generic(keys, t, d, v, l);
                    return;
                }
                keys.put("minmax-unidirectional-link-delay", "{\"min-delay-us\":" + (u32(d, v) & 0xFFFFFF)
                        + ",\"max-delay-us\":" + (u32(d, v + 4) & 0xFFFFFF) + ",\"anomalous\":"
                        + ((u8(d, v) & 0x80) != 0) + "}");
            }
            case 1116 -> {
                if (l != 4) {
                    generic(keys, t, d, v, l);
                    return;
                }
                keys.put("unidirectional-delay-variation", Long.toString(u32(d, v) & 0xFFFFFF));
            }
            case 1155 -> keys.put("prefix-metric", Long.toString(unsigned(d, v, Math.min(l, 8))));
            case 1170 -> {
                if (l < 1) {
                    generic(keys, t, d, v, l);
                    return;
                }
                keys.put("sr-prefix-attribute-flags", flags(u8(d, v), "X", 0x80, "R", 0x40, "N", 0x20, 0x1F));
            }
            default -> generic(keys, t, d, v, l);
        }
    }

    private static void generic(Map<String, Object> keys, int t, byte[] d, int v, int l) {
        add(keys, "generic-lsid-" + t, str("0x" + Hex.encode(d, v, l)));
    }

    /**
     * SRv6 End.X SID (RFC 9514 §4.1) and LAN End.X SID (§4.2, a neighbor ID of {@code neighbor} bytes after the
     * reserved byte): behavior(2) flags(1) algorithm(1) weight(1) reserved(1) [neighbor] SID(16) sub-TLVs, of which
     * 1252 is the SID structure.
     */
    private static void endX(Map<String, Object> keys, String key, byte[] d, int v, int l, int neighbor) {
        int sidAt = v + 6 + neighbor;
        if (l < 22 + neighbor) {
            generic(keys, key.equals("srv6-endx") ? 1106 : neighbor == 6 ? 1107 : 1108, d, v, l);
            return;
        }
        int f = u8(d, v + 2);
        StringBuilder s = new StringBuilder("{\"flags\":").append(flags(f, "B", 0x80, "S", 0x40, "P", 0x20, 0x1F));
        if (neighbor == 6) {
            s.append(",\"neighbor-id\":").append(str(Hex.encode(d, v + 6, 6).toLowerCase(Locale.ROOT)));
        } else if (neighbor == 4) {
            s.append(",\"neighbor-id\":").append(str(IpAddresses.ipv4(d, v + 6)));
        }
        s.append(",\"behavior\":").append(u16(d, v)).append(",\"algorithm\":").append(u8(d, v + 3))
                .append(",\"weight\":").append(u8(d, v + 4)).append(",\"sid\":")
                .append(str(IpAddresses.ipv6(d, sidAt)));
        for (int p = sidAt + 16; p + 4 <= v + l; ) {
            int t = u16(d, p);
            int sl = u16(d, p + 2);
            if (p + 4 + sl > v + l) {
                break;
            }
            if (t == 1252 && sl == 4) {
                s.append(",\"srv6-sid-structure\":{\"loc_block_len\":").append(u8(d, p + 4))
                        .append(",\"loc_node_len\":").append(u8(d, p + 5)).append(",\"func_len\":")
                        .append(u8(d, p + 6)).append(",\"arg_len\":").append(u8(d, p + 7)).append('}');
            }
            p += 4 + sl;
        }
        add(keys, key, s.append('}').toString());
    }

    /** {@code {"A": 0|1, "B": 0|1, ..., "RSV": <the other bits>}}: pairs of name and bit, then the reserved mask. */
    private static String flags(int f, Object... spec) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i + 1 < spec.length; i += 2) {
            s.append('"').append(spec[i]).append("\":").append((f & (Integer) spec[i + 1]) != 0 ? 1 : 0).append(",");
        }
        return s.append("\"RSV\":").append(f & (Integer) spec[spec.length - 1]).append('}').toString();
    }

    /**
     * A float as Python's {@code repr} of it (ExaBGP prints the IEEE float as a Python float): fixed notation with a
     * fraction from 1e-4 to 1e16, else {@code <mantissa>e<sign><at least 2 digits>}; NaN and infinities (not JSON)
     * as {@code null}.
     */
    static String pythonFloat(float f) {
        double d = f;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        String s = Double.toString(d);
        double a = Math.abs(d);
        if (a == 0 || a >= 1e-4 && a < 1e16) {
            s = new BigDecimal(s).toPlainString();
            return s.indexOf('.') < 0 ? s + ".0" : s;
        }
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exp = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String str(String s) {
        JsonWriter w = new JsonWriter(new StringBuilder());
        w.value(s);
        return w.out().toString();
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int u24(byte[] b, int i) {
        return u8(b, i) << 16 | u16(b, i + 1);
    }

    private static long u32(byte[] b, int i) {
        return (long) u16(b, i) << 16 | u16(b, i + 2);
    }

    private static long u64(byte[] b, int i) {
        return u32(b, i) << 32 | u32(b, i + 4);
    }

    private static long unsigned(byte[] b, int i, int n) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            v = v << 8 | u8(b, i + k);
        }
        return v;
    }
}
