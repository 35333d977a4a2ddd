package bgp.config.route;

import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ExaBGP's VPLS route text (RFC 4761), as the API's {@code announce|withdraw vpls ...} and the configuration's
 * {@code l2vpn { vpls ...; }} write it: {@code vpls rd <rd> endpoint <ve-id> base <label> offset <n> size <n>
 * next-hop <ip>|self [name <n>] [withdraw] <path attributes>}, the keywords in any order. The label base is a
 * 20-bit label, the others 16-bit numbers, and {@code base + size} must fit 20 bits (ExaBGP's "vpls nlri size
 * inconsistency"). The path attributes are those of {@link RouteParser#pathAttributes}.
 */
public final class VplsParser {
    /** The VPLS keywords (the rest are path attributes). */
    public static final List<String> KEYWORDS = List.of("rd", "route-distinguisher", "endpoint", "base", "offset",
            "size", "next-hop", "name", "withdraw");

    private VplsParser() {
    }

    /** The fields of a VPLS route before it becomes a {@link Route}. */
    public record Fields(String name, VplsNlri nlri, String nextHop, List<Attribute> attributes, boolean withdraw) {
    }

    /**
     * A route from tokens starting with {@code vpls}.
     *
     * @param nextHopRequired whether a missing next hop is an error (announcements); when not, the route gets
     *     {@code 0.0.0.0} (withdrawals need none)
     */
    public static ConfigRoute parse(List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        if (tokens.isEmpty() || !tokens.get(0).is("vpls")) {
            throw new RouteSyntaxException(tokens.isEmpty() ? null : tokens.get(0), "expected vpls");
        }
        Fields f = fields(tokens.get(0), tokens.subList(1, tokens.size()), nextHopRequired);
        return route(f, tokens.get(0));
    }

    /** The route of parsed fields. */
    public static ConfigRoute route(Fields f, Token at) throws RouteSyntaxException {
        return route(f.nlri(), f, at);
    }

    /** The route of parsed fields with another NLRI object for the same route (see the configuration's parser). */
    public static ConfigRoute route(Nlri nlri, Fields f, Token at) throws RouteSyntaxException {
        try {
            Route r = Route.of(nlri, f.nextHop(), f.attributes());
            return new ConfigRoute(r, f.name(), null, f.withdraw(), List.of());
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(at, "invalid vpls route: " + e.getMessage());
        }
    }

    /**
     * The fields of a VPLS route from its keyword tokens (without {@code vpls}); {@code at} is where errors about
     * what is missing point.
     */
    public static Fields fields(Token at, List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        RouteDistinguisher rd = null;
        long[] numbers = {-1, -1, -1, -1};
        String nextHop = null;
        String name = null;
        boolean withdraw = false;
        List<Token> attributes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            if (!KEYWORDS.contains(key)) {
                attributes.add(k);
                continue;
            }
            if (key.equals("withdraw")) {
                withdraw = true;
                continue;
            }
            if (i + 1 >= tokens.size()) {
                throw new RouteSyntaxException(k, "missing value for " + key + " in vpls");
            }
            Token v = tokens.get(++i);
            switch (key) {
                case "endpoint" -> numbers[0] = RouteParser.number(v, key, 0xFFFF);
                case "base" -> numbers[1] = RouteParser.number(v, key, 0xFFFFF);
                case "offset" -> numbers[2] = RouteParser.number(v, key, 0xFFFF);
                case "size" -> numbers[3] = RouteParser.number(v, key, 0xFFFF);
                case "rd", "route-distinguisher" -> {
                    try {
                        rd = RouteDistinguisher.parse(v.text());
                    } catch (IllegalArgumentException e) {
                        throw new RouteSyntaxException(v, "invalid rd '" + v.text()
                                + "', expected <asn>:<n> or <ipv4>:<n>");
                    }
                }
                case "next-hop" -> {
                    if (v.is("self")) {
                        nextHop = "self";
                    } else {
                        try {
                            IpAddresses.parse(v.text());
                        } catch (IllegalArgumentException e) {
                            throw new RouteSyntaxException(v, "invalid next-hop '" + v.text()
                                    + "', expected an IP address or self");
                        }
                        nextHop = v.text();
                    }
                }
                default -> name = v.text();
            }
        }
        String[] names = {"endpoint", "base", "offset", "size"};
        for (int i = 0; i < 4; i++) {
            if (numbers[i] < 0) {
                throw new RouteSyntaxException(at, "missing " + names[i] + " in vpls, expected " + names[i] + " <n>");
            }
        }
        if (rd == null) {
            throw new RouteSyntaxException(at, "missing rd in vpls, expected rd <rd>");
        }
        if (numbers[1] + numbers[3] > 0xFFFFF) {
            throw new RouteSyntaxException(at, "vpls label base " + numbers[1] + " with size " + numbers[3]
                    + " exceeds 20 bits (1048575)");
        }
        if (nextHop == null) {
            if (nextHopRequired) {
                throw new RouteSyntaxException(at, "missing next-hop in vpls, expected next-hop <ip>");
            }
            nextHop = "0.0.0.0";
        }
        VplsNlri nlri = VplsNlri.of(rd, (int) numbers[0], (int) numbers[1], (int) numbers[2], (int) numbers[3]);
        return new Fields(name, nlri, nextHop, RouteParser.pathAttributes(attributes), withdraw);
    }
}
