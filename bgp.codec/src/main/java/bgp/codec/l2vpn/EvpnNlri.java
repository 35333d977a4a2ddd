package bgp.codec.l2vpn;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.Arrays;

/**
 * An EVPN route (RFC 7432 §7, AFI 25 SAFI 70): {@code route-type(1) length(1) value}. The value is kept as on the
 * wire; the accessors read the fields of the five route types:
 *
 * <table>
 * <caption>EVPN route types and their value</caption>
 * <tr><th>type</th><th>value (bytes)</th></tr>
 * <tr><td>1 Ethernet Auto-Discovery</td><td>rd 8, esi 10, ethernet-tag 4, label 3 (25)</td></tr>
 * <tr><td>2 MAC/IP Advertisement</td><td>rd 8, esi 10, ethernet-tag 4, mac-length 1 (bits), mac 6, ip-length 1
 *     (0, 32 or 128 bits), ip 0/4/16, label1 3, [label2 3] (33, 36, 37, 40, 49 or 52)</td></tr>
 * <tr><td>3 Inclusive Multicast Ethernet Tag</td><td>rd 8, ethernet-tag 4, ip-length 1, originating router's ip
 *     4/16 (17 or 29)</td></tr>
 * <tr><td>4 Ethernet Segment</td><td>rd 8, esi 10, ip-length 1, originating router's ip 4/16 (23 or 35)</td></tr>
 * <tr><td>5 IP Prefix (RFC 9136)</td><td>rd 8, esi 10, ethernet-tag 4, prefix-length 1, prefix 4/16, gateway
 *     4/16, label 3 (34 or 58)</td></tr>
 * </table>
 *
 * Other route types are kept as bytes. Immutable; {@code equals} compares the path identifier, the type and the
 * value bytes.
 */
public final class EvpnNlri implements Nlri {
    /** AFI 25 (L2VPN), SAFI 70 (EVPN). */
    public static final Family FAMILY = new Family(Family.AFI_L2VPN, Family.SAFI_EVPN);

    public static final int ETHERNET_AD = 1;
    public static final int MAC_IP = 2;
    public static final int INCLUSIVE_MULTICAST = 3;
    public static final int ETHERNET_SEGMENT = 4;
    public static final int IP_PREFIX = 5;

    private final int pathId;
    private final int type;
    private final byte[] value;

    /**
     * @throws IllegalArgumentException when the value does not have the layout of its route type ({@link #problem})
     */
    public EvpnNlri(int type, byte[] value, int pathId) {
        if (type < 0 || type > 0xFF || value.length > 0xFF) {
            throw new IllegalArgumentException("evpn route type " + type + " with " + value.length + " bytes");
        }
        String why = problem(type, value, 0, value.length);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.type = type;
        this.value = value.clone();
        this.pathId = pathId;
    }

    /**
     * What is wrong with the value of a route of type {@code type} at {@code buf[off, off+len)}, or null when it has
     * the layout of its type (types other than 1 to 5: any value).
     */
    public static String problem(int type, byte[] buf, int off, int len) {
        switch (type) {
            case ETHERNET_AD -> {
                return len == 25 ? null : "Ethernet Auto-Discovery route of " + len + " bytes, expected 25";
            }
            case MAC_IP -> {
                int ipBytes = switch (len) {
                    case 33, 36 -> 0;
                    case 37, 40 -> 4;
                    case 49, 52 -> 16;
                    default -> -1;
                };
                if (ipBytes < 0) {
                    return "MAC/IP Advertisement route of " + len + " bytes, expected 33, 36, 37, 40, 49 or 52";
                }
                int macBits = buf[off + 22] & 0xFF;
                if (macBits > 48) {
                    return "MAC/IP Advertisement route with a MAC length of " + macBits + " bits, expected 48";
                }
                int ipBits = buf[off + 29] & 0xFF;
                if (ipBits != ipBytes * 8) {
                    return "MAC/IP Advertisement route with an IP length of " + ipBits + " bits in " + len
                            + " bytes";
                }
                return null;
            }
            case INCLUSIVE_MULTICAST -> {
                return ipTail("Inclusive Multicast Ethernet Tag", buf, off, len, 12);
            }
            case ETHERNET_SEGMENT -> {
                return ipTail("Ethernet Segment", buf, off, len, 18);
            }
            case IP_PREFIX -> {
                if (len != 34 && len != 58) {
                    return "IP Prefix route of " + len + " bytes, expected 34 or 58";
                }
                int bits = buf[off + 22] & 0xFF;
                int max = len == 34 ? 32 : 128;
                return bits <= max ? null : "IP Prefix route with a prefix length of " + bits + ", more than " + max;
            }
            default -> {
                return null;
            }
        }
    }

    private static String ipTail(String name, byte[] buf, int off, int len, int at) {
        if (len != at + 5 && len != at + 17) {
            return name + " route of " + len + " bytes, expected " + (at + 5) + " or " + (at + 17);
        }
        int bits = buf[off + at] & 0xFF;
        if (bits != (len - at - 1) * 8) {
            return name + " route with an IP length of " + bits + " bits in " + len + " bytes";
        }
        return null;
    }

    /** RFC 7432 §7.1: an Ethernet Auto-Discovery route with one 20-bit label (bottom of stack set). */
    public static EvpnNlri ethernetAd(RouteDistinguisher rd, byte[] esi, long tag, int label) {
        WireWriter w = new WireWriter(25);
        rd.encode(w);
        w.write(esi(esi)).writeInt((int) tag);
        label(w, label);
        return new EvpnNlri(ETHERNET_AD, w.toByteArray(), 0);
    }

    /** RFC 7432 §7.2: a MAC/IP Advertisement route; {@code ip} null, 4 or 16 bytes; one or two 20-bit labels. */
    public static EvpnNlri macIp(RouteDistinguisher rd, byte[] esi, long tag, byte[] mac, byte[] ip, int... labels) {
        if (mac.length != 6 || labels.length < 1 || labels.length > 2) {
            throw new IllegalArgumentException("a MAC is 6 bytes, and there are one or two labels");
        }
        WireWriter w = new WireWriter(52);
        rd.encode(w);
        w.write(esi(esi)).writeInt((int) tag).writeByte(48).write(mac);
        w.writeByte(ip == null ? 0 : ip.length * 8);
        if (ip != null) {
            w.write(ip);
        }
        for (int l : labels) {
            label(w, l);
        }
        return new EvpnNlri(MAC_IP, w.toByteArray(), 0);
    }

    /** RFC 7432 §7.3: an Inclusive Multicast Ethernet Tag route. */
    public static EvpnNlri inclusiveMulticast(RouteDistinguisher rd, long tag, byte[] ip) {
        WireWriter w = new WireWriter(29);
        rd.encode(w);
        w.writeInt((int) tag).writeByte(ip.length * 8).write(ip);
        return new EvpnNlri(INCLUSIVE_MULTICAST, w.toByteArray(), 0);
    }

    /** RFC 7432 §7.4: an Ethernet Segment route. */
    public static EvpnNlri ethernetSegment(RouteDistinguisher rd, byte[] esi, byte[] ip) {
        WireWriter w = new WireWriter(35);
        rd.encode(w);
        w.write(esi(esi)).writeByte(ip.length * 8).write(ip);
        return new EvpnNlri(ETHERNET_SEGMENT, w.toByteArray(), 0);
    }

    /** RFC 9136 §3.1: an IP Prefix route; prefix and gateway both 4 or both 16 bytes. */
    public static EvpnNlri ipPrefix(RouteDistinguisher rd, byte[] esi, long tag, byte[] prefix, int length,
            byte[] gateway, int label) {
        if (prefix.length != gateway.length) {
            throw new IllegalArgumentException("prefix and gateway of different families");
        }
        WireWriter w = new WireWriter(58);
        rd.encode(w);
        w.write(esi(esi)).writeInt((int) tag).writeByte(length).write(prefix).write(gateway);
        label(w, label);
        return new EvpnNlri(IP_PREFIX, w.toByteArray(), 0);
    }

    private static byte[] esi(byte[] esi) {
        if (esi == null) {
            return new byte[10];
        }
        if (esi.length != 10) {
            throw new IllegalArgumentException("an ESI is 10 bytes, not " + esi.length);
        }
        return esi;
    }

    private static void label(WireWriter w, int label) {
        if (label < 0 || label > 0xFFFFF) {
            throw new IllegalArgumentException("label " + label + " out of range 0..1048575");
        }
        int raw = label << 4 | 1;
        w.writeByte(raw >>> 16).writeShort(raw & 0xFFFF);
    }

    /** The same route with another path identifier. */
    public EvpnNlri withPathId(int id) {
        return new EvpnNlri(type, value, id);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    /** The route type (1 to 5 known). */
    public int routeType() {
        return type;
    }

    /** Whether the type is one of 1 to 5, whose fields the accessors read. */
    public boolean known() {
        return type >= ETHERNET_AD && type <= IP_PREFIX;
    }

    /** The value as on the wire (a copy). */
    public byte[] value() {
        return value.clone();
    }

    /** Type, length and value in hex, upper case: ExaBGP's {@code "raw"}. */
    public String raw() {
        return String.format("%02X%02X", type, value.length) + Hex.encode(value).toUpperCase(java.util.Locale.ROOT);
    }

    /** ExaBGP's name of the route type ({@code MAC/IP advertisement}, ...), or null for another type. */
    public static String name(int type) {
        return switch (type) {
            case ETHERNET_AD -> "Ethernet Auto-Discovery";
            case MAC_IP -> "MAC/IP advertisement";
            case INCLUSIVE_MULTICAST -> "Inclusive Multicast Ethernet Tag";
            case ETHERNET_SEGMENT -> "Ethernet Segment";
            case IP_PREFIX -> "IP Prefix Advertisement";
            default -> null;
        };
    }

    /** The route distinguisher (types 1 to 5 start with it). */
    public long rd() {
        requireKnown();
        return RouteDistinguisher.read(value, 0);
    }

    /** The Ethernet Segment Identifier (types 1, 2, 4, 5), else null. */
    public byte[] esi() {
        return type == INCLUSIVE_MULTICAST || !known() ? null : Arrays.copyOfRange(value, 8, 18);
    }

    /** ExaBGP's text of an ESI: {@code -} when all zero, else the bytes in lower-case hex joined by colons. */
    public static String formatEsi(byte[] esi) {
        boolean zero = true;
        StringBuilder b = new StringBuilder(29);
        for (int k = 0; k < esi.length; k++) {
            zero &= esi[k] == 0;
            b.append(k == 0 ? "" : ":").append(Character.forDigit(esi[k] >>> 4 & 0xF, 16))
                    .append(Character.forDigit(esi[k] & 0xF, 16));
        }
        return zero ? "-" : b.toString();
    }

    /** The Ethernet Tag ID (types 1, 2, 3, 5), unsigned, else -1. */
    public long ethernetTag() {
        int at = switch (type) {
            case ETHERNET_AD, MAC_IP, IP_PREFIX -> 18;
            case INCLUSIVE_MULTICAST -> 8;
            default -> -1;
        };
        return at < 0 ? -1 : u32(at);
    }

    /** The MAC address (type 2), else null. */
    public byte[] mac() {
        return type == MAC_IP ? Arrays.copyOfRange(value, 23, 29) : null;
    }

    /** The MAC length in bits (type 2), else -1. */
    public int macLength() {
        return type == MAC_IP ? value[22] & 0xFF : -1;
    }

    /** ExaBGP's text of a MAC: upper-case hex joined by colons. */
    public static String formatMac(byte[] mac) {
        StringBuilder b = new StringBuilder(17);
        for (int k = 0; k < mac.length; k++) {
            b.append(k == 0 ? "" : ":").append(Character.toUpperCase(Character.forDigit(mac[k] >>> 4 & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(mac[k] & 0xF, 16)));
        }
        return b.toString();
    }

    /**
     * The IP address: of the MAC/IP binding (type 2, null when none), the originating router (types 3, 4), the
     * prefix (type 5); null for other types.
     */
    public byte[] ip() {
        return switch (type) {
            case MAC_IP -> {
                int n = (value[29] & 0xFF) / 8;
                yield n == 0 ? null : Arrays.copyOfRange(value, 30, 30 + n);
            }
            case INCLUSIVE_MULTICAST -> Arrays.copyOfRange(value, 13, value.length);
            case ETHERNET_SEGMENT -> Arrays.copyOfRange(value, 19, value.length);
            case IP_PREFIX -> Arrays.copyOfRange(value, 23, 23 + (value.length - 26) / 2);
            default -> null;
        };
    }

    /** The IP prefix length of a type 5 route, else -1. */
    public int prefixLength() {
        return type == IP_PREFIX ? value[22] & 0xFF : -1;
    }

    /** The gateway IP address of a type 5 route, else null. */
    public byte[] gateway() {
        if (type != IP_PREFIX) {
            return null;
        }
        int n = (value.length - 26) / 2;
        return Arrays.copyOfRange(value, 23 + n, 23 + 2 * n);
    }

    /** The raw 24-bit label fields (type 1: one; type 2: one or two; type 5: one), else none. */
    public int[] rawLabels() {
        int from = switch (type) {
            case ETHERNET_AD -> 22;
            case MAC_IP -> 30 + (value[29] & 0xFF) / 8;
            case IP_PREFIX -> value.length - 3;
            default -> value.length;
        };
        int[] out = new int[(value.length - from) / 3];
        for (int k = 0; k < out.length; k++) {
            int p = from + 3 * k;
            out[k] = (value[p] & 0xFF) << 16 | (value[p + 1] & 0xFF) << 8 | value[p + 2] & 0xFF;
        }
        return out;
    }

    private long u32(int p) {
        return ((long) (value[p] & 0xFF) << 24 | (value[p + 1] & 0xFF) << 16 | (value[p + 2] & 0xFF) << 8
                | value[p + 3] & 0xFF);
    }

    private void requireKnown() {
        if (!known()) {
            throw new IllegalStateException("evpn route type " + type + " is not decoded");
        }
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        out.writeByte(type).writeByte(value.length).write(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvpnNlri e && e.type == type && e.pathId == pathId && Arrays.equals(e.value, value);
    }

    @Override
    public int hashCode() {
        return (type * 31 + pathId) * 31 + Arrays.hashCode(value);
    }

    /**
     * ExaBGP's text: {@code evpn:<short name>:<rd>:<fields>}, e.g.
     * {@code evpn:macadv:65000:1:-:0:00:11:22:33:44:55:10.0.0.1:100}; for another type {@code evpn:unknown:0x<hex>}.
     */
    @Override
    public String toString() {
        if (!known()) {
            return "evpn:unknown:0x" + Hex.encode(value).toLowerCase(java.util.Locale.ROOT);
        }
        String rd = RouteDistinguisher.format(rd());
        byte[] ip = ip();
        String ipText = ip == null ? "" : IpAddresses.format(ip);
        int[] labels = rawLabels();
        String label = labels.length == 0 ? "" : Integer.toString(labels[0] >>> 4);
        return switch (type) {
            case ETHERNET_AD -> "evpn:ethernetad:" + rd + ":" + formatEsi(esi()) + ":" + ethernetTag() + ":" + label;
            case MAC_IP -> "evpn:macadv:" + rd + ":" + formatEsi(esi()) + ":" + ethernetTag() + ":"
                    + formatMac(mac()) + (macLength() == 48 ? "" : "/" + macLength()) + ":" + ipText + ":" + label;
            case INCLUSIVE_MULTICAST -> "evpn:multicast:" + rd + ":" + ethernetTag() + ":" + ipText;
            case ETHERNET_SEGMENT -> "evpn:segment:" + rd + ":" + formatEsi(esi()) + ":" + ipText;
            default -> "evpn:prfxadv:" + rd + ":" + formatEsi(esi()) + ":" + ethernetTag() + ":" + ipText + "/"
                    + prefixLength() + ":" + IpAddresses.format(gateway()) + ":" + label;
        };
    }
}
