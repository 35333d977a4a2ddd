package bgp.api.command.internal.json;

import bgp.codec.IpAddresses;

/**
 * BGP Prefix-SID (RFC 8669, RFC 9252; attribute 40, {@link bgp.codec.attribute.PrefixSid}) as ExaBGP prints it:
 * {@code "bgp-prefix-sid": {"sr-label-index": N, "sr-srgbs": [[base, range], ...], "l3-service": [{"sid",
 * "flags", "endpoint_behavior", "structure": {...}}]}} ({@code "l2-service"} alike). Any other TLV makes
 * {@link #write} decline (the caller then prints the generic form).
 */
final class PrefixSidJson {
    private PrefixSidJson() {
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

    /** Whether the value is made only of TLVs printed here; nothing is written when it is not. */
    private static boolean understood(byte[] v) {
        int i = 0;
        while (i < v.length) {
            if (v.length - i < 3) {
                return false;
            }
            int type = u8(v, i);
            int len = u16(v, i + 1);
            int at = i + 3;
            if (at + len > v.length) {
                return false;
            }
            switch (type) {
                case 1 -> {
                    if (len != 7) {
                        return false;
                    }
                }
                case 3 -> {
                    if (len < 2 || (len - 2) % 6 != 0) {
                        return false;
                    }
                }
                case 5, 6 -> {
                    if (!l3Service(null, v, at, len)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
            i = at + len;
        }
        return true;
    }

    static boolean write(JsonWriter w, byte[] v) {
        if (!understood(v)) {
            return false;
        }
        w.key("bgp-prefix-sid").beginObject();
        for (int i = 0; i < v.length; ) {
            int type = u8(v, i);
            int len = u16(v, i + 1);
            int at = i + 3;
            if (type == 1) {
                w.key("sr-label-index").value(((long) u16(v, at + 3) << 16 | u16(v, at + 5)));
            } else if (type == 3) {
                w.key("sr-srgbs").beginArray();
                for (int k = at + 2; k < at + len; k += 6) {
                    w.beginArray().value(u24(v, k)).value(u24(v, k + 3)).endArray();
                }
                w.endArray();
            } else {
                w.key(type == 5 ? "l3-service" : "l2-service");
                l3Service(w, v, at, len);
            }
            i = at + len;
        }
        w.endObject();
        return true;
    }

    /** An SRv6 L3 or L2 Service TLV (RFC 9252 §2): check it ({@code w} null) or write it. */
    private static boolean l3Service(JsonWriter w, byte[] v, int off, int len) {
        int end = off + len;
        int i = off + 1; // reserved
        if (i > end) {
            return false;
        }
        if (w != null) {
            w.beginArray();
        }
        while (i < end) {
            if (end - i < 3) {
                return false;
            }
            int type = u8(v, i);
            int subLen = u16(v, i + 1);
            int at = i + 3;
            if (type != 1 || subLen < 21 || at + subLen > end) {
                return false;
            }
            // SRv6 SID Information: reserved(1) SID(16) flags(1) behavior(2) reserved(1) sub-sub-TLVs
            int subEnd = at + subLen;
            int j = at + 21;
            int[] structure = null;
            while (j < subEnd) {
                if (subEnd - j < 3) {
                    return false;
                }
                int t = u8(v, j);
                int l = u16(v, j + 1);
                if (t != 1 || l != 6 || j + 3 + l > subEnd || structure != null) {
                    return false;
                }
                structure = new int[6];
                for (int k = 0; k < 6; k++) {
                    structure[k] = u8(v, j + 3 + k);
                }
                j += 3 + l;
            }
            if (w != null) {
                w.beginObject();
                w.key("sid").value(IpAddresses.ipv6(v, at + 1));
                w.key("flags").value(u8(v, at + 17));
                w.key("endpoint_behavior").value(u16(v, at + 18));
                if (structure != null) {
                    w.key("structure").beginObject()
                            .key("locator-block-length").value(structure[0])
                            .key("locator-node-length").value(structure[1])
                            .key("function-length").value(structure[2])
                            .key("argument-length").value(structure[3])
                            .key("transposition-length").value(structure[4])
                            .key("transposition-offset").value(structure[5])
                            .endObject();
                }
                w.endObject();
            }
            i = subEnd;
        }
        if (w != null) {
            w.endArray();
        }
        return true;
    }
}
