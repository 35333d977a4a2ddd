package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.mvpn.McastVpnNlri;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ExaBGP's multicast VPN route text (RFC 6514), as the API writes it after {@code announce|withdraw}:
 * {@code ipv4|ipv6 mcast-vpn source-ad source <ip> group <ip> rd <rd>},
 * {@code ... shared-join rp <ip> group <ip> rd <rd> source-as <asn>} and
 * {@code ... source-join source <ip> group <ip> rd <rd> source-as <asn>}, then {@code next-hop <ip>|self} and path
 * attributes ({@link RouteParser#pathAttributes}). Source (or RP) and group are addresses of the family's AFI.
 */
public final class McastVpnParser {
    private McastVpnParser() {
    }

    /**
     * A route from tokens starting with {@code ipv4|ipv6 mcast-vpn}.
     *
     * @param nextHopRequired whether a missing next hop is an error (announcements); when not, the route gets the
     *     unspecified address of IPv4
     */
    public static ConfigRoute parse(List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        if (tokens.size() < 3) {
            throw new RouteSyntaxException(tokens.get(tokens.size() - 1),
                    "expected source-ad, shared-join or source-join after mcast-vpn");
        }
        Family family = new Family(Family.afiCode(tokens.get(0).text()), Family.SAFI_MCAST_VPN);
        Token kind = tokens.get(2);
        int type = switch (kind.text().toLowerCase(Locale.ROOT)) {
            case "source-ad" -> McastVpnNlri.SOURCE_ACTIVE_AD;
            case "shared-join" -> McastVpnNlri.SHARED_TREE_JOIN;
            case "source-join" -> McastVpnNlri.SOURCE_TREE_JOIN;
            default -> throw new RouteSyntaxException(kind, "unknown mcast-vpn route '" + kind.text()
                    + "', expected source-ad, shared-join or source-join");
        };
        String sourceKey = type == McastVpnNlri.SHARED_TREE_JOIN ? "rp" : "source";
        byte[] source = null;
        byte[] group = null;
        RouteDistinguisher rd = null;
        long sourceAs = -1;
        String nextHop = null;
        List<Token> attributes = new ArrayList<>();
        for (int i = 3; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            boolean mine = key.equals(sourceKey) || key.equals("group") || key.equals("rd")
                    || key.equals("route-distinguisher") || key.equals("next-hop")
                    || key.equals("source-as") && type != McastVpnNlri.SOURCE_ACTIVE_AD;
            if (!mine) {
                attributes.add(k);
                continue;
            }
            if (i + 1 >= tokens.size()) {
                throw new RouteSyntaxException(k, "missing value for " + key + " in mcast-vpn");
            }
            Token v = tokens.get(++i);
            switch (key) {
                case "group" -> group = address(v, key, family);
                case "rd", "route-distinguisher" -> {
                    try {
                        rd = RouteDistinguisher.parse(v.text());
                    } catch (IllegalArgumentException e) {
                        throw new RouteSyntaxException(v, "invalid rd '" + v.text()
                                + "', expected <asn>:<n> or <ipv4>:<n>");
                    }
                }
                case "source-as" -> sourceAs = RouteParser.number(v, key, 0xFFFFFFFFL);
                case "next-hop" -> {
                    if (!v.is("self")) {
                        try {
                            IpAddresses.parse(v.text());
                        } catch (IllegalArgumentException e) {
                            throw new RouteSyntaxException(v, "invalid next-hop '" + v.text()
                                    + "', expected an IP address or self");
                        }
                    }
                    nextHop = v.text();
                }
                default -> source = address(v, key, family);
            }
        }
        String what = kind.text();
        if (source == null) {
            throw new RouteSyntaxException(kind, "missing " + sourceKey + " in " + what + ", expected " + sourceKey
                    + " <ip>");
        }
        if (group == null) {
            throw new RouteSyntaxException(kind, "missing group in " + what + ", expected group <ip>");
        }
        if (rd == null) {
            throw new RouteSyntaxException(kind, "missing rd in " + what + ", expected rd <rd>");
        }
        if (sourceAs < 0 && type != McastVpnNlri.SOURCE_ACTIVE_AD) {
            throw new RouteSyntaxException(kind, "missing source-as in " + what + ", expected source-as <asn>");
        }
        if (nextHop == null) {
            if (nextHopRequired) {
                throw new RouteSyntaxException(kind, "missing next-hop in " + what + ", expected next-hop <ip>");
            }
            nextHop = "0.0.0.0";
        }
        McastVpnNlri nlri = type == McastVpnNlri.SOURCE_ACTIVE_AD ? McastVpnNlri.sourceActive(family, rd, source, group)
                : McastVpnNlri.join(family, type, rd, sourceAs, source, group);
        try {
            return ConfigRoute.of(Route.of(nlri, nextHop, RouteParser.pathAttributes(attributes)));
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(kind, "invalid mcast-vpn route: " + e.getMessage());
        }
    }

    private static byte[] address(Token v, String key, Family family) throws RouteSyntaxException {
        byte[] a;
        try {
            a = IpAddresses.parse(v.text());
        } catch (IllegalArgumentException e) {
            a = null;
        }
        int want = family.afi() == Family.AFI_IPV4 ? 4 : 16;
        if (a == null || a.length != want) {
            throw new RouteSyntaxException(v, "invalid " + key + " '" + v.text() + "', expected an "
                    + Family.afiName(family.afi()) + " address");
        }
        return a;
    }
}
