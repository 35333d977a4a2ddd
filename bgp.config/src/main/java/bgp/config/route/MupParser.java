package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.mup.MupNlri;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ExaBGP's BGP-MUP route text (draft-mpmz-bess-mup-safi, architecture 1), as the configuration's {@code announce
 * ipv4|ipv6} section and the API write it after {@code announce|withdraw}:
 * <ul>
 * <li>{@code ipv4|ipv6 mup mup-isd <prefix>/<len> rd <rd>} (interwork segment discovery);</li>
 * <li>{@code ... mup-dsd <ip> rd <rd>} (direct segment discovery);</li>
 * <li>{@code ... mup-t1st <prefix>/<len> rd <rd> teid <n> qfi <n> endpoint <ip> [source <ip>]} (type 1 session
 * transformed; endpoint and source IPv4 or IPv6);</li>
 * <li>{@code ... mup-t2st <ip> rd <rd> teid <n>/<bits>} (type 2 session transformed, 0 to 32 TEID bits);</li>
 * </ul>
 * then {@code next-hop <ip>|self} and path attributes ({@link RouteParser#pathAttributes}). Prefixes and the DSD and
 * T2ST addresses are of the family's AFI. An IPv4 next hop of an IPv6 route is sent as its IPv4-mapped IPv6 address
 * ({@code ::ffff:a.b.c.d}), as ExaBGP sends it.
 */
public final class MupParser {
    private MupParser() {
    }

    /**
     * A route from tokens starting with {@code ipv4|ipv6 mup}.
     *
     * @param nextHopRequired whether a missing next hop is an error (announcements); when not, the route gets the
     *     unspecified address of IPv4 (mapped for IPv6)
     */
    public static ConfigRoute parse(List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        if (tokens.size() < 3) {
            throw new RouteSyntaxException(tokens.get(tokens.size() - 1),
                    "expected mup-isd, mup-dsd, mup-t1st or mup-t2st after mup");
        }
        Family family = new Family(Family.afiCode(tokens.get(0).text()), Family.SAFI_MUP);
        Token kind = tokens.get(2);
        String what = kind.text().toLowerCase(Locale.ROOT);
        int type = switch (what) {
            case "mup-isd" -> MupNlri.INTERWORK_SEGMENT_DISCOVERY;
            case "mup-dsd" -> MupNlri.DIRECT_SEGMENT_DISCOVERY;
            case "mup-t1st" -> MupNlri.TYPE1_SESSION_TRANSFORMED;
            case "mup-t2st" -> MupNlri.TYPE2_SESSION_TRANSFORMED;
            default -> throw new RouteSyntaxException(kind, "unknown mup route '" + kind.text()
                    + "', expected mup-isd, mup-dsd, mup-t1st or mup-t2st");
        };
        boolean t1 = type == MupNlri.TYPE1_SESSION_TRANSFORMED;
        boolean t2 = type == MupNlri.TYPE2_SESSION_TRANSFORMED;
        boolean prefixed = type == MupNlri.INTERWORK_SEGMENT_DISCOVERY || t1;
        if (tokens.size() < 4 || RouteParser.isPunctuation(tokens.get(3))) {
            throw new RouteSyntaxException(tokens.size() < 4 ? kind : tokens.get(3), "expected "
                    + (prefixed ? "a prefix" : "an address") + " after " + kind.text());
        }
        Token first = tokens.get(3);
        RouteDistinguisher rd = null;
        long teid = -1;
        int teidBits = -1;
        int qfi = -1;
        byte[] endpoint = null;
        byte[] source = null;
        String nextHop = null;
        List<Token> attributes = new ArrayList<>();
        for (int i = 4; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            boolean mine = key.equals("rd") || key.equals("route-distinguisher") || key.equals("next-hop")
                    || key.equals("teid") && (t1 || t2) || t1 && (key.equals("qfi") || key.equals("endpoint")
                    || key.equals("source"));
            if (!mine) {
                attributes.add(k);
                continue;
            }
            if (i + 1 >= tokens.size() || RouteParser.isPunctuation(tokens.get(i + 1))) {
                throw new RouteSyntaxException(k, "missing value for " + key + " in " + what);
            }
            Token v = tokens.get(++i);
            switch (key) {
                case "rd", "route-distinguisher" -> {
                    try {
                        rd = RouteDistinguisher.parse(v.text());
                    } catch (IllegalArgumentException e) {
                        throw new RouteSyntaxException(v, "invalid rd '" + v.text()
                                + "', expected <asn>:<n> or <ipv4>:<n>");
                    }
                }
                case "teid" -> {
                    if (t1) {
                        teid = RouteParser.number(v, "teid", 0xFFFFFFFFL);
                    } else {
                        int slash = v.text().indexOf('/');
                        if (slash < 0) {
                            throw new RouteSyntaxException(v, "invalid teid '" + v.text()
                                    + "', expected <teid>/<bits>");
                        }
                        teid = RouteParser.number(new Token(v.text().substring(0, slash), v.line(), v.column()),
                                "teid", 0xFFFFFFFFL);
                        teidBits = (int) RouteParser.number(new Token(v.text().substring(slash + 1), v.line(),
                                v.column() + slash + 1), "teid length", 32);
                        if (teid >>> teidBits != 0) {
                            throw new RouteSyntaxException(v, "invalid teid '" + v.text() + "', " + teid
                                    + " does not fit in " + teidBits + " bits");
                        }
                    }
                }
                case "qfi" -> qfi = (int) RouteParser.number(v, "qfi", 0xFF);
                case "endpoint" -> endpoint = RouteParser.ip(v, "endpoint");
                case "source" -> source = RouteParser.ip(v, "source");
                default -> {
                    if (!v.is("self")) {
                        RouteParser.ip(v, "next-hop");
                    }
                    nextHop = v.text();
                }
            }
        }
        if (rd == null) {
            throw new RouteSyntaxException(kind, "missing rd in " + what + ", expected rd <rd>");
        }
        if ((t1 || t2) && teid < 0) {
            throw new RouteSyntaxException(kind, "missing teid in " + what + ", expected teid "
                    + (t1 ? "<n>" : "<n>/<bits>"));
        }
        if (t1 && qfi < 0) {
            throw new RouteSyntaxException(kind, "missing qfi in " + what + ", expected qfi <n>");
        }
        if (t1 && endpoint == null) {
            throw new RouteSyntaxException(kind, "missing endpoint in " + what + ", expected endpoint <ip>");
        }
        MupNlri nlri;
        if (type == MupNlri.DIRECT_SEGMENT_DISCOVERY || t2) {
            byte[] address = address(first, family);
            nlri = t2 ? MupNlri.t2st(family, rd, address, teid, teidBits) : MupNlri.dsd(family, rd, address);
        } else {
            IpPrefix p;
            try {
                p = IpPrefix.parse(first.text(), 0);
            } catch (IllegalArgumentException e) {
                throw new RouteSyntaxException(first, "invalid prefix '" + first.text() + "', expected <ip>/<length>");
            }
            if (p.family().afi() != family.afi()) {
                throw new RouteSyntaxException(first, "prefix '" + first.text() + "' is not "
                        + Family.afiName(family.afi()));
            }
            nlri = t1 ? MupNlri.t1st(family, rd, p.address(), p.length(), teid, qfi, endpoint, source)
                    : MupNlri.isd(family, rd, p.address(), p.length());
        }
        if (nextHop == null) {
            if (nextHopRequired) {
                throw new RouteSyntaxException(kind, "missing next-hop in " + what + ", expected next-hop <ip>");
            }
            nextHop = "0.0.0.0";
        }
        try {
            if (nextHop.equalsIgnoreCase("self")) {
                return ConfigRoute.of(Route.self(nlri, RouteParser.pathAttributes(attributes)));
            }
            byte[] hop = IpAddresses.parse(nextHop);
            if (family.afi() == Family.AFI_IPV6 && hop.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xFF;
                mapped[11] = (byte) 0xFF;
                System.arraycopy(hop, 0, mapped, 12, 4);
                hop = mapped;
            }
            return ConfigRoute.of(Route.of(nlri, hop, RouteParser.pathAttributes(attributes)));
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(kind, "invalid mup route: " + e.getMessage());
        }
    }

    private static byte[] address(Token v, Family family) throws RouteSyntaxException {
        byte[] a;
        try {
            a = IpAddresses.parse(v.text());
        } catch (IllegalArgumentException e) {
            a = null;
        }
        int want = family.afi() == Family.AFI_IPV4 ? 4 : 16;
        if (a == null || a.length != want) {
            throw new RouteSyntaxException(v, "invalid address '" + v.text() + "', expected an "
                    + Family.afiName(family.afi()) + " address");
        }
        return a;
    }
}
