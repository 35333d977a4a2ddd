package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.attribute.Ipv6ExtendedCommunities;
import bgp.codec.nlri.FlowRule;
import bgp.codec.nlri.FlowSpec;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads ExaBGP's flowspec routes (RFC 8955/8956) into {@link ConfigRoute}s, for the configuration's
 * {@code flow { route <name> { rd ..; next-hop ..; match { .. } then { .. } } }} and the API's forms:
 * <ul>
 * <li>{@code flow route [<name>] { match { source 10.0.0.0/24; destination-port =80; } then { discard; } }};</li>
 * <li>{@code flow route source 10.0.0.0/24 destination-port =80 discard} (one line: match conditions, actions and
 * attributes in any order);</li>
 * <li>{@code ipv4|ipv6 flow|flow-vpn destination-ipv4 10.0.0.0/24 protocol =tcp extended-community [rate-limit:0]}.</li>
 * </ul>
 * Match conditions ({@link #MATCH}): {@code destination}/{@code source} (also {@code -ipv4}/{@code -ipv6}) with a
 * prefix, {@code <ipv6>/<length>/<offset>} for IPv6; the others with one value or {@code [ v1 v2 ]}, each ORed, a
 * value being terms joined by {@code &} (ANDed): numeric terms {@code [=|>|<|>=|<=|!=]<n or name>} ({@code =} when no
 * operator), bitmask terms ({@code tcp-flags}, {@code fragment}) {@code [=|!|!=]<name>[+<name>...]}.
 * Actions ({@link #THEN}): {@code accept}, {@code discard} (rate-limit 0), {@code rate-limit <bytes/s> [packets]},
 * {@code redirect <asn>:<n>|<ipv4>:<n>|<ip>} (an address is a next hop with redirect-to-nexthop),
 * {@code redirect-to-nexthop [<ip>]}, {@code redirect-to-nexthop-ietf <ip>}, {@code copy <ip>},
 * {@code mark <dscp>}, {@code action sample|terminal|sample-terminal}; plus the route attributes of
 * {@link RouteParser} ({@code community}, {@code extended-community}, {@code rd}, {@code next-hop}, ...). An
 * {@code rd} makes the route flow-vpn. Extended communities are sent in ascending order, as ExaBGP sends them. A
 * route without a next hop is sent with none ({@link Route#NO_NEXT_HOP}).
 */
public final class FlowParser {
    /** The match keywords. */
    public static final List<String> MATCH = List.of("source", "destination", "source-ipv4", "destination-ipv4",
            "source-ipv6", "destination-ipv6", "port", "source-port", "destination-port", "protocol", "next-header",
            "packet-length", "fragment", "icmp-type", "icmp-code", "tcp-flags", "dscp", "traffic-class",
            "flow-label");
    /** The action keywords (beside the attributes). */
    public static final List<String> THEN = List.of("accept", "discard", "rate-limit", "redirect",
            "redirect-to-nexthop", "redirect-to-nexthop-ietf", "copy", "mark", "action");

    /** The {@code scope} keywords: {@code interface-set [ transitive|non-transitive:<direction>:<asn>:<group> ... ]}. */
    public static final List<String> SCOPE = List.of("interface-set");

    private FlowParser() {
    }

    /** What a route is being built from. */
    private static final class Rule {
        final Family given;
        final List<Token> keys = new ArrayList<>();
        final List<List<Token>> values = new ArrayList<>();
        final RouteParser.Attrs attrs = new RouteParser.Attrs();
        final List<Long> actions = new ArrayList<>();
        byte[] ipv6Action;
        byte[] actionNextHop;
        boolean ipv6Hint;

        Rule(Family given) {
            this.given = given;
        }
    }

    /**
     * A configured flow route: its statements, each the keyword token then its values ({@code rd}, {@code next-hop},
     * the {@code match} and {@code then} statements); {@code where} is the route's own token for errors.
     */
    public static ConfigRoute route(List<List<Token>> statements, Token where) throws RouteSyntaxException {
        Rule r = new Rule(null);
        for (List<Token> s : statements) {
            statement(r, s);
        }
        return build(r, where);
    }

    /**
     * The API's flow forms, from the word after the verb: {@code flow route ...} or
     * {@code ipv4|ipv6 flow|flow-vpn ...}.
     */
    public static List<ConfigRoute> parse(List<Token> tokens) throws RouteSyntaxException {
        RouteParser.Cursor c = new RouteParser.Cursor(tokens);
        Token first = c.next("flow, ipv4 or ipv6");
        Family family = null;
        String w = first.text().toLowerCase(Locale.ROOT);
        if (w.equals("ipv4") || w.equals("ipv6")) {
            Token safi = c.next("flow or flow-vpn");
            family = new Family(Family.afiCode(w), Family.safiCode(safi.text()));
            if (!FlowSpec.isFlow(family)) {
                throw new RouteSyntaxException(safi, "expected flow or flow-vpn, got '" + safi.text() + "'");
            }
        } else if (w.equals("flow")) {
            Token route = c.next("route");
            if (!route.is("route")) {
                throw new RouteSyntaxException(route, "expected 'route' after 'flow', got '" + route.text() + "'");
            }
        } else {
            throw new RouteSyntaxException(first, "expected flow, ipv4 or ipv6, got '" + first.text() + "'");
        }
        List<Token> rest = new ArrayList<>();
        boolean block = false;
        while (c.hasNext()) {
            for (Token t : structural(c.next("a word"))) {
                block |= t.is("{");
                rest.add(t);
            }
        }
        Rule r = new Rule(family);
        Token where = rest.isEmpty() ? first : rest.get(0);
        if (block) {
            block(r, rest);
        } else {
            line(r, rest);
        }
        return List.of(build(r, where));
    }

    /** A word split at {@code { } ;}, which the command tokenizer leaves inside words. */
    private static List<Token> structural(Token t) {
        String s = t.text();
        if (t.quoted() || (s.indexOf('{') < 0 && s.indexOf('}') < 0 && s.indexOf(';') < 0)) {
            return List.of(t);
        }
        List<Token> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || "{};".indexOf(s.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(new Token(s.substring(start, i), t.line(), t.column() + start));
                }
                if (i < s.length()) {
                    out.add(new Token(String.valueOf(s.charAt(i)), t.line(), t.column() + i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** {@code [<name>] { match { s; ... } then { s; ... } rd x; next-hop y; }}: statements between ; { }. */
    private static void block(Rule r, List<Token> tokens) throws RouteSyntaxException {
        List<Token> words = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("{")) {
                // a section header (match, then, scope) or the route's name before its block
                if (words.size() > 1 || (words.size() == 1 && depth > 0 && !isSection(words.get(0)))) {
                    throw new RouteSyntaxException(t, "unexpected '{' after '" + words.get(words.size() - 1).text()
                            + "'");
                }
                words.clear();
                depth++;
            } else if (t.is("}") || t.is(";")) {
                if (!words.isEmpty()) {
                    statement(r, words);
                    words = new ArrayList<>();
                }
                if (t.is("}") && --depth < 0) {
                    throw new RouteSyntaxException(t, "unexpected '}'");
                }
            } else {
                words.add(t);
            }
        }
        if (depth != 0) {
            throw new RouteSyntaxException(tokens.get(tokens.size() - 1), "missing '}' at the end of the flow route");
        }
        if (!words.isEmpty()) {
            statement(r, words);
        }
    }

    private static boolean isSection(Token t) {
        return t.is("match") || t.is("then") || t.is("scope");
    }

    /** One statement: the keyword and all its values. */
    private static void statement(Rule r, List<Token> words) throws RouteSyntaxException {
        Token k = words.get(0);
        String key = k.text().toLowerCase(Locale.ROOT);
        List<Token> args = words.subList(1, words.size());
        if (FlowSpec.componentType(key) >= 0) {
            List<Token> values = new ArrayList<>();
            for (Token t : args) {
                if (!t.is("[") && !t.is("]")) {
                    values.add(t);
                }
            }
            if (values.isEmpty()) {
                throw new RouteSyntaxException(k, "expected a value after '" + k.text() + "'");
            }
            component(r, k, values);
            return;
        }
        RouteParser.Cursor c = new RouteParser.Cursor(words);
        c.next("a keyword");
        if (THEN.contains(key)) {
            action(r, c, k);
        } else if (SCOPE.contains(key)) {
            interfaceSet(r, c, k);
        } else {
            RouteParser.attribute(c, k, r.attrs);
        }
        if (c.hasNext()) {
            Token extra = c.next("nothing");
            throw new RouteSyntaxException(extra, "unexpected '" + extra.text() + "' after '" + k.text() + "'");
        }
    }

    /** The one-line form: keywords one after the other, each with its value or [ values ]. */
    private static void line(Rule r, List<Token> tokens) throws RouteSyntaxException {
        RouteParser.Cursor c = new RouteParser.Cursor(tokens);
        while (c.hasNext()) {
            Token k = c.next("a match condition, an action or an attribute");
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            if (FlowSpec.componentType(key) >= 0) {
                component(r, k, c.list("values", k));
            } else if (THEN.contains(key)) {
                action(r, c, k);
            } else if (SCOPE.contains(key)) {
                interfaceSet(r, c, k);
            } else {
                RouteParser.attribute(c, k, r.attrs);
            }
        }
    }

    /**
     * {@code interface-set <v>} or {@code interface-set [ <v> ... ]}, each {@code <v>} being
     * {@code transitive|non-transitive:input|output|input-output:<asn>:<group>}: one interface-set extended community
     * each, sent with the actions' (ExaBGP's flow {@code scope}).
     */
    private static void interfaceSet(Rule r, RouteParser.Cursor c, Token k) throws RouteSyntaxException {
        for (Token v : c.list("interface-set values", k)) {
            try {
                r.actions.add(ExtendedCommunity.parse("interface-set:" + v.text()));
            } catch (IllegalArgumentException e) {
                throw new RouteSyntaxException(v, "invalid interface-set '" + v.text()
                        + "', expected transitive|non-transitive:input|output|input-output:<asn>:<group>");
            }
        }
    }

    private static void component(Rule r, Token k, List<Token> values) throws RouteSyntaxException {
        String key = k.text().toLowerCase(Locale.ROOT);
        int type = FlowSpec.componentType(key);
        for (int i = 0; i < r.keys.size(); i++) {
            if (FlowSpec.componentType(r.keys.get(i).text()) == type) {
                throw new RouteSyntaxException(k, "'" + k.text() + "' given twice in one flow route");
            }
        }
        if (key.endsWith("-ipv6") || key.equals("next-header") || key.equals("traffic-class")
                || key.equals("flow-label")) {
            r.ipv6Hint = true;
        }
        if ((type == FlowSpec.DESTINATION || type == FlowSpec.SOURCE) && values.get(0).text().indexOf(':') >= 0) {
            r.ipv6Hint = true;
        }
        r.keys.add(k);
        r.values.add(values);
    }

    // ------------------------------------------------------------------ actions

    private static void action(Rule r, RouteParser.Cursor c, Token k) throws RouteSyntaxException {
        switch (k.text().toLowerCase(Locale.ROOT)) {
            case "accept" -> { }
            case "discard" -> r.actions.add(ExtendedCommunity.trafficRate(0, 0f));
            case "rate-limit" -> {
                Token v = c.value("a rate in bytes per second", k);
                float rate = rate(v);
                if (c.peekIs("packets")) {
                    c.next("packets");
                    r.actions.add(ExtendedCommunity.trafficRatePackets(0, rate));
                } else {
                    if (c.peekIs("bytes")) {
                        c.next("bytes");
                    }
                    r.actions.add(ExtendedCommunity.trafficRate(0, rate));
                }
            }
            case "redirect" -> redirect(r, c.value("<asn>:<n>, <ipv4>:<n> or an IP address", k));
            case "redirect-to-nexthop" -> {
                r.actions.add(ExtendedCommunity.redirectToNextHop(false));
                if (c.hasNext() && isAddress(c.peekText())) {
                    r.actionNextHop = RouteParser.ip(c.next("an IP address"), "redirect-to-nexthop");
                }
            }
            case "redirect-to-nexthop-ietf" -> {
                Token v = c.value("an IP address", k);
                byte[] ip = RouteParser.ip(v, "redirect-to-nexthop-ietf");
                if (ip.length == 4) {
                    r.actions.add(ExtendedCommunity.redirectToNextHopIetf(IpAddresses.parseIpv4(v.text()), false));
                } else {
                    r.ipv6Action = Ipv6ExtendedCommunities.redirectToNextHop(ip, false);
                }
            }
            case "copy" -> {
                r.actionNextHop = RouteParser.ip(c.value("an IP address", k), "copy");
                r.actions.add(ExtendedCommunity.redirectToNextHop(true));
            }
            case "mark" -> r.actions.add(ExtendedCommunity.trafficMark(
                    (int) RouteParser.number(c.value("a DSCP value", k), "mark", 63)));
            case "action" -> {
                Token v = c.value("sample, terminal or sample-terminal", k);
                r.actions.add(switch (v.text().toLowerCase(Locale.ROOT)) {
                    case "sample" -> ExtendedCommunity.trafficAction(true, false);
                    case "terminal" -> ExtendedCommunity.trafficAction(false, true);
                    case "sample-terminal" -> ExtendedCommunity.trafficAction(true, true);
                    default -> throw new RouteSyntaxException(v, "invalid action '" + v.text()
                            + "', expected sample, terminal or sample-terminal");
                });
            }
            default -> throw new RouteSyntaxException(k, "unknown flow action '" + k.text() + "'");
        }
    }

    private static float rate(Token v) throws RouteSyntaxException {
        try {
            float f = Float.parseFloat(v.text());
            if (f >= 0 && !Float.isInfinite(f) && !v.text().startsWith("+") && Character.isDigit(v.text().charAt(0))) {
                return f;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new RouteSyntaxException(v, "invalid rate-limit '" + v.text() + "', expected a number of bytes per"
                + " second");
    }

    private static boolean isAddress(String s) {
        try {
            IpAddresses.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code <asn>:<n>} (0x8008, 0x8208 beyond 2-octet ASNs), {@code <ipv4>:<n>} (0x8108), or a next hop. */
    private static void redirect(Rule r, Token v) throws RouteSyntaxException {
        String s = v.text();
        if (isAddress(s)) {
            r.actionNextHop = IpAddresses.parse(s);
            r.actions.add(ExtendedCommunity.redirectToNextHop(false));
            return;
        }
        int colon = s.lastIndexOf(':');
        String global = colon > 0 ? s.substring(0, colon) : "";
        String local = colon > 0 ? s.substring(colon + 1) : "";
        try {
            if (global.indexOf('.') >= 0) {
                int ip = IpAddresses.parseIpv4(global);
                long n = Long.parseLong(local);
                if (n < 0 || n > 0xFFFF) {
                    throw new IllegalArgumentException();
                }
                r.actions.add(ExtendedCommunity.redirectIpv4(ip, (int) n));
                return;
            }
            long asn = Long.parseLong(global);
            long n = Long.parseLong(local);
            if (asn >= 0 && n >= 0) {
                r.actions.add(ExtendedCommunity.redirect(asn, n));
                return;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new RouteSyntaxException(v, "invalid redirect '" + s + "', expected <asn>:<n>, <ipv4>:<n> or an IP"
                + " address");
    }

    // ------------------------------------------------------------------ the route

    private static ConfigRoute build(Rule r, Token where) throws RouteSyntaxException {
        if (r.keys.isEmpty()) {
            throw new RouteSyntaxException(where, "a flow route needs at least one match condition, e.g. source"
                    + " <prefix>");
        }
        RouteParser.Attrs a = r.attrs;
        Family family = r.given;
        if (family == null) {
            family = new Family(r.ipv6Hint ? Family.AFI_IPV6 : Family.AFI_IPV4,
                    a.rd != null ? Family.SAFI_FLOW_VPN : Family.SAFI_FLOW);
        } else if (a.rd != null && family.safi() == Family.SAFI_FLOW) {
            family = new Family(family.afi(), Family.SAFI_FLOW_VPN);
        }
        if (FlowSpec.isVpn(family) && a.rd == null) {
            throw new RouteSyntaxException(where, "missing rd for a " + family + " route, expected rd <rd>");
        }
        FlowRule.Builder b = FlowRule.builder(family).pathId(a.pathId);
        if (a.rd != null) {
            b.rd(a.rd.value());
        }
        for (int i = 0; i < r.keys.size(); i++) {
            components(b, r.keys.get(i), r.values.get(i));
        }
        FlowRule rule;
        try {
            rule = b.build();
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(where, "invalid flow route: " + e.getMessage());
        }
        if (!r.actions.isEmpty() || a.known.containsKey(ExtendedCommunities.TYPE)) {
            List<Long> all = new ArrayList<>(r.actions);
            Attribute given = a.known.remove(ExtendedCommunities.TYPE);
            if (given instanceof ExtendedCommunities e) {
                for (int i = 0; i < e.size(); i++) {
                    all.add(e.get(i));
                }
            }
            long[] v = all.stream().mapToLong(Long::longValue).distinct().toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] ^= Long.MIN_VALUE;
            }
            Arrays.sort(v); // ascending as unsigned, as ExaBGP sends them
            for (int i = 0; i < v.length; i++) {
                v[i] ^= Long.MIN_VALUE;
            }
            a.put(ExtendedCommunities.wrap(v));
        }
        if (r.ipv6Action != null) {
            a.put(Ipv6ExtendedCommunities.wrap(r.ipv6Action));
        }
        List<Attribute> attributes = a.attributes();
        try {
            Route route;
            if (a.self) {
                route = Route.self(rule, attributes);
            } else if (a.nextHop != null) {
                route = Route.of(rule, a.nextHop, attributes);
            } else if (r.actionNextHop != null) {
                route = Route.of(rule, r.actionNextHop, attributes);
            } else {
                route = Route.of(rule, Route.NO_NEXT_HOP, attributes);
            }
            return new ConfigRoute(route, a.name, a.watchdog, a.withdraw, a.unsupported);
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(where, "invalid flow route: " + e.getMessage());
        }
    }

    private static void components(FlowRule.Builder b, Token k, List<Token> values) throws RouteSyntaxException {
        int type = FlowSpec.componentType(k.text());
        int afi = b.family().afi();
        String name = FlowSpec.componentName(afi, type);
        if (name == null) {
            throw new RouteSyntaxException(k, "'" + k.text() + "' is not a match condition of " + b.family());
        }
        try {
            if (type == FlowSpec.DESTINATION || type == FlowSpec.SOURCE) {
                if (values.size() != 1) {
                    throw new RouteSyntaxException(values.get(1), "one prefix expected after '" + k.text() + "'");
                }
                prefix(b, type, values.get(0));
                return;
            }
            List<Integer> ops = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            for (Token v : values) {
                String[] terms = v.text().split("&", -1);
                for (int i = 0; i < terms.length; i++) {
                    int and = i == 0 ? 0 : FlowSpec.AND;
                    long[] opValue = FlowSpec.isBitmask(type) ? bitmask(type, terms[i], v) : numeric(type, terms[i], v);
                    ops.add(and | (int) opValue[0]);
                    numbers.add(opValue[1]);
                }
            }
            b.component(type, ops.stream().mapToInt(Integer::intValue).toArray(),
                    numbers.stream().mapToLong(Long::longValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(k, "invalid " + k.text() + ": " + e.getMessage());
        }
    }

    private static void prefix(FlowRule.Builder b, int type, Token v) throws RouteSyntaxException {
        String[] parts = v.text().split("/", -1);
        boolean v6 = b.family().afi() == Family.AFI_IPV6;
        try {
            if (parts.length < 2 || parts.length > (v6 ? 3 : 2)) {
                throw new IllegalArgumentException();
            }
            byte[] address = IpAddresses.parse(parts[0]);
            int length = Integer.parseInt(parts[1]);
            int offset = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
            b.prefix(type, address, length, offset);
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(v, "invalid prefix '" + v.text() + "' for " + b.family() + ", expected "
                    + (v6 ? "<ipv6>/<length>[/<offset>]" : "<ipv4>/<length>"));
        }
    }

    private static long max(int type) {
        return switch (type) {
            case FlowSpec.PROTOCOL, FlowSpec.ICMP_TYPE, FlowSpec.ICMP_CODE -> 0xFF;
            case FlowSpec.DSCP -> 0xFF;
            case FlowSpec.FLOW_LABEL -> 0xFFFFF;
            default -> 0xFFFF;
        };
    }

    /** {@code [op, value]} of a numeric term: {@code =80}, {@code >=1024}, {@code !=tcp}, {@code udp}. */
    private static long[] numeric(int type, String term, Token at) throws RouteSyntaxException {
        String t = term;
        int op;
        if (t.startsWith("!=")) {
            op = FlowSpec.LT | FlowSpec.GT;
            t = t.substring(2);
        } else if (t.startsWith(">=")) {
            op = FlowSpec.GT | FlowSpec.EQ;
            t = t.substring(2);
        } else if (t.startsWith("<=")) {
            op = FlowSpec.LT | FlowSpec.EQ;
            t = t.substring(2);
        } else if (t.startsWith(">")) {
            op = FlowSpec.GT;
            t = t.substring(1);
        } else if (t.startsWith("<")) {
            op = FlowSpec.LT;
            t = t.substring(1);
        } else if (t.startsWith("=")) {
            op = FlowSpec.EQ;
            t = t.substring(1);
        } else if (t.equalsIgnoreCase("true")) {
            return new long[] {FlowSpec.LT | FlowSpec.GT | FlowSpec.EQ, 0};
        } else if (t.equalsIgnoreCase("false")) {
            return new long[] {0, 0};
        } else {
            op = FlowSpec.EQ;
        }
        long v = FlowSpec.valueOf(type, t);
        if (v < 0) {
            try {
                v = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            } catch (NumberFormatException e) {
                v = -1;
            }
        }
        if (v < 0 || v > max(type) || t.startsWith("+")) {
            throw new RouteSyntaxException(at, "invalid value '" + term + "', expected [=|>|<|>=|<=|!=] and a number"
                    + " from 0 to " + max(type) + (type == FlowSpec.PROTOCOL || type == FlowSpec.ICMP_TYPE
                    || type == FlowSpec.ICMP_CODE ? " or a name" : ""));
        }
        return new long[] {op, v};
    }

    /** {@code [op, value]} of a bitmask term: {@code syn}, {@code =rst}, {@code !=push}, {@code ack+cwr}. */
    private static long[] bitmask(int type, String term, Token at) throws RouteSyntaxException {
        String t = term;
        int op = 0;
        if (t.startsWith("!=")) {
            op = FlowSpec.NOT | FlowSpec.MATCH;
            t = t.substring(2);
        } else if (t.startsWith("!")) {
            op = FlowSpec.NOT;
            t = t.substring(1);
        } else if (t.startsWith("=")) {
            op = FlowSpec.MATCH;
            t = t.substring(1);
        }
        long v = 0;
        for (String name : t.split("\\+", -1)) {
            int bit = type == FlowSpec.TCP_FLAGS ? FlowSpec.tcpFlag(name) : FlowSpec.fragmentFlag(name);
            if (bit < 0) {
                try {
                    bit = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    bit = -1;
                }
            }
            if (bit < 0 || bit > 0xFF) {
                throw new RouteSyntaxException(at, "invalid value '" + term + "', expected [=|!|!=] and "
                        + (type == FlowSpec.TCP_FLAGS ? "fin, syn, rst, push, ack, urg, ece, cwr"
                        : "dont-fragment, is-fragment, first-fragment, last-fragment, not-a-fragment")
                        + " joined by +");
            }
            v |= bit;
        }
        return new long[] {op, v};
    }
}
