package bgp.codec.attribute;

import bgp.codec.IpAddresses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One extended community (RFC 4360) as a {@code long} (its 8 bytes big-endian): constructors for the kinds ExaBGP
 * knows, typed views, ExaBGP's text ({@link #format}, exactly the JSON {@code "string"} ExaBGP prints) and ExaBGP's
 * configuration syntax ({@link #parse}).
 *
 * <p>ExaBGP recognises a community by the low nibble of its type and its subtype, so {@code 0x40 0x02} reads as a
 * route target like {@code 0x00 0x02}, and {@code 0x80 0x06} (traffic-rate) shares its key with {@code 0x00 0x06}.
 * {@link #kind(long)} and {@link #format(long)} follow that rule, to print what ExaBGP prints.
 */
public final class ExtendedCommunity {
    // high-order type octet (RFC 4360, RFC 7153)
    public static final int TYPE_TWO_OCTET_AS = 0x00;
    public static final int TYPE_IPV4 = 0x01;
    public static final int TYPE_FOUR_OCTET_AS = 0x02;
    public static final int TYPE_OPAQUE = 0x03;
    public static final int TYPE_EVPN = 0x06;
    /** Flowspec interface-set (draft-ietf-idr-flowspec-interfaceset). */
    public static final int TYPE_FLOWSPEC_INTERFACE_SET = 0x07;
    /** Flowspec redirect to IP next hop (draft-simpson-idr-flowspec-redirect). */
    public static final int TYPE_FLOWSPEC_REDIRECT_NEXTHOP = 0x08;
    /** BGP-MUP (draft-mpmz-bess-mup-safi). */
    public static final int TYPE_MUP = 0x0C;
    /** Generic transitive experimental: flowspec actions (RFC 8955). */
    public static final int TYPE_FLOWSPEC = 0x80;
    /** Flowspec redirect with a 4-octet AS (RFC 8955). */
    public static final int TYPE_FLOWSPEC_AS4 = 0x82;
    /** Bit of the type octet set on non-transitive communities. */
    public static final int NON_TRANSITIVE = 0x40;

    // subtypes
    public static final int SUBTYPE_ROUTE_TARGET = 0x02;
    public static final int SUBTYPE_ROUTE_ORIGIN = 0x03;
    public static final int SUBTYPE_LINK_BANDWIDTH = 0x04;
    public static final int SUBTYPE_TRAFFIC_RATE = 0x06;
    public static final int SUBTYPE_TRAFFIC_ACTION = 0x07;
    public static final int SUBTYPE_REDIRECT = 0x08;
    public static final int SUBTYPE_TRAFFIC_MARK = 0x09;
    public static final int SUBTYPE_L2_INFO = 0x0A;
    /** With {@link #TYPE_FLOWSPEC}: traffic-rate in packets per second. */
    public static final int SUBTYPE_TRAFFIC_RATE_PACKETS = 0x0C;
    /** With {@link #TYPE_IPV4}: flowspec redirect to an IPv4 next hop (draft-ietf-idr-flowspec-redirect-ip). */
    public static final int SUBTYPE_REDIRECT_IP = 0x0C;
    /** With {@link #TYPE_OPAQUE}: tunnel encapsulation (RFC 9012). */
    public static final int SUBTYPE_ENCAPSULATION = 0x0C;
    /** With {@link #TYPE_FLOWSPEC_INTERFACE_SET}. */
    public static final int SUBTYPE_INTERFACE_SET = 0x02;
    public static final int SUBTYPE_RT_RECORD = 0x13;
    public static final int SUBTYPE_CONSISTENT_HASH_SORT_ORDER = 0x14;
    /** With {@link #TYPE_EVPN}: MAC mobility (RFC 7432). */
    public static final int SUBTYPE_MAC_MOBILITY = 0x00;

    /** Tunnel types of the encapsulation community (RFC 9012) ExaBGP names. */
    public static final int TUNNEL_L2TPV3 = 1;
    public static final int TUNNEL_GRE = 2;
    public static final int TUNNEL_IP_IN_IP = 7;
    public static final int TUNNEL_VXLAN = 8;
    public static final int TUNNEL_NVGRE = 9;
    public static final int TUNNEL_MPLS = 10;
    public static final int TUNNEL_VXLAN_GPE = 12;
    public static final int TUNNEL_MPLS_IN_UDP = 13;

    /** Interface-set directions. */
    public static final int DIRECTION_INPUT = 1;
    public static final int DIRECTION_OUTPUT = 2;
    public static final int DIRECTION_INPUT_OUTPUT = 3;

    /**
     * The type octet ExaBGP's configuration puts on a route target or origin whose global administrator is an IPv4
     * address <em>or</em> an AS above 65535 ({@code target:70600:6000}, {@code target4:...}, {@code ...L}): ExaBGP
     * (main) writes 0x01, the IPv4-specific type, for both, where RFC 5668 would use 0x02 for the AS; its
     * conformance data expects these bytes, so we write them too.
     */
    private static final int EXABGP_TYPE_FOR_AS4 = TYPE_IPV4;

    private ExtendedCommunity() {
    }

    /** What a community is, as ExaBGP classifies it (low nibble of the type, and the subtype). */
    public enum Kind {
        ROUTE_TARGET, ROUTE_ORIGIN, RT_RECORD, LINK_BANDWIDTH, TRAFFIC_RATE, TRAFFIC_RATE_PACKETS, TRAFFIC_ACTION,
        REDIRECT, TRAFFIC_MARK, L2_INFO, REDIRECT_TO_NEXTHOP, REDIRECT_TO_NEXTHOP_IETF, ENCAPSULATION,
        CONSISTENT_HASH_SORT_ORDER, INTERFACE_SET, MAC_MOBILITY, MUP, UNKNOWN
    }

    // ---------------------------------------------------------------- fields

    /** The type octet (high byte). */
    public static int type(long value) {
        return (int) (value >>> 56);
    }

    /** The subtype octet. */
    public static int subtype(long value) {
        return (int) (value >>> 48) & 0xFF;
    }

    /** Whether the community is transitive across ASes (the T bit, 0x40 of the type, is clear). */
    public static boolean isTransitive(long value) {
        return (type(value) & NON_TRANSITIVE) == 0;
    }

    /**
     * Whether ExaBGP's JSON gives this community a {@code "transitive"} key beside {@code "value"} and
     * {@code "string"} (it does for interface-set only).
     */
    public static boolean jsonHasTransitive(long value) {
        return kind(value) == Kind.INTERFACE_SET;
    }

    /** Octets 2..3 unsigned: the AS of a two-octet-AS-specific community. */
    public static int asn2(long value) {
        return (int) (value >>> 32) & 0xFFFF;
    }

    /** Octets 4..7 unsigned: the local administrator of a two-octet-AS-specific community. */
    public static long local4(long value) {
        return value & 0xFFFFFFFFL;
    }

    /** Octets 2..5 unsigned: the AS of a four-octet-AS-specific community. */
    public static long asn4(long value) {
        return value >>> 16 & 0xFFFFFFFFL;
    }

    /** Octets 2..5: the address of an IPv4-address-specific community. */
    public static int ipv4(long value) {
        return (int) (value >>> 16);
    }

    /** Octets 6..7 unsigned: the local administrator of an IPv4- or four-octet-AS-specific community. */
    public static int local2(long value) {
        return (int) value & 0xFFFF;
    }

    /** Octets 4..7 as an IEEE float: the rate of a traffic-rate or the speed of a link-bandwidth community. */
    public static float rate(long value) {
        return Float.intBitsToFloat((int) value);
    }

    // ---------------------------------------------------------------- constructors

    private static long header(int type, int subtype) {
        return (long) type << 56 | (long) subtype << 48;
    }

    private static long asn2Local4(int type, int subtype, long asn, long local) {
        if (asn < 0 || asn > 0xFFFF || local < 0 || local > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid two-octet AS specific community " + asn + ":" + local);
        }
        return header(type, subtype) | asn << 32 | local;
    }

    private static long global4Local2(int type, int subtype, long global, long local) {
        if (global < 0 || global > 0xFFFFFFFFL || local < 0 || local > 0xFFFF) {
            throw new IllegalArgumentException("invalid four-octet global community " + global + ":" + local);
        }
        return header(type, subtype) | global << 16 | local;
    }

    /** Route target, two-octet AS specific (0x00 0x02): {@code target:<asn>:<number>}. */
    public static long routeTarget(long asn, long number) {
        return asn2Local4(TYPE_TWO_OCTET_AS, SUBTYPE_ROUTE_TARGET, asn, number);
    }

    /** Route target, IPv4 address specific (0x01 0x02): {@code target:<ip>:<number>}. */
    public static long routeTargetIpv4(int address, int number) {
        return global4Local2(TYPE_IPV4, SUBTYPE_ROUTE_TARGET, address & 0xFFFFFFFFL, number);
    }

    /** Route target, four-octet AS specific (0x02 0x02, RFC 5668): {@code target:<asn>L:<number>}. */
    public static long routeTargetAs4(long asn, int number) {
        return global4Local2(TYPE_FOUR_OCTET_AS, SUBTYPE_ROUTE_TARGET, asn, number);
    }

    /** Route origin, two-octet AS specific (0x00 0x03). */
    public static long routeOrigin(long asn, long number) {
        return asn2Local4(TYPE_TWO_OCTET_AS, SUBTYPE_ROUTE_ORIGIN, asn, number);
    }

    /** Route origin, IPv4 address specific (0x01 0x03). */
    public static long routeOriginIpv4(int address, int number) {
        return global4Local2(TYPE_IPV4, SUBTYPE_ROUTE_ORIGIN, address & 0xFFFFFFFFL, number);
    }

    /** Route origin, four-octet AS specific (0x02 0x03). */
    public static long routeOriginAs4(long asn, int number) {
        return global4Local2(TYPE_FOUR_OCTET_AS, SUBTYPE_ROUTE_ORIGIN, asn, number);
    }

    /** Flowspec traffic-rate in bytes per second (RFC 8955, 0x80 0x06); 0 discards. */
    public static long trafficRate(int asn, float bytesPerSecond) {
        return asn2Float(TYPE_FLOWSPEC, SUBTYPE_TRAFFIC_RATE, asn, bytesPerSecond);
    }

    /** Flowspec traffic-rate in packets per second (0x80 0x0C). */
    public static long trafficRatePackets(int asn, float packetsPerSecond) {
        return asn2Float(TYPE_FLOWSPEC, SUBTYPE_TRAFFIC_RATE_PACKETS, asn, packetsPerSecond);
    }

    /** Link bandwidth (draft-ietf-idr-link-bandwidth, 0x40 0x04) in bytes per second. */
    public static long linkBandwidth(int asn, float bytesPerSecond) {
        return asn2Float(NON_TRANSITIVE, SUBTYPE_LINK_BANDWIDTH, asn, bytesPerSecond);
    }

    private static long asn2Float(int type, int subtype, int asn, float f) {
        if ((asn & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("invalid ASN " + asn);
        }
        return header(type, subtype) | (long) asn << 32 | Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
    }

    /** Flowspec traffic-action (RFC 8955, 0x80 0x07): sample (S bit) and terminal (T bit). */
    public static long trafficAction(boolean sample, boolean terminal) {
        return header(TYPE_FLOWSPEC, SUBTYPE_TRAFFIC_ACTION) | (sample ? 2 : 0) | (terminal ? 1 : 0);
    }

    /**
     * Flowspec redirect to a VRF by route target (RFC 8955): 0x80 0x08 with a two-octet AS and a 4-byte number,
     * 0x82 0x08 with an AS above 65535 (and a 2-byte number).
     */
    public static long redirect(long asn, long number) {
        return asn > 0xFFFF ? global4Local2(TYPE_FLOWSPEC_AS4, SUBTYPE_REDIRECT, asn, number)
                : asn2Local4(TYPE_FLOWSPEC, SUBTYPE_REDIRECT, asn, number);
    }

    /**
     * Flowspec redirect to the VRF of an IPv4-address-specific route target (RFC 8955 §7.4, 0x81 0x08); read from
     * {@code redirect:<ipv4>:<n>}, printed as hex as ExaBGP prints it.
     */
    public static long redirectIpv4(int address, int number) {
        return global4Local2(TYPE_FLOWSPEC | TYPE_IPV4, SUBTYPE_REDIRECT, address & 0xFFFFFFFFL, number);
    }

    /** Flowspec traffic-marking (RFC 8955, 0x80 0x09): the DSCP value. */
    public static long trafficMark(int dscp) {
        if (dscp < 0 || dscp > 63) {
            throw new IllegalArgumentException("invalid DSCP " + dscp);
        }
        return header(TYPE_FLOWSPEC, SUBTYPE_TRAFFIC_MARK) | dscp;
    }

    /** Redirect to the route's next hop (draft-simpson-idr-flowspec-redirect, 0x08 0x00). */
    public static long redirectToNextHop(boolean copy) {
        return header(TYPE_FLOWSPEC_REDIRECT_NEXTHOP, 0) | (copy ? 1 : 0);
    }

    /** Redirect to an IPv4 next hop (draft-ietf-idr-flowspec-redirect-ip, 0x01 0x0C). */
    public static long redirectToNextHopIetf(int address, boolean copy) {
        return header(TYPE_IPV4, SUBTYPE_REDIRECT_IP) | (address & 0xFFFFFFFFL) << 16 | (copy ? 1 : 0);
    }

    /** Tunnel encapsulation (RFC 9012, 0x03 0x0C). */
    public static long encapsulation(int tunnelType) {
        if ((tunnelType & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("invalid tunnel type " + tunnelType);
        }
        return header(TYPE_OPAQUE, SUBTYPE_ENCAPSULATION) | tunnelType;
    }

    /** Layer-2 info (RFC 4761, 0x80 0x0A): encapsulation, control flags, MTU, reserved. */
    public static long l2Info(int encapsulation, int control, int mtu, int reserved) {
        if ((encapsulation & ~0xFF) != 0 || (control & ~0xFF) != 0 || (mtu & ~0xFFFF) != 0
                || (reserved & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("invalid l2info " + encapsulation + ":" + control + ":" + mtu + ":"
                    + reserved);
        }
        return header(TYPE_FLOWSPEC, SUBTYPE_L2_INFO) | (long) encapsulation << 40 | (long) control << 32
                | (long) mtu << 16 | reserved;
    }

    /** MAC mobility (RFC 7432 §7.7, 0x06 0x00). */
    public static long macMobility(long sequence, boolean sticky) {
        return header(TYPE_EVPN, SUBTYPE_MAC_MOBILITY) | (sticky ? 1L << 40 : 0) | Unsigned.check32(sequence, "sequence");
    }

    /**
     * Flowspec interface-set (0x07 0x02, or 0x47 0x02 when not transitive): AS, direction
     * ({@link #DIRECTION_INPUT}, {@link #DIRECTION_OUTPUT}, {@link #DIRECTION_INPUT_OUTPUT}) and group id.
     */
    public static long interfaceSet(boolean transitive, long asn, int direction, int group) {
        if ((direction & ~3) != 0 || (group & ~0x3FFF) != 0) {
            throw new IllegalArgumentException("invalid interface-set direction " + direction + " group " + group);
        }
        return global4Local2(TYPE_FLOWSPEC_INTERFACE_SET | (transitive ? 0 : NON_TRANSITIVE), SUBTYPE_INTERFACE_SET,
                asn, direction << 14 | group);
    }

    /** BGP-MUP direct segment identifier (0x0C 0x00): {@code mup:<2 bytes>:<4 bytes>}. */
    public static long mup(long high, long low) {
        return asn2Local4(TYPE_MUP, 0, high, low);
    }

    // ---------------------------------------------------------------- ExaBGP's text

    /** The kind of a community, as ExaBGP classifies it. */
    public static Kind kind(long value) {
        return switch (key(value)) {
            case 0x0002, 0x0102, 0x0202 -> Kind.ROUTE_TARGET;
            case 0x0003, 0x0103, 0x0203 -> Kind.ROUTE_ORIGIN;
            case 0x0013, 0x0113, 0x0213 -> Kind.RT_RECORD;
            case 0x0004 -> Kind.LINK_BANDWIDTH;
            case 0x0006 -> Kind.TRAFFIC_RATE;
            case 0x000C -> Kind.TRAFFIC_RATE_PACKETS;
            case 0x0007 -> Kind.TRAFFIC_ACTION;
            case 0x0008, 0x0208 -> Kind.REDIRECT;
            case 0x0009 -> Kind.TRAFFIC_MARK;
            case 0x000A -> Kind.L2_INFO;
            case 0x0800 -> Kind.REDIRECT_TO_NEXTHOP;
            case 0x010C -> Kind.REDIRECT_TO_NEXTHOP_IETF;
            case 0x030C -> Kind.ENCAPSULATION;
            case 0x0314 -> Kind.CONSISTENT_HASH_SORT_ORDER;
            case 0x0702 -> Kind.INTERFACE_SET;
            case 0x0600 -> Kind.MAC_MOBILITY;
            case 0x0C00 -> Kind.MUP;
            default -> Kind.UNKNOWN;
        };
    }

    private static int key(long value) {
        return (type(value) & 0x0F) << 8 | subtype(value);
    }

    /**
     * ExaBGP's text of a community, as in its JSON {@code "string"}: e.g. {@code target:65000:1},
     * {@code target:1.2.3.4:1}, {@code target:4200000000L:1}, {@code origin:65000:0.0.0.1} (ExaBGP prints the
     * local part of a two-octet-AS origin as an address), {@code origin:1.2.3.4:1}, {@code rate-limit:0},
     * {@code rate-limit:1000:packets}, {@code action sample-terminal}, {@code redirect:65000:1}, {@code mark 10},
     * {@code l2info:19:0:1500:111}, {@code redirect-to-nexthop}, {@code redirect-to-nexthop-ietf 1.2.3.4},
     * {@code encap:VXLAN}, {@code bandwith:65000:1000} (sic), {@code mac-mobility:5:sticky},
     * {@code interface-set:input:65000:1}, {@code mup:10:10}, {@code consistentHashSortOrder:1}; anything else
     * {@code 0x} and 16 upper-case hex digits.
     */
    public static String format(long v) {
        return switch (key(v)) {
            case 0x0002 -> "target:" + asn2(v) + ":" + local4(v);
            case 0x0102 -> "target:" + IpAddresses.ipv4(ipv4(v)) + ":" + local2(v);
            case 0x0202 -> "target:" + asn4(v) + "L:" + local2(v);
            case 0x0013 -> "rtrecord:" + asn2(v) + ":" + local4(v);
            case 0x0113 -> "rtrecord:" + IpAddresses.ipv4(ipv4(v)) + ":" + local2(v);
            case 0x0213 -> "rtrecord:" + asn4(v) + "L:" + local2(v);
            case 0x0003 -> "origin:" + asn2(v) + ":" + IpAddresses.ipv4((int) v);
            case 0x0103 -> "origin:" + IpAddresses.ipv4(ipv4(v)) + ":" + local2(v);
            case 0x0203 -> "origin:" + asn4(v) + "L:" + local2(v);
            case 0x0004 -> "bandwith:" + asn2(v) + ":" + pythonFixed0(rate(v));
            case 0x0006 -> "rate-limit:" + pythonInt(rate(v));
            case 0x000C -> "rate-limit:" + pythonInt(rate(v)) + ":packets";
            case 0x0007 -> "action " + ((v & 2) != 0 ? ((v & 1) != 0 ? "sample-terminal" : "sample")
                    : (v & 1) != 0 ? "terminal" : "");
            case 0x0008 -> "redirect:" + asn2(v) + ":" + local4(v);
            case 0x0208 -> "redirect:" + asn4(v) + ":" + local2(v);
            case 0x0009 -> "mark " + (v & 0xFF);
            case 0x000A -> "l2info:" + (v >>> 40 & 0xFF) + ":" + (v >>> 32 & 0xFF) + ":" + (v >>> 16 & 0xFFFF) + ":"
                    + (v & 0xFFFF);
            case 0x0800 -> (v & 1) != 0 ? "copy-to-nexthop" : "redirect-to-nexthop";
            case 0x010C -> (v & 1) != 0 ? "copy-to-nexthop-ietf " + IpAddresses.ipv4(ipv4(v)) + " (with copy)"
                    : "redirect-to-nexthop-ietf " + IpAddresses.ipv4(ipv4(v));
            case 0x030C -> "encap:" + tunnelName(local2(v));
            case 0x0314 -> "consistentHashSortOrder:" + asn4(v);
            case 0x0702 -> "interface-set:" + directionName(local2(v) >>> 14) + ":" + asn4(v) + ":"
                    + (local2(v) & 0x1FFF);
            case 0x0600 -> "mac-mobility:" + local4(v) + ((v >>> 40 & 0xFF) == 1 ? ":sticky" : "");
            case 0x0C00 -> "mup:" + asn2(v) + ":" + local4(v);
            default -> hex(v);
        };
    }

    private static String hex(long v) {
        String h = Long.toHexString(v).toUpperCase(Locale.ROOT);
        return "0x" + "0000000000000000".substring(h.length()) + h;
    }

    /** ExaBGP's tunnel names; an unknown type prints {@code encap:UNKNOWN-<n>} (so the text reads encap:encap:...). */
    private static String tunnelName(int t) {
        return switch (t) {
            case 0 -> "Default";
            case TUNNEL_L2TPV3 -> "L2TPv3";
            case TUNNEL_GRE -> "GRE";
            case TUNNEL_IP_IN_IP -> "IP-in-IP";
            case TUNNEL_VXLAN -> "VXLAN";
            case TUNNEL_NVGRE -> "NVGRE";
            case TUNNEL_MPLS -> "MPLS";
            case TUNNEL_VXLAN_GPE -> "VXLAN-GPE";
            case TUNNEL_MPLS_IN_UDP -> "MPLS-in-UDP";
            default -> "encap:UNKNOWN-" + t;
        };
    }

    private static String directionName(int d) {
        return switch (d) {
            case DIRECTION_INPUT -> "input";
            case DIRECTION_OUTPUT -> "output";
            case DIRECTION_INPUT_OUTPUT -> "input-output";
            default -> Integer.toString(d);
        };
    }

    /** Python's {@code "%d" % f}: the float truncated towards zero, exactly. */
    static String pythonInt(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        if (Math.abs(f) < 9.0e18f) {
            return Long.toString((long) f);
        }
        return new BigDecimal(f).toBigInteger().toString();
    }

    /** Python's {@code "%0.f" % f}: rounded half to even from the exact binary value, {@code -0} kept. */
    static String pythonFixed0(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(f).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        return s.equals("0") && (f < 0 || Float.floatToRawIntBits(f) == Integer.MIN_VALUE) ? "-0" : s;
    }

    // ---------------------------------------------------------------- ExaBGP's configuration syntax

    /**
     * A community from ExaBGP's configuration syntax (the words inside {@code extended-community [ ... ]}):
     * <ul>
     * <li>{@code 0x} and 16 hex digits: the raw value;</li>
     * <li>{@code <a>:<b>} alone: a route target ({@code 72:0.0.0.1} is {@code target:72:0.0.0.1});</li>
     * <li>{@code target:} / {@code origin:} with {@code <asn>:<number>} (0x00 type; an AS above 65535 or marked
     * with a trailing {@code L} takes ExaBGP's four-octet form, see below), {@code <asn>:<ipv4>} (0x00 type, the
     * address as the 4-byte local part), {@code <ipv4>:<number>} (0x01 type);</li>
     * <li>{@code target4:} / {@code origin4:} {@code <asn>:<number>}: ExaBGP's four-octet form, which ExaBGP writes
     * with the 0x01 (IPv4) type octet: {@code target:70600:6000} is {@code 0x0102000113C81770}, as in ExaBGP's
     * conformance data, and reads back as {@code target:0.1.19.200:6000};</li>
     * <li>{@code redirect:<asn>:<number>} (0x80 0x08; 0x82 0x08 for an AS above 65535),
     * {@code l2info:<encaps>:<control>:<mtu>:<reserved>}, {@code bandwidth:<asn>:<bytes/s>},
     * {@code rate-limit:<bytes/s>} and {@code rate-limit:<n>:packets},
     * {@code interface-set:transitive|non-transitive:input|output|input-output:<asn>:<group>},
     * {@code mup:<a>:<b>}, {@code redirect-to-nexthop}, {@code copy-to-nexthop};</li>
     * <li>the two-word forms ExaBGP prints and its API reads back: {@code mark <dscp>},
     * {@code action sample|terminal|sample-terminal}, {@code redirect-to-nexthop-ietf <ipv4>},
     * {@code copy-to-nexthop-ietf <ipv4> [(with copy)]}.</li>
     * </ul>
     *
     * @throws IllegalArgumentException {@code invalid extended community <text>} (with the reason)
     */
    public static long parse(String text) {
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            if (text.length() != 18) {
                throw invalid(text, "expected 16 hex digits");
            }
            try {
                return Long.parseUnsignedLong(text.substring(2), 16);
            } catch (NumberFormatException e) {
                throw invalid(text, "not hexadecimal");
            }
        }
        int space = text.indexOf(' ');
        if (space > 0) {
            return parseWords(text, text.substring(0, space), text.substring(space + 1).strip());
        }
        if (text.indexOf(':') < 0) {
            return switch (text) {
                case "redirect-to-nexthop" -> redirectToNextHop(false);
                case "copy-to-nexthop" -> redirectToNextHop(true);
                default -> throw invalid(text, "unknown form");
            };
        }
        String[] parts = text.split(":", -1);
        // a bare "<a>:<b>" is a route target; otherwise the first part names the kind
        boolean bare = parts.length == 2 && !parts[0].isEmpty() && Character.isDigit(parts[0].charAt(0));
        String command = bare ? "target" : parts[0].toLowerCase(Locale.ROOT);
        int first = bare ? 0 : 1;
        int fields = parts.length - first;
        try {
            switch (command) {
                case "target", "origin", "target4", "origin4", "redirect", "bandwidth", "mup" -> {
                    expect(text, fields, 2);
                    return twoFields(command, parts[first], parts[first + 1]);
                }
                case "l2info" -> {
                    expect(text, fields, 4);
                    return l2Info((int) number(parts[1], 0xFF), (int) number(parts[2], 0xFF),
                            (int) number(parts[3], 0xFFFF), (int) number(parts[4], 0xFFFF));
                }
                case "rate-limit" -> {
                    if (fields == 2 && parts[2].equals("packets")) {
                        return trafficRatePackets(0, decimal(parts[1]));
                    }
                    expect(text, fields, 1);
                    return trafficRate(0, decimal(parts[1]));
                }
                case "interface-set" -> {
                    expect(text, fields, 4);
                    boolean transitive = switch (parts[1]) {
                        case "transitive" -> true;
                        case "non-transitive" -> false;
                        default -> throw invalid(text, "expected transitive or non-transitive");
                    };
                    int direction = switch (parts[2]) {
                        case "input" -> DIRECTION_INPUT;
                        case "output" -> DIRECTION_OUTPUT;
                        case "input-output" -> DIRECTION_INPUT_OUTPUT;
                        default -> throw invalid(text, "expected input, output or input-output");
                    };
                    return interfaceSet(transitive, number(parts[3], 0xFFFFFFFFL), direction,
                            (int) number(parts[4], 0x3FFF));
                }
                default -> throw invalid(text, "unknown kind " + command);
            }
        } catch (NumberFormatException e) {
            throw invalid(text, e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("invalid extended community")) {
                throw e;
            }
            throw invalid(text, e.getMessage());
        }
    }

    /** The forms of two words that ExaBGP prints and reads back: mark, action, redirect to an IPv4 next hop. */
    private static long parseWords(String text, String word, String rest) {
        try {
            switch (word) {
                case "mark":
                    return trafficMark((int) number(rest, 63));
                case "action":
                    return switch (rest) {
                        case "sample" -> trafficAction(true, false);
                        case "terminal" -> trafficAction(false, true);
                        case "sample-terminal" -> trafficAction(true, true);
                        default -> throw invalid(text, "expected sample, terminal or sample-terminal");
                    };
                case "redirect-to-nexthop-ietf":
                    return redirectToNextHopIetf(IpAddresses.parseIpv4(rest), false);
                case "copy-to-nexthop-ietf":
                    String address = rest.endsWith("(with copy)")
                            ? rest.substring(0, rest.length() - "(with copy)".length()).strip() : rest;
                    return redirectToNextHopIetf(IpAddresses.parseIpv4(address), true);
                default:
                    throw invalid(text, "unknown form");
            }
        } catch (NumberFormatException e) {
            throw invalid(text, e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("invalid extended community")) {
                throw e;
            }
            throw invalid(text, e.getMessage());
        }
    }

    /**
     * The communities of a whitespace-separated list as written inside {@code extended-community [ ... ]} (the
     * brackets may be included): each word is {@link #parse parsed}, and the two-word forms ({@code mark 10},
     * {@code action sample}, {@code redirect-to-nexthop-ietf 1.2.3.4}, {@code copy-to-nexthop-ietf 1.2.3.4
     * (with copy)}) are taken together.
     *
     * @throws IllegalArgumentException {@code invalid extended community <text>} (with the reason)
     */
    public static long[] parseList(String text) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return new long[0];
        }
        String[] words = s.split("\\s+");
        long[] out = new long[words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean twoWords = w.equals("mark") || w.equals("action") || w.equals("redirect-to-nexthop-ietf")
                    || w.equals("copy-to-nexthop-ietf");
            if (twoWords && i + 1 < words.length) {
                w = w + " " + words[++i];
                if (words[i - 1].equals("copy-to-nexthop-ietf") && i + 2 < words.length
                        && words[i + 1].equals("(with") && words[i + 2].equals("copy)")) {
                    i += 2;
                }
            }
            out[n++] = parse(w);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static long twoFields(String command, String ga, String la) {
        boolean routeKind = command.startsWith("target") || command.startsWith("origin");
        int subtype = command.startsWith("target") ? SUBTYPE_ROUTE_TARGET : SUBTYPE_ROUTE_ORIGIN;
        if (routeKind && command.length() == 6 && (ga.indexOf('.') >= 0 || la.indexOf('.') >= 0)) {
            if (la.indexOf('.') >= 0 && ga.indexOf('.') < 0) {
                return header(TYPE_TWO_OCTET_AS, subtype) | number(ga, 0xFFFF) << 32
                        | IpAddresses.parseIpv4(la) & 0xFFFFFFFFL;
            }
            if (ga.indexOf('.') >= 0 && la.indexOf('.') < 0) {
                return global4Local2(TYPE_IPV4, subtype, IpAddresses.parseIpv4(ga) & 0xFFFFFFFFL, number(la, 0xFFFF));
            }
            throw new IllegalArgumentException("one of the two parts may be an address");
        }
        if (command.equals("redirect") && ga.indexOf('.') >= 0) {
            return redirectIpv4(IpAddresses.parseIpv4(ga), (int) number(la, 0xFFFF));
        }
        boolean longForm = ga.endsWith("L") || ga.endsWith("l");
        long global = number(longForm ? ga.substring(0, ga.length() - 1) : ga, 0xFFFFFFFFL);
        String localText = la.endsWith("L") || la.endsWith("l") ? la.substring(0, la.length() - 1) : la;
        return switch (command) {
            case "target", "origin" -> longForm || global > 0xFFFF
                    ? global4Local2(EXABGP_TYPE_FOR_AS4, subtype, global, number(localText, 0xFFFF))
                    : asn2Local4(TYPE_TWO_OCTET_AS, subtype, global, number(localText, 0xFFFFFFFFL));
            case "target4", "origin4" -> global4Local2(EXABGP_TYPE_FOR_AS4, subtype, global, number(localText, 0xFFFF));
            case "redirect" -> redirect(global, number(localText, global > 0xFFFF ? 0xFFFF : 0xFFFFFFFFL));
            case "bandwidth" -> linkBandwidth((int) number(ga, 0xFFFF), decimal(la));
            default -> mup(number(ga, 0xFFFF), number(la, 0xFFFFFFFFL));
        };
    }

    private static void expect(String text, int fields, int expected) {
        if (fields != expected) {
            throw invalid(text, "expected " + expected + " fields after the kind");
        }
    }

    private static long number(String s, long max) {
        if (s.isEmpty() || s.length() > 10) {
            throw new NumberFormatException("invalid number '" + s + "'");
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("invalid number '" + s + "'");
            }
            v = v * 10 + (c - '0');
        }
        if (v > max) {
            throw new NumberFormatException(s + " exceeds " + max);
        }
        return v;
    }

    /** A non-negative decimal number, digits with at most one point. */
    private static float decimal(String s) {
        int digits = 0;
        int points = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && points++ == 0) {
                continue;
            } else {
                throw new NumberFormatException("invalid number '" + s + "'");
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("invalid number '" + s + "'");
        }
        float f = Float.parseFloat(s);
        if (!Float.isFinite(f)) {
            throw new NumberFormatException("invalid number '" + s + "'");
        }
        return f;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid extended community " + text + ": " + why);
    }
}
