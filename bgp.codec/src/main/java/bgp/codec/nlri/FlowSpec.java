package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flow specification components (RFC 8955 for IPv4, RFC 8956 for IPv6): their type codes, operator bits, ExaBGP's
 * names for components and values, the checking walk of a rule's components and their text. A rule is a sequence of
 * components in strictly increasing type order; a prefix component is {@code type length prefix} (IPv4) or
 * {@code type length offset pattern} (IPv6); every other is {@code type (op value)+}, the last operator with the
 * end-of-list bit. Numeric operators ({@code e a len 0 lt gt eq}) compare; bitmask operators
 * ({@code e a len 0 0 not m}) test bits (TCP flags, fragment).
 *
 * <p>IPv6 prefix components: RFC 8956 sends {@code ceil((length - offset) / 8)} pattern octets; ExaBGP sends
 * {@code ceil(length / 8)} (the whole prefix, its first {@code offset} bits included). We read and write ExaBGP's
 * form, which is the same when the offset is 0 (the common case), so that our bytes are ExaBGP's.
 */
public final class FlowSpec {
    public static final int DESTINATION = 1;
    public static final int SOURCE = 2;
    /** IP protocol (IPv4) or next header (IPv6). */
    public static final int PROTOCOL = 3;
    public static final int PORT = 4;
    public static final int DESTINATION_PORT = 5;
    public static final int SOURCE_PORT = 6;
    public static final int ICMP_TYPE = 7;
    public static final int ICMP_CODE = 8;
    public static final int TCP_FLAGS = 9;
    public static final int PACKET_LENGTH = 10;
    /** DSCP (IPv4) or traffic class (IPv6). */
    public static final int DSCP = 11;
    public static final int FRAGMENT = 12;
    /** IPv6 only. */
    public static final int FLOW_LABEL = 13;

    /** End-of-list bit of an operator. */
    public static final int END = 0x80;
    /** AND bit: this value is ANDed with the previous one (else ORed). */
    public static final int AND = 0x40;
    /** Value length bits: 1 << ((op & LENGTH) >> 4) octets. */
    public static final int LENGTH = 0x30;
    public static final int LT = 0x04;
    public static final int GT = 0x02;
    public static final int EQ = 0x01;
    /** Bitmask operator: negate. */
    public static final int NOT = 0x02;
    /** Bitmask operator: match all given bits exactly (else any). */
    public static final int MATCH = 0x01;

    /** Longest rule (after its length field, route distinguisher included): 0xFFF octets. */
    public static final int MAX_LENGTH = 0xFFF;

    private static final String[] TCP_FLAG_NAMES = {"fin", "syn", "rst", "push", "ack", "urg", "ece", "cwr"};
    private static final String[] FRAGMENT_NAMES = {"dont-fragment", "is-fragment", "first-fragment",
        "last-fragment"};

    private FlowSpec() {
    }

    /** Whether the family is a flowspec one (SAFI 133 or 134 of IPv4 or IPv6). */
    public static boolean isFlow(Family f) {
        return (f.safi() == Family.SAFI_FLOW || f.safi() == Family.SAFI_FLOW_VPN)
                && (f.afi() == Family.AFI_IPV4 || f.afi() == Family.AFI_IPV6);
    }

    /** Whether the family is flow-vpn (SAFI 134: each rule starts with a route distinguisher). */
    public static boolean isVpn(Family f) {
        return f.safi() == Family.SAFI_FLOW_VPN;
    }

    /** The highest component type of the AFI: 12 for IPv4, 13 for IPv6. */
    public static int maxType(int afi) {
        return afi == Family.AFI_IPV6 ? FLOW_LABEL : FRAGMENT;
    }

    /** Whether the component's operators are bitmask ones (TCP flags, fragment); else numeric (or a prefix). */
    public static boolean isBitmask(int type) {
        return type == TCP_FLAGS || type == FRAGMENT;
    }

    /** ExaBGP's name of a component type, e.g. {@code destination-ipv4}, {@code next-header}; null when unknown. */
    public static String componentName(int afi, int type) {
        boolean v6 = afi == Family.AFI_IPV6;
        return switch (type) {
            case DESTINATION -> v6 ? "destination-ipv6" : "destination-ipv4";
            case SOURCE -> v6 ? "source-ipv6" : "source-ipv4";
            case PROTOCOL -> v6 ? "next-header" : "protocol";
            case PORT -> "port";
            case DESTINATION_PORT -> "destination-port";
            case SOURCE_PORT -> "source-port";
            case ICMP_TYPE -> "icmp-type";
            case ICMP_CODE -> "icmp-code";
            case TCP_FLAGS -> "tcp-flags";
            case PACKET_LENGTH -> "packet-length";
            case DSCP -> v6 ? "traffic-class" : "dscp";
            case FRAGMENT -> "fragment";
            case FLOW_LABEL -> v6 ? "flow-label" : null;
            default -> null;
        };
    }

    /**
     * The component type of a name as ExaBGP's configuration and API accept it ({@code source}, {@code source-ipv4},
     * {@code protocol}, {@code next-header}, {@code dscp}, {@code traffic-class}, ...), or -1.
     */
    public static int componentType(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "destination", "destination-ipv4", "destination-ipv6" -> DESTINATION;
            case "source", "source-ipv4", "source-ipv6" -> SOURCE;
            case "protocol", "next-header" -> PROTOCOL;
            case "port" -> PORT;
            case "destination-port" -> DESTINATION_PORT;
            case "source-port" -> SOURCE_PORT;
            case "icmp-type" -> ICMP_TYPE;
            case "icmp-code" -> ICMP_CODE;
            case "tcp-flags" -> TCP_FLAGS;
            case "packet-length" -> PACKET_LENGTH;
            case "dscp", "traffic-class" -> DSCP;
            case "fragment" -> FRAGMENT;
            case "flow-label" -> FLOW_LABEL;
            default -> -1;
        };
    }

    // ------------------------------------------------------------------ value names

    /** ExaBGP's name of an IP protocol number, or null. */
    public static String protocolName(long v) {
        return switch ((int) v) {
            case 1 -> "icmp";
            case 2 -> "igmp";
            case 6 -> "tcp";
            case 8 -> "egp";
            case 17 -> "udp";
            case 46 -> "rsvp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ah";
            case 89 -> "ospf";
            case 94 -> "ipip";
            case 103 -> "pim";
            case 132 -> "sctp";
            default -> null;
        };
    }

    /** ExaBGP's name of an ICMP type, or null. */
    public static String icmpTypeName(long v) {
        return switch ((int) v) {
            case 0 -> "echo-reply";
            case 3 -> "unreachable";
            case 4 -> "source-quench";
            case 5 -> "redirect";
            case 8 -> "echo-request";
            case 9 -> "router-advertisement";
            case 10 -> "router-solicit";
            case 11 -> "time-exceeded";
            case 12 -> "parameter-problem";
            case 13 -> "timestamp";
            case 14 -> "timestamp-reply";
            case 15 -> "info-request";
            case 16 -> "info-reply";
            case 17 -> "mask-request";
            case 18 -> "mask-reply";
            case 30 -> "traceroute";
            default -> null;
        };
    }

    /** The number of a named value of a component (protocol, ICMP type or code), or -1. */
    public static long valueOf(int type, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (type == PROTOCOL) {
            for (int v = 0; v < 256; v++) {
                if (n.equals(protocolName(v))) {
                    return v;
                }
            }
        } else if (type == ICMP_TYPE) {
            for (int v = 0; v < 256; v++) {
                if (n.equals(icmpTypeName(v))) {
                    return v;
                }
            }
        } else if (type == ICMP_CODE) {
            return switch (n) {
                case "network-unreachable", "redirect-for-network", "ttl-eq-zero-during-transit" -> 0;
                case "host-unreachable", "redirect-for-host", "ttl-eq-zero-during-reassembly" -> 1;
                case "protocol-unreachable", "redirect-for-tos-and-net" -> 2;
                case "port-unreachable", "redirect-for-tos-and-host" -> 3;
                case "fragmentation-needed" -> 4;
                case "source-route-failed" -> 5;
                case "destination-network-unknown" -> 6;
                case "destination-host-unknown" -> 7;
                case "source-host-isolated" -> 8;
                case "destination-network-prohibited" -> 9;
                case "destination-host-prohibited" -> 10;
                case "network-unreachable-for-tos" -> 11;
                case "host-unreachable-for-tos" -> 12;
                case "communication-prohibited-by-filtering" -> 13;
                case "host-precedence-violation" -> 14;
                case "precedence-cutoff-in-effect" -> 15;
                default -> -1;
            };
        }
        return -1;
    }

    /** The bit of a TCP flag ({@code fin syn rst push ack urg ece cwr}, also {@code reset urgent}), or -1. */
    public static int tcpFlag(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "reset":
                return 0x04;
            case "urgent":
                return 0x20;
            default:
                for (int i = 0; i < TCP_FLAG_NAMES.length; i++) {
                    if (TCP_FLAG_NAMES[i].equals(n)) {
                        return 1 << i;
                    }
                }
                return -1;
        }
    }

    /**
     * The bit of a fragment flag ({@code dont-fragment is-fragment first-fragment last-fragment}; 0 for
     * {@code not-a-fragment}), or -1.
     */
    public static int fragmentFlag(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("not-a-fragment")) {
            return 0;
        }
        for (int i = 0; i < FRAGMENT_NAMES.length; i++) {
            if (FRAGMENT_NAMES[i].equals(n)) {
                return 1 << i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ checking walk

    /**
     * Check the components of one rule, {@code b[p, end)}: known types of the AFI in strictly increasing order,
     * prefixes within the address length, every operator list closed by its end-of-list bit, nothing left over.
     *
     * @throws BgpDecodeException UPDATE Message Error / Invalid Network Field (3/10)
     */
    public static void check(Family family, byte[] b, int p, int end) throws BgpDecodeException {
        if (p >= end) {
            throw invalid(family, "a rule without components");
        }
        int afi = family.afi();
        int max = maxType(afi);
        int last = 0;
        while (p < end) {
            int type = b[p++] & 0xFF;
            if (type < 1 || type > max) {
                throw invalid(family, "unknown component type " + type);
            }
            if (type <= last) {
                throw invalid(family, "component type " + type + " after type " + last
                        + ": types must be in strictly increasing order");
            }
            last = type;
            if (type == DESTINATION || type == SOURCE) {
                p = checkPrefix(family, b, p, end);
                continue;
            }
            while (true) {
                if (p >= end) {
                    throw invalid(family, "component type " + type + " ends without its end-of-list bit");
                }
                int op = b[p++] & 0xFF;
                int len = 1 << ((op & LENGTH) >>> 4);
                if (end - p < len) {
                    throw invalid(family, "value of " + len + " octets of component type " + type + " truncated");
                }
                p += len;
                if ((op & END) != 0) {
                    break;
                }
            }
        }
    }

    private static int checkPrefix(Family family, byte[] b, int p, int end) throws BgpDecodeException {
        boolean v6 = family.afi() == Family.AFI_IPV6;
        int need = v6 ? 2 : 1;
        if (end - p < need) {
            throw invalid(family, "prefix component truncated");
        }
        int bits = b[p] & 0xFF;
        if (bits > (v6 ? 128 : 32)) {
            throw invalid(family, "prefix length " + bits + " exceeds " + (v6 ? 128 : 32));
        }
        if (v6 && (b[p + 1] & 0xFF) > bits) {
            throw invalid(family, "prefix offset " + (b[p + 1] & 0xFF) + " exceeds its length " + bits);
        }
        p += need;
        int bytes = (bits + 7) >>> 3;
        if (end - p < bytes) {
            throw invalid(family, "prefix of " + bits + " bits truncated");
        }
        return p + bytes;
    }

    static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.invalidNlri(family, why);
    }

    // ------------------------------------------------------------------ text

    /** One component as ExaBGP's JSON gives it: its name and its values, one per ORed term. */
    public record Field(String name, List<String> values) {
        public Field {
            values = List.copyOf(values);
        }

        /**
         * ExaBGP's rule text: {@code name value} with one operator and value, {@code name [ v1 v2&v3 ]} with several
         * (ANDed ones included).
         */
        @Override
        public String toString() {
            return values.size() == 1 && values.get(0).indexOf('&') < 0 ? name + " " + values.get(0)
                    : name + " [ " + String.join(" ", values) + " ]";
        }
    }

    /** The components of a checked rule, {@code b[p, end)}, as fields. */
    static List<Field> fields(int afi, byte[] b, int p, int end) {
        List<Field> out = new ArrayList<>();
        boolean v6 = afi == Family.AFI_IPV6;
        while (p < end) {
            int type = b[p++] & 0xFF;
            String name = componentName(afi, type);
            List<String> values = new ArrayList<>(2);
            if (type == DESTINATION || type == SOURCE) {
                int bits = b[p++] & 0xFF;
                int offset = v6 ? b[p++] & 0xFF : -1;
                byte[] a = new byte[v6 ? 16 : 4];
                int bytes = (bits + 7) >>> 3;
                System.arraycopy(b, p, a, 0, bytes);
                p += bytes;
                values.add(IpAddresses.format(a) + "/" + bits + (v6 ? "/" + offset : ""));
            } else {
                StringBuilder term = new StringBuilder();
                while (true) {
                    int op = b[p++] & 0xFF;
                    int len = 1 << ((op & LENGTH) >>> 4);
                    long v = 0;
                    for (int k = 0; k < len; k++) {
                        v = v << 8 | b[p++] & 0xFF;
                    }
                    if ((op & AND) != 0 && term.length() > 0) {
                        term.append('&');
                    } else if (term.length() > 0) {
                        values.add(term.toString());
                        term.setLength(0);
                    }
                    if (isBitmask(type)) {
                        term.append(bitmaskOperator(op)).append(value(type, v));
                    } else {
                        String cmp = numericOperator(op);
                        // ExaBGP prints the always-true and always-false comparisons without their value
                        term.append(cmp);
                        if (cmp.length() <= 2) {
                            term.append(value(type, v));
                        }
                    }
                    if ((op & END) != 0) {
                        break;
                    }
                }
                values.add(term.toString());
            }
            out.add(new Field(name, values));
        }
        return out;
    }

    /** ExaBGP's text of a numeric operator's comparison: {@code = > < >= <= != true false}. */
    public static String numericOperator(int op) {
        return switch (op & (LT | GT | EQ)) {
            case EQ -> "=";
            case GT -> ">";
            case LT -> "<";
            case GT | EQ -> ">=";
            case LT | EQ -> "<=";
            case LT | GT -> "!=";
            case LT | GT | EQ -> "true";
            default -> "false";
        };
    }

    /** ExaBGP's text of a bitmask operator: {@code !=}, {@code !}, {@code =} or nothing. */
    public static String bitmaskOperator(int op) {
        return switch (op & (NOT | MATCH)) {
            case NOT | MATCH -> "!=";
            case NOT -> "!";
            case MATCH -> "=";
            default -> "";
        };
    }

    private static String value(int type, long v) {
        String name = switch (type) {
            case PROTOCOL -> protocolName(v);
            case ICMP_TYPE -> icmpTypeName(v);
            case TCP_FLAGS -> bits(v, TCP_FLAG_NAMES);
            case FRAGMENT -> bits(v, FRAGMENT_NAMES);
            default -> null;
        };
        return name != null ? name : Long.toUnsignedString(v);
    }

    /**
     * Names of the set bits joined by {@code +} ({@code not-a-fragment} for a fragment value of 0); null when a bit
     * has no name or none is set (the number is printed).
     */
    private static String bits(long v, String[] names) {
        if (v == 0 && names == FRAGMENT_NAMES) {
            return "not-a-fragment";
        }
        if (v == 0 || v >>> names.length != 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((v & 1L << i) != 0) {
                sb.append(sb.length() == 0 ? "" : "+").append(names[i]);
            }
        }
        return sb.toString();
    }
}
