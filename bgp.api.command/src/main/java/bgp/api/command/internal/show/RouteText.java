package bgp.api.command.internal.show;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.Aigp;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AtomicAggregate;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.attribute.LargeCommunities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Nlri;
import bgp.rib.AttributeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A route in ExaBGP's text: {@code 10.0.0.0/24 next-hop 192.0.2.1} (the NLRI and its next hop, as
 * {@code show adj-rib} prints it) and, for {@code extensive}, the attributes after it, each as the configuration
 * writes it ({@code origin igp as-path [ 65001 ] local-preference 100 community [ 65000:1 65000:2 ]}): a list of
 * one value without brackets, lists of communities sorted, an unknown attribute as
 * {@code attribute [ 0xCODE 0xFLAGS 0xhex ]}.
 */
public final class RouteText {
    private RouteText() {
    }

    /** {@code <nlri>[ path-information <id>][ next-hop <address>]}. */
    public static String route(Nlri nlri, AttributeSet attributes) {
        StringBuilder sb = new StringBuilder(48).append(nlri);
        if (nlri instanceof IpPrefix p && p.pathId() != 0) {
            sb.append(" path-information ").append(IpAddresses.ipv4(p.pathId()));
        }
        List<String> nextHop = attributes.nextHopAddresses();
        if (!nextHop.isEmpty()) {
            sb.append(" next-hop ").append(String.join(" ", nextHop));
        }
        return sb.toString();
    }

    /** {@link #route} followed by the attributes. */
    public static String extensive(Nlri nlri, AttributeSet attributes) {
        StringBuilder sb = new StringBuilder(128).append(route(nlri, attributes));
        appendAttributes(sb, attributes.attributes());
        return sb.toString();
    }

    /** Each attribute as {@code " <name> <value>"}, in type-code order; NEXT_HOP and the MP ones left out. */
    public static void appendAttributes(StringBuilder sb, List<Attribute> attributes) {
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort((a, b) -> Integer.compare(a.typeCode(), b.typeCode()));
        for (Attribute a : sorted) {
            if (a instanceof NextHop || a instanceof MpReach || a instanceof MpUnreach || a instanceof As4Aggregator
                    || a.typeCode() == 17) {
                // the next hop is written with the NLRI; AS4_PATH and AS4_AGGREGATOR are merged (4-octet ASNs)
                continue;
            }
            if (a instanceof Origin o) {
                sb.append(" origin ").append(o.name());
            } else if (a instanceof AsPath p) {
                sb.append(" as-path ").append(asPath(p));
            } else if (a instanceof Med m) {
                sb.append(" med ").append(m.value());
            } else if (a instanceof LocalPref l) {
                sb.append(" local-preference ").append(l.value());
            } else if (a instanceof AtomicAggregate) {
                sb.append(" atomic-aggregate");
            } else if (a instanceof Aggregator g) {
                sb.append(" aggregator ( ").append(g.asn()).append(':').append(IpAddresses.ipv4(g.address()))
                        .append(" )");
            } else if (a instanceof Communities c) {
                String[] values = new String[c.size()];
                // ExaBGP sorts by the packed bytes: unsigned order
                int[] unsigned = Arrays.stream(c.toArray()).map(v -> v ^ Integer.MIN_VALUE).sorted()
                        .map(v -> v ^ Integer.MIN_VALUE).toArray();
                for (int i = 0; i < unsigned.length; i++) {
                    values[i] = Community.format(unsigned[i]);
                }
                sb.append(" community ").append(list(values));
            } else if (a instanceof OriginatorId o) {
                sb.append(" originator-id ").append(IpAddresses.ipv4(o.address()));
            } else if (a instanceof ClusterList c) {
                String[] values = new String[c.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = IpAddresses.ipv4(c.get(i));
                }
                sb.append(" cluster-list ").append(values.length == 1 ? values[0] : "[ " + String.join(" ", values)
                        + " ]");
            } else if (a instanceof ExtendedCommunities c) {
                long[] raw = c.toArray().clone();
                for (int i = 0; i < raw.length; i++) {
                    raw[i] ^= Long.MIN_VALUE;
                }
                Arrays.sort(raw);
                String[] values = new String[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    values[i] = ExtendedCommunity.format(raw[i] ^ Long.MIN_VALUE);
                }
                sb.append(" extended-community ").append(list(values));
            } else if (a instanceof LargeCommunities c) {
                Integer[] order = new Integer[c.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> {
                    int r = Long.compare(c.globalAdministrator(x), c.globalAdministrator(y));
                    r = r != 0 ? r : Long.compare(c.localData1(x), c.localData1(y));
                    return r != 0 ? r : Long.compare(c.localData2(x), c.localData2(y));
                });
                String[] values = new String[order.length];
                for (int i = 0; i < order.length; i++) {
                    values[i] = c.format(order[i]);
                }
                sb.append(" large-community ").append(list(values));
            } else if (a instanceof Aigp g) {
                byte[] tlvs = g.tlvs();
                sb.append(" aigp ").append(hex(tlvs, Math.max(0, tlvs.length - 8), tlvs.length));
            } else if (a instanceof TunnelEncapsulation t) {
                SrPolicyText.append(sb, t);
            } else if (a instanceof UnknownAttribute u) {
                byte[] v = u.value();
                sb.append(String.format(" attribute [ 0x%02X 0x%02X %s ]", u.typeCode(), u.flags(),
                        hex(v, 0, v.length)));
            } else {
                sb.append(String.format(" attribute [ 0x%02X 0x%02X ]", a.typeCode(), a.flags()));
            }
        }
    }

    /** A value alone, several as {@code [ a b ]} (ExaBGP's community lists). */
    private static String list(String[] values) {
        if (values.length == 1) {
            return values[0];
        }
        return "[ " + String.join(" ", values) + " ]";
    }

    /**
     * {@code [ 65001 65002 ]}; an AS_SET as {@code ( ... )} inside the brackets after the sequence; the empty path
     * {@code [ ]}.
     */
    static String asPath(AsPath p) {
        StringBuilder seq = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (int s = 0; s < p.segmentCount(); s++) {
            StringBuilder to = p.segmentType(s) == AsPath.AS_SET || p.segmentType(s) == AsPath.AS_CONFED_SET ? set
                    : seq;
            for (int i = 0; i < p.segmentSize(s); i++) {
                to.append(to.length() == 0 ? "" : " ").append(p.asn(s, i));
            }
        }
        if (seq.length() == 0 && set.length() == 0) {
            return "[ ]";
        }
        if (set.length() == 0) {
            return "[ " + seq + " ]";
        }
        if (seq.length() == 0) {
            return "[ ( " + set + " )]";
        }
        return "[ " + seq + " ( " + set + " ) ]";
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(2 + 2 * (to - from)).append("0x");
        for (int i = from; i < to; i++) {
            sb.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return sb.toString();
    }
}
