package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.Aigp;
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
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefix;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads ExaBGP's route text. The forms, as the configuration's {@code static} and {@code announce} sections and the
 * API's {@code announce}/{@code withdraw} commands write them (without the verb):
 * <ul>
 * <li>{@code route <prefix> <attributes>}: the family from the prefix (an {@code rd} makes it MPLS VPN, a
 * {@code label} labeled unicast);</li>
 * <li>{@code ipv4|ipv6 unicast|multicast|nlri-mpls|mpls-vpn <prefix> <attributes>};</li>
 * <li>{@code attribute(s) <attributes> nlri <prefix> <prefix> ...}: many prefixes, one attribute set;</li>
 * <li>{@code flow route ...} and {@code ipv4|ipv6 flow|flow-vpn ...}: flowspec rules ({@link FlowParser});</li>
 * <li>{@code vpls rd <rd> endpoint <n> base <n> offset <n> size <n> <attributes>}: a VPLS route
 * ({@link VplsParser});</li>
 * <li>{@code ipv4|ipv6 mcast-vpn source-ad|shared-join|source-join ...}: a multicast VPN route
 * ({@link McastVpnParser});</li>
 * <li>{@code [ipv4|ipv6] sr-policy distinguisher <n> color <n> endpoint <ip> ...}: an SR Policy route
 * ({@link SrPolicyParser}).</li>
 * <li>{@code ipv4|ipv6 mup mup-isd|mup-dsd|mup-t1st|mup-t2st ...}: a BGP-MUP route ({@link MupParser}).</li>
 * </ul>
 * The attributes ({@link #ATTRIBUTES}), in any order: {@code next-hop <ip>|self}, {@code origin igp|egp|incomplete},
 * {@code as-path [ 1 2 ( 3 4 ) ]} (a parenthesised group is an AS_SET) or {@code as-path 1}, {@code med <n>},
 * {@code local-preference <n>}, {@code community [ a:b no-export 0x.. ]} (or one value; kept in ascending order, as
 * ExaBGP sends them), {@code extended-community
 * [ target:1:2 ... ]}, {@code large-community [ a:b:c ... ]}, {@code originator-id <ipv4>}, {@code cluster-list
 * [ <ipv4> ... ]}, {@code aggregator ( <asn>:<ipv4> )}, {@code atomic-aggregate}, {@code path-information <n>|<ipv4>},
 * {@code label <n>|[ <n> ... ]}, {@code rd|route-distinguisher <rd>}, {@code aigp <n>}, {@code split /<len>} (the
 * prefix becomes every sub-prefix of that length), {@code watchdog <name>}, {@code name <name>}, {@code withdraw},
 * {@code attribute [ <code> <flags> <0xvalue> ]} (any attribute, as given), {@code bgp-prefix-sid [ <label-index> ]}
 * or {@code bgp-prefix-sid [ <label-index>, [ ( <base>,<range> ) ... ] ]} (RFC 8669 Label-Index and Originator
 * SRGB TLVs) and {@code bgp-prefix-sid-srv6 ( l3-service|l2-service <sid> [<behavior> [ <6 structure lengths> ]] )}
 * (RFC 9252 SRv6 service TLV; behavior and structure optional). Errors name the offending token and what was expected.
 */
public final class RouteParser {
    /** The route attribute keywords, in the order error messages list them. */
    public static final List<String> ATTRIBUTES = List.of("next-hop", "origin", "as-path", "med",
            "local-preference", "community", "extended-community", "large-community", "originator-id",
            "cluster-list", "aggregator", "atomic-aggregate", "path-information", "label", "rd",
            "route-distinguisher", "aigp", "split", "watchdog", "name", "withdraw", "attribute", "bgp-prefix-sid",
            "bgp-prefix-sid-srv6");

    /** The SRv6 endpoint behavior of a {@code bgp-prefix-sid-srv6} that gives none: Opaque (RFC 8986 §10.2). */
    public static final int OPAQUE_BEHAVIOR = 0xFFFF;

    /** Most prefixes one {@code split} may give. */
    public static final int MAX_SPLIT = 65536;

    private RouteParser() {
    }

    /** Routes of one line of API text, e.g. {@code route 10.0.0.0/24 next-hop self med 100}; next hop optional. */
    public static List<ConfigRoute> parse(String text) throws RouteSyntaxException {
        return parse(text, false);
    }

    /**
     * Routes of one line of text, as {@link #parse(List, boolean)} of its {@link Token#split tokens} reads them. The
     * common form ({@code route <prefix> next-hop <ip> [origin, as-path, med, local-preference, community]}) is read
     * straight from the text, without tokens: the API's hot path; the same routes, and anything else (errors
     * included) goes through the tokens.
     */
    public static List<ConfigRoute> parse(String text, boolean nextHopRequired) throws RouteSyntaxException {
        List<ConfigRoute> simple = SimpleRouteText.parse(text, nextHopRequired);
        return simple != null ? simple : parse(Token.split(text), nextHopRequired);
    }

    /**
     * Routes of words split at white space (an API command's arguments): what {@link #parse(String, boolean)} makes
     * of them joined by spaces; the common form is read from the words themselves, without joining and splitting.
     */
    public static List<ConfigRoute> parseWords(List<String> words, boolean nextHopRequired)
            throws RouteSyntaxException {
        List<ConfigRoute> simple = SimpleRouteText.parseWords(words, nextHopRequired);
        return simple != null ? simple : parse(String.join(" ", words), nextHopRequired);
    }

    /**
     * Routes of tokens in one of the three forms.
     *
     * @param nextHopRequired whether a route without {@code next-hop} is an error (announcements); when not, such a
     *     route gets the unspecified address of its AFI (withdrawals need none)
     */
    public static List<ConfigRoute> parse(List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        Cursor c = new Cursor(tokens);
        Token first = c.next("route, ipv4, ipv6, attributes, flow or vpls");
        String word = first.text().toLowerCase(Locale.ROOT);
        switch (word) {
            case "route":
                return routes(c, null, nextHopRequired);
            case "flow":
                return FlowParser.parse(tokens);
            case "vpls":
                return List.of(VplsParser.parse(tokens, nextHopRequired));
            case "sr-policy":
                return List.of(SrPolicyParser.parse(tokens, nextHopRequired));
            case "ipv4":
            case "ipv6":
                Token safi = c.next("a SAFI (unicast, multicast, nlri-mpls, mpls-vpn, mcast-vpn, flow, flow-vpn, sr-policy)");
                int code = Family.safiCode(safi.text());
                if (code == Family.SAFI_FLOW || code == Family.SAFI_FLOW_VPN) {
                    return FlowParser.parse(tokens);
                }
                if (code == Family.SAFI_MCAST_VPN) {
                    return List.of(McastVpnParser.parse(tokens, nextHopRequired));
                }
                if (code == Family.SAFI_SR_POLICY) {
                    return List.of(SrPolicyParser.parse(tokens, nextHopRequired));
                }
                if (code == Family.SAFI_MUP) {
                    return List.of(MupParser.parse(tokens, nextHopRequired));
                }
                if (code != Family.SAFI_UNICAST && code != Family.SAFI_MULTICAST && code != Family.SAFI_LABELED
                        && code != Family.SAFI_MPLS_VPN) {
                    throw new RouteSyntaxException(safi, "unsupported family '" + word + " " + safi.text()
                            + "', expected unicast, multicast, nlri-mpls, mpls-vpn, mcast-vpn, mup, flow, flow-vpn or "
                            + "sr-policy");
                }
                return routes(c, new Family(Family.afiCode(word), code), nextHopRequired);
            case "attribute":
            case "attributes":
                return attributesNlri(c, nextHopRequired);
            default:
                throw new RouteSyntaxException(first, "unexpected '" + first.text()
                        + "', expected route, ipv4, ipv6, attributes, flow or vpls");
        }
    }

    /**
     * Path attributes alone (no prefix, no next hop, no flags): what a VPLS or flow route carries. Only the BGP
     * attribute keywords are accepted.
     */
    public static List<Attribute> pathAttributes(List<Token> tokens) throws RouteSyntaxException {
        Cursor c = new Cursor(tokens);
        Attrs a = new Attrs();
        while (c.hasNext()) {
            Token k = c.next("an attribute");
            switch (k.text()) {
                case "next-hop", "path-information", "label", "rd", "route-distinguisher", "split", "watchdog",
                        "name", "withdraw" -> throw new RouteSyntaxException(k, "'" + k.text()
                                + "' is not a path attribute here");
                default -> attribute(c, k, a);
            }
        }
        return a.attributes();
    }

    private static List<ConfigRoute> routes(Cursor c, Family family, boolean required) throws RouteSyntaxException {
        Token prefix = c.next("a prefix");
        if (prefix.quoted() || isPunctuation(prefix)) {
            throw new RouteSyntaxException(prefix, "expected a prefix, got '" + prefix.text() + "'");
        }
        Token keyword = prefix;
        Attrs a = new Attrs();
        while (c.hasNext()) {
            attribute(c, c.next("an attribute"), a);
        }
        return build(List.of(prefix), keyword, family, a, required);
    }

    private static List<ConfigRoute> attributesNlri(Cursor c, boolean required) throws RouteSyntaxException {
        Token start = c.last();
        Attrs a = new Attrs();
        while (true) {
            Token k = c.next("attributes then 'nlri <prefix> ...'");
            if (k.is("nlri")) {
                break;
            }
            attribute(c, k, a);
        }
        List<Token> prefixes = new ArrayList<>();
        while (c.hasNext()) {
            prefixes.add(c.next("a prefix"));
        }
        if (prefixes.isEmpty()) {
            throw new RouteSyntaxException(c.last(), "expected a prefix after 'nlri'");
        }
        return build(prefixes, start, null, a, required);
    }

    private static List<ConfigRoute> build(List<Token> prefixes, Token where, Family family, Attrs a,
            boolean required) throws RouteSyntaxException {
        List<Attribute> attributes = a.attributes();
        List<ConfigRoute> out = new ArrayList<>();
        for (Token t : prefixes) {
            IpPrefix p;
            try {
                p = IpPrefix.parse(t.text(), a.pathId);
            } catch (IllegalArgumentException e) {
                throw new RouteSyntaxException(t, "invalid prefix '" + t.text() + "', expected <ip>/<length>");
            }
            int afi = p.family().afi();
            if (family != null && family.afi() != afi) {
                throw new RouteSyntaxException(t, "prefix '" + t.text() + "' is not " + Family.afiName(family.afi()));
            }
            List<IpPrefix> expanded = split(p, a, t);
            for (IpPrefix q : expanded) {
                Nlri nlri = nlri(q, family, a, t);
                Route route;
                try {
                    if (a.self) {
                        route = Route.self(nlri, attributes);
                    } else if (a.nextHop != null) {
                        route = Route.of(nlri, a.nextHop, attributes);
                    } else if (required) {
                        throw new RouteSyntaxException(where, "missing next-hop for route " + t.text()
                                + ", expected next-hop <ip> or next-hop self");
                    } else {
                        route = Route.of(nlri, new byte[afi == Family.AFI_IPV6 ? 16 : 4], attributes);
                    }
                } catch (IllegalArgumentException e) {
                    throw new RouteSyntaxException(t, "invalid route " + t.text() + ": " + e.getMessage());
                }
                out.add(new ConfigRoute(route, a.name, a.watchdog, a.withdraw, a.unsupported));
            }
        }
        return out;
    }

    private static List<IpPrefix> split(IpPrefix p, Attrs a, Token t) throws RouteSyntaxException {
        if (a.split < 0) {
            return List.of(p);
        }
        int max = p.address().length * 8;
        if (a.split < p.length() || a.split > max) {
            throw new RouteSyntaxException(a.splitToken, "invalid split /" + a.split + " for " + t.text()
                    + ", expected a length from " + p.length() + " to " + max);
        }
        int bits = a.split - p.length();
        if (bits > 16) {
            throw new RouteSyntaxException(a.splitToken, "split /" + a.split + " of " + t.text() + " gives more than "
                    + MAX_SPLIT + " prefixes");
        }
        List<IpPrefix> out = new ArrayList<>(1 << bits);
        for (int i = 0; i < 1 << bits; i++) {
            byte[] addr = p.address();
            // clear host bits past the prefix, then set the sub-prefix number in bits [length, split)
            for (int b = p.length(); b < max; b++) {
                addr[b / 8] &= (byte) ~(0x80 >>> (b % 8));
            }
            for (int k = 0; k < bits; k++) {
                if ((i >>> (bits - 1 - k) & 1) != 0) {
                    int b = p.length() + k;
                    addr[b / 8] |= (byte) (0x80 >>> (b % 8));
                }
            }
            out.add(new IpPrefix(p.family(), addr, a.split, p.pathId()));
        }
        return out;
    }

    private static Nlri nlri(IpPrefix p, Family family, Attrs a, Token t) throws RouteSyntaxException {
        int afi = p.family().afi();
        int safi = family != null ? family.safi()
                : a.rd != null ? Family.SAFI_MPLS_VPN : a.labels != null ? Family.SAFI_LABELED : Family.SAFI_UNICAST;
        try {
            switch (safi) {
                case Family.SAFI_UNICAST, Family.SAFI_MULTICAST -> {
                    return p.with(new Family(afi, safi), p.pathId());
                }
                case Family.SAFI_LABELED -> {
                    if (a.labels == null) {
                        throw new RouteSyntaxException(t, "missing label for nlri-mpls route " + t.text()
                                + ", expected label <n>");
                    }
                    return LabeledPrefix.of(p, a.labels);
                }
                default -> {
                    if (a.rd == null) {
                        throw new RouteSyntaxException(t, "missing rd for mpls-vpn route " + t.text()
                                + ", expected rd <rd>");
                    }
                    if (a.labels == null) {
                        throw new RouteSyntaxException(t, "missing label for mpls-vpn route " + t.text()
                                + ", expected label <n>");
                    }
                    return VpnPrefix.of(p, a.rd, a.labels);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(t, "invalid route " + t.text() + ": " + e.getMessage());
        }
    }

    /** Reads one attribute whose keyword is {@code k} into {@code a}. */
    static void attribute(Cursor c, Token k, Attrs a) throws RouteSyntaxException {
        String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
        switch (key) {
            case "next-hop" -> {
                Token v = c.value("an IP address or self", k);
                if (v.text().equalsIgnoreCase("self")) {
                    a.self = true;
                    a.nextHop = null;
                } else {
                    a.self = false;
                    a.nextHop = ip(v, "next-hop");
                }
            }
            case "origin" -> {
                Token v = c.value("igp, egp or incomplete", k);
                a.put(wrap(v, "origin", "igp, egp or incomplete", () -> Origin.parse(v.text())));
            }
            case "as-path" -> a.put(asPath(c, k));
            case "med" -> a.put(new Med(number(c.value("a number", k), "med", 0xFFFFFFFFL)));
            case "local-preference" ->
                a.put(new LocalPref(number(c.value("a number", k), "local-preference", 0xFFFFFFFFL)));
            case "community" -> {
                List<Token> l = c.list("communities", k);
                int[] v = new int[l.size()];
                for (int i = 0; i < v.length; i++) {
                    Token t = l.get(i);
                    v[i] = wrap(t, "community", "<asn>:<n>, a number or a name such as no-export",
                            () -> Community.parse(t.text()));
                }
                // ExaBGP sends communities in ascending order whatever the order written (its conformance data)
                for (int i = 0; i < v.length; i++) {
                    v[i] ^= Integer.MIN_VALUE;
                }
                java.util.Arrays.sort(v);
                for (int i = 0; i < v.length; i++) {
                    v[i] ^= Integer.MIN_VALUE;
                }
                a.put(Communities.wrap(v));
            }
            case "extended-community" -> {
                List<Token> l = c.list("extended communities", k);
                StringBuilder sb = new StringBuilder();
                for (Token t : l) {
                    sb.append(t.text()).append(' ');
                }
                Token at = l.isEmpty() ? k : l.get(0);
                try {
                    a.put(ExtendedCommunities.wrap(ExtendedCommunity.parseList(sb.toString())));
                } catch (IllegalArgumentException e) {
                    throw new RouteSyntaxException(at, e.getMessage());
                }
            }
            case "large-community" -> {
                List<Token> l = c.list("large communities", k);
                String[] v = texts(l);
                Token at = l.isEmpty() ? k : l.get(0);
                a.put(wrap(at, "large-community", "<a>:<b>:<c>", () -> LargeCommunities.parse(v)));
            }
            case "originator-id" -> {
                Token v = c.value("an IPv4 address", k);
                a.put(new OriginatorId(ipv4(v, "originator-id")));
            }
            case "cluster-list" -> {
                List<Token> l = c.list("IPv4 addresses", k);
                int[] ids = new int[l.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = ipv4(l.get(i), "cluster-list");
                }
                a.put(ClusterList.wrap(ids));
            }
            case "aggregator" -> {
                boolean paren = c.peekIs("(");
                if (paren) {
                    c.next("(");
                }
                Token v = c.value("<asn>:<ipv4>", k);
                if (paren) {
                    c.expect(")", "')' after the aggregator");
                }
                int colon = v.text().indexOf(':');
                if (colon < 0) {
                    throw new RouteSyntaxException(v, "invalid aggregator '" + v.text() + "', expected <asn>:<ipv4>");
                }
                long asn = number(new Token(v.text().substring(0, colon), v.line(), v.column()), "aggregator AS",
                        0xFFFFFFFFL);
                int address = ipv4(new Token(v.text().substring(colon + 1), v.line(), v.column() + colon + 1),
                        "aggregator address");
                a.put(new Aggregator(asn, address));
            }
            case "atomic-aggregate" -> a.put(AtomicAggregate.INSTANCE);
            case "aigp" -> {
                Token v = c.value("a number", k);
                try {
                    a.put(Aigp.of(Long.parseUnsignedLong(v.text())));
                } catch (NumberFormatException e) {
                    throw new RouteSyntaxException(v, "invalid aigp '" + v.text() + "', expected 0..2^64-1");
                }
            }
            case "path-information" -> {
                Token v = c.value("a number or an IPv4 address", k);
                a.pathId = v.text().indexOf('.') >= 0 ? ipv4(v, "path-information")
                        : (int) number(v, "path-information", 0xFFFFFFFFL);
            }
            case "label" -> {
                List<Token> l = c.list("labels", k);
                int[] labels = new int[l.size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = (int) number(l.get(i), "label", 0xFFFFF);
                }
                if (labels.length == 0) {
                    throw new RouteSyntaxException(k, "expected at least one label after 'label'");
                }
                a.labels = labels;
            }
            case "rd", "route-distinguisher" -> {
                Token v = c.value("a route distinguisher", k);
                a.rd = wrap(v, "rd", "<asn>:<n> or <ipv4>:<n>", () -> RouteDistinguisher.parse(v.text()));
            }
            case "split" -> {
                Token v = c.value("/<length>", k);
                if (!v.text().startsWith("/") || v.text().length() < 2 || v.text().length() > 4) {
                    throw new RouteSyntaxException(v, "invalid split '" + v.text() + "', expected /<length>");
                }
                a.split = (int) number(new Token(v.text().substring(1), v.line(), v.column() + 1), "split", 128);
                a.splitToken = v;
            }
            case "watchdog" -> {
                Token v = c.value("a watchdog name", k);
                if (v.text().equalsIgnoreCase("announce") || v.text().equalsIgnoreCase("withdraw")) {
                    throw new RouteSyntaxException(v, "invalid watchdog name " + v.text()
                            + ", expected a name other than announce and withdraw");
                }
                a.watchdog = v.text();
            }
            case "name" -> a.name = c.value("a name", k).text();
            case "withdraw" -> a.withdraw = true;
            case "attribute" -> {
                List<Token> l = c.list("[ <code> <flags> <value> ]", k);
                if (l.size() != 3) {
                    throw new RouteSyntaxException(l.isEmpty() ? k : l.get(0),
                            "expected attribute [ <code> <flags> <0xvalue> ], got " + l.size() + " values");
                }
                int code = (int) number(l.get(0), "attribute code", 0xFF);
                int flags = (int) number(l.get(1), "attribute flags", 0xFF);
                Token v = l.get(2);
                String hex = v.text().startsWith("0x") || v.text().startsWith("0X") ? v.text().substring(2) : null;
                if (hex == null || hex.length() % 2 != 0 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                    throw new RouteSyntaxException(v, "invalid attribute value '" + v.text()
                            + "', expected 0x and an even number of hex digits");
                }
                a.unknown.put(code, UnknownAttribute.of(code, flags, Hex.decode(hex)));
            }
            case "bgp-prefix-sid" -> a.put(prefixSid(c, k));
            case "bgp-prefix-sid-srv6" -> a.put(prefixSidSrv6(c, k));
            default -> throw new RouteSyntaxException(k, "unknown route attribute '" + k.text() + "', expected one of "
                    + String.join(", ", ATTRIBUTES));
        }
    }

    /** {@code [ <index> ]} or {@code [ <index> [ ( <base> <range> ) ... ] ]}, commas being blanks. */
    private static PrefixSid prefixSid(Cursor c, Token k) throws RouteSyntaxException {
        c.expect("[", "'[' after '" + k.text() + "'");
        long index = number(c.value("a label index", k), "label index", 0xFFFFFFFFL);
        List<Integer> srgbs = new ArrayList<>();
        if (c.peekIs("[")) {
            c.next("[");
            while (!c.peekIs("]")) {
                c.expect("(", "'(' opening an SRGB ( <base>,<range> ) or ']'");
                srgbs.add((int) number(c.value("an SRGB base", k), "SRGB base", 0xFFFFFF));
                srgbs.add((int) number(c.value("an SRGB range", k), "SRGB range", 0xFFFFFF));
                c.expect(")", "')' closing the SRGB");
            }
            c.next("]");
            if (srgbs.isEmpty()) {
                throw new RouteSyntaxException(c.last(), "expected at least one SRGB ( <base>,<range> )");
            }
        }
        c.expect("]", "']' closing bgp-prefix-sid");
        return PrefixSid.labelIndex(index, srgbs.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * {@code ( l3-service|l2-service <sid> [ <behavior> [ <block> <node> <function> <argument> <tlen> <toff> ] ] )};
     * without a behavior, {@link #OPAQUE_BEHAVIOR}.
     */
    private static PrefixSid prefixSidSrv6(Cursor c, Token k) throws RouteSyntaxException {
        c.expect("(", "'(' after '" + k.text() + "'");
        Token service = c.value("l3-service or l2-service", k);
        int type = switch (service.text().toLowerCase(Locale.ROOT)) {
            case "l3-service" -> PrefixSid.TLV_SRV6_L3_SERVICE;
            case "l2-service" -> PrefixSid.TLV_SRV6_L2_SERVICE;
            default -> throw new RouteSyntaxException(service, "invalid SRv6 service '" + service.text()
                    + "', expected l3-service or l2-service");
        };
        Token sidToken = c.value("an IPv6 SID", service);
        byte[] sid;
        try {
            sid = IpAddresses.parseIpv6(sidToken.text());
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(sidToken, "invalid SRv6 SID '" + sidToken.text()
                    + "', expected an IPv6 address");
        }
        int behavior = c.peekIs(")") ? OPAQUE_BEHAVIOR
                : (int) number(c.value("an endpoint behavior or ')'", sidToken), "endpoint behavior", 0xFFFF);
        int[] structure = null;
        if (c.peekIs("[")) {
            List<Token> l = c.list("SID structure lengths", k);
            if (l.size() != 6) {
                throw new RouteSyntaxException(l.isEmpty() ? k : l.get(0), "expected 6 SID structure lengths "
                        + "[ block, node, function, argument, transposition length, offset ], got " + l.size());
            }
            structure = new int[6];
            for (int i = 0; i < 6; i++) {
                structure[i] = (int) number(l.get(i), "SID structure length", 0xFF);
            }
        }
        c.expect(")", "')' closing bgp-prefix-sid-srv6");
        return PrefixSid.srv6Service(type, sid, behavior, structure);
    }

    private static AsPath asPath(Cursor c, Token k) throws RouteSyntaxException {
        if (!c.peekIs("[")) {
            Token v = c.value("[ <asn> ... ] or an ASN", k);
            return AsPath.sequence(number(v, "ASN", 0xFFFFFFFFL));
        }
        Token open = c.next("[");
        List<AsPath.Segment> segments = new ArrayList<>();
        List<Long> sequence = new ArrayList<>();
        while (true) {
            Token t = c.next("']' closing the as-path opened at column " + open.column());
            if (t.is("]")) {
                break;
            }
            if (t.is("(")) {
                flush(segments, sequence, AsPath.AS_SEQUENCE);
                List<Long> set = new ArrayList<>();
                while (true) {
                    Token s = c.next("')' closing the AS set");
                    if (s.is(")")) {
                        break;
                    }
                    set.add(number(s, "ASN", 0xFFFFFFFFL));
                }
                flush(segments, set, AsPath.AS_SET);
            } else {
                sequence.add(number(t, "ASN", 0xFFFFFFFFL));
            }
        }
        flush(segments, sequence, AsPath.AS_SEQUENCE);
        return AsPath.of(segments);
    }

    private static void flush(List<AsPath.Segment> segments, List<Long> asns, int type) {
        if (!asns.isEmpty()) {
            long[] a = new long[asns.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = asns.get(i);
            }
            segments.add(AsPath.Segment.of(type, a));
            asns.clear();
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T wrap(Token t, String what, String expected, Parse<T> p) throws RouteSyntaxException {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(t, "invalid " + what + " '" + t.text() + "', expected " + expected);
        }
    }

    private static String[] texts(List<Token> l) {
        String[] s = new String[l.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = l.get(i).text();
        }
        return s;
    }

    /** A decimal (or 0x hexadecimal) number from 0 to {@code max}. */
    static long number(Token t, String what, long max) throws RouteSyntaxException {
        String s = t.text();
        long v;
        try {
            v = s.startsWith("0x") || s.startsWith("0X") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            v = -1;
        }
        if (v < 0 || v > max || s.startsWith("+")) {
            throw new RouteSyntaxException(t, "invalid " + what + " '" + s + "', expected a number from 0 to " + max);
        }
        return v;
    }

    static byte[] ip(Token t, String what) throws RouteSyntaxException {
        try {
            return IpAddresses.parse(t.text());
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(t, "invalid " + what + " '" + t.text() + "', expected an IP address");
        }
    }

    private static int ipv4(Token t, String what) throws RouteSyntaxException {
        try {
            return IpAddresses.parseIpv4(t.text());
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(t, "invalid " + what + " '" + t.text() + "', expected an IPv4 address");
        }
    }

    static boolean isPunctuation(Token t) {
        return !t.quoted() && t.text().length() == 1 && "[](){};".contains(t.text());
    }

    /** The attributes being read. */
    static final class Attrs {
        final Map<Integer, Attribute> known = new TreeMap<>();
        final Map<Integer, Attribute> unknown = new TreeMap<>();
        byte[] nextHop;
        boolean self;
        int pathId;
        int[] labels;
        RouteDistinguisher rd;
        int split = -1;
        Token splitToken;
        String watchdog;
        String name;
        boolean withdraw;
        final List<String> unsupported = new ArrayList<>();

        void put(Attribute a) {
            known.put(a.typeCode(), a);
        }

        List<Attribute> attributes() {
            Map<Integer, Attribute> all = new TreeMap<>(known);
            all.putAll(unknown);
            List<Attribute> out = new ArrayList<>(all.values());
            out.sort(Comparator.comparingInt(Attribute::typeCode));
            return out;
        }
    }

    /** Reads tokens, with errors that name the last token read when the text ends early. */
    static final class Cursor {
        private final List<Token> tokens;
        private int i;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean hasNext() {
            return i < tokens.size();
        }

        boolean peekIs(String s) {
            return i < tokens.size() && tokens.get(i).is(s);
        }

        /** The text of the next token (there must be one). */
        String peekText() {
            return tokens.get(i).text();
        }

        Token last() {
            return i == 0 ? (tokens.isEmpty() ? null : tokens.get(0)) : tokens.get(i - 1);
        }

        Token next(String expected) throws RouteSyntaxException {
            if (i >= tokens.size()) {
                Token last = last();
                throw new RouteSyntaxException(last, last == null ? "expected " + expected
                        : "expected " + expected + " after '" + last.text() + "'");
            }
            return tokens.get(i++);
        }

        /** One word that is not punctuation: the value of {@code key}. */
        Token value(String expected, Token key) throws RouteSyntaxException {
            if (i >= tokens.size()) {
                throw new RouteSyntaxException(key, "expected " + expected + " after '" + key.text() + "'");
            }
            Token t = tokens.get(i++);
            if (isPunctuation(t)) {
                throw new RouteSyntaxException(t, "expected " + expected + " after '" + key.text() + "', got '"
                        + t.text() + "'");
            }
            return t;
        }

        void expect(String s, String expected) throws RouteSyntaxException {
            Token t = next(expected);
            if (!t.is(s)) {
                throw new RouteSyntaxException(t, "expected " + expected + ", got '" + t.text() + "'");
            }
        }

        /** {@code [ a b c ]} or one value. */
        List<Token> list(String expected, Token key) throws RouteSyntaxException {
            if (!peekIs("[")) {
                return List.of(value(expected + " or [ ... ]", key));
            }
            Token open = next("[");
            List<Token> out = new ArrayList<>();
            while (true) {
                Token t = next("']' closing the list opened at column " + open.column());
                if (t.is("]")) {
                    return out;
                }
                if (isPunctuation(t)) {
                    throw new RouteSyntaxException(t, "expected " + expected + " or ']', got '" + t.text() + "'");
                }
                out.add(t);
            }
        }

        /** A bracketed or parenthesised group, nested groups included, as text; or one word. */
        String group(Token key) throws RouteSyntaxException {
            if (!peekIs("[") && !peekIs("(")) {
                return value("a value", key).text();
            }
            StringBuilder sb = new StringBuilder();
            int depth = 0;
            do {
                Token t = next("the end of the group after '" + key.text() + "'");
                if (t.is("[") || t.is("(")) {
                    depth++;
                } else if (t.is("]") || t.is(")")) {
                    depth--;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.text());
            } while (depth > 0);
            return sb.toString();
        }
    }
}
