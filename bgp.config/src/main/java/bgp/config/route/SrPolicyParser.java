package bgp.config.route;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.srpolicy.Segment;
import bgp.codec.srpolicy.SegmentList;
import bgp.codec.srpolicy.SrPolicy;
import bgp.codec.srpolicy.SrPolicyNlri;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ExaBGP's SR Policy route text (RFC 9830), as the configuration's {@code static} and {@code announce ipv4|ipv6}
 * sections and the API's {@code announce|withdraw ipv4|ipv6 sr-policy} write it:
 * {@code [ipv4|ipv6] sr-policy distinguisher <n> color <n> endpoint <ip> next-hop <ip>|self [preference <n>]
 * [priority <n>] [enlp <n>] [binding-sid mpls <label>] [srv6-binding-sid <ipv6>] [policy-name <name>]
 * [candidate-path-name <name>] (segment-list [weight <n>] (segment <segment>)...)... <path attributes>}, the
 * family from the AFI word or else from the endpoint. Segments ({@link Segment}; {@code sid} is an MPLS label for C to
 * H and an SRv6 SID for I to K; {@code endpoint-behavior <behavior> <lb> <ln> <fun> <arg>}):
 * <pre>
 *  type-a mpls &lt;label&gt;
 *  type-b srv6 &lt;sid&gt; [endpoint-behavior ...]
 *  type-c ipv4 &lt;ip&gt; algorithm &lt;n&gt; [sid &lt;label&gt;]
 *  type-d ipv6 &lt;ip&gt; algorithm &lt;n&gt; [sid &lt;label&gt;]
 *  type-e local-if-id &lt;n&gt; ipv4 &lt;ip&gt; [sid &lt;label&gt;]
 *  type-f local &lt;ipv4&gt; remote &lt;ipv4&gt; [sid &lt;label&gt;]
 *  type-g local-if-id &lt;n&gt; local-ipv6 &lt;ip&gt; remote-if-id &lt;n&gt; remote-ipv6 &lt;ip&gt; [sid &lt;label&gt;]
 *  type-h local &lt;ipv6&gt; remote &lt;ipv6&gt; [sid &lt;label&gt;]
 *  type-i ipv6 &lt;ip&gt; algorithm &lt;n&gt; [sid &lt;ipv6&gt; [endpoint-behavior ...]]
 *  type-j as type-g, algorithm &lt;n&gt; [sid &lt;ipv6&gt; [endpoint-behavior ...]]
 *  type-k local &lt;ipv6&gt; remote &lt;ipv6&gt; algorithm &lt;n&gt; [sid &lt;ipv6&gt; [endpoint-behavior ...]]
 * </pre>
 * The policy goes out as a Tunnel Encapsulation attribute with one SR Policy tunnel ({@link SrPolicy#encode} gives
 * ExaBGP's sub-TLV order); an announcement always carries it, a withdrawal only when it gives policy fields.
 */
public final class SrPolicyParser {
    private static final Set<String> POLICY = Set.of("distinguisher", "color", "endpoint", "next-hop",
            "preference", "priority", "enlp", "binding-sid", "srv6-binding-sid", "policy-name", "candidate-path-name",
            "segment-list", "segment");
    private static final Map<Character, Set<String>> FIELDS = Map.ofEntries(
            Map.entry('A', Set.of("mpls")),
            Map.entry('B', Set.of("srv6", "endpoint-behavior")),
            Map.entry('C', Set.of("ipv4", "algorithm", "sid")),
            Map.entry('D', Set.of("ipv6", "algorithm", "sid")),
            Map.entry('E', Set.of("local-if-id", "ipv4", "sid")),
            Map.entry('F', Set.of("local", "remote", "sid")),
            Map.entry('G', Set.of("local-if-id", "local-ipv6", "remote-if-id", "remote-ipv6", "sid")),
            Map.entry('H', Set.of("local", "remote", "sid")),
            Map.entry('I', Set.of("ipv6", "algorithm", "sid", "endpoint-behavior")),
            Map.entry('J', Set.of("local-if-id", "local-ipv6", "remote-if-id", "remote-ipv6", "algorithm", "sid",
                    "endpoint-behavior")),
            Map.entry('K', Set.of("local", "remote", "algorithm", "sid", "endpoint-behavior")));

    private SrPolicyParser() {
    }

    /**
     * A route from tokens starting with {@code ipv4|ipv6 sr-policy} or {@code sr-policy}.
     *
     * @param nextHopRequired whether a missing next hop is an error (announcements); when not, the route gets the
     *     unspecified address of its AFI
     */
    public static ConfigRoute parse(List<Token> tokens, boolean nextHopRequired) throws RouteSyntaxException {
        int i = 0;
        Family family = null;
        if (!tokens.get(0).is("sr-policy")) {
            family = new Family(Family.afiCode(tokens.get(0).text()), Family.SAFI_SR_POLICY);
            i = 1;
        }
        Token kind = tokens.get(i++);
        long distinguisher = -1;
        long color = -1;
        byte[] endpoint = null;
        String nextHop = null;
        boolean policyGiven = false;
        SrPolicy.Builder policy = SrPolicy.builder();
        List<SegmentList> lists = new ArrayList<>();
        long weight = -1;
        List<Segment> segments = null;
        List<Token> attributes = new ArrayList<>();
        while (i < tokens.size()) {
            Token k = tokens.get(i++);
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            if (!POLICY.contains(key)) {
                attributes.add(k);
                continue;
            }
            if (i >= tokens.size()) {
                throw new RouteSyntaxException(k, "missing value for " + key + " in sr-policy");
            }
            Token v = tokens.get(i++);
            try {
                switch (key) {
                    case "distinguisher" -> distinguisher = RouteParser.number(v, key, 0xFFFFFFFFL);
                    case "color" -> color = RouteParser.number(v, key, 0xFFFFFFFFL);
                    case "endpoint" -> endpoint = address(v, key, 0);
                    case "next-hop" -> {
                        if (!v.is("self")) {
                            address(v, key, 0);
                        }
                        nextHop = v.text();
                    }
                    case "preference" -> policy.preference(RouteParser.number(v, key, 0xFFFFFFFFL));
                    case "priority" -> policy.priority((int) RouteParser.number(v, key, 255));
                    case "enlp" -> policy.enlp((int) RouteParser.number(v, key, 255));
                    case "binding-sid" -> {
                        if (!v.is("mpls") || i >= tokens.size()) {
                            throw new RouteSyntaxException(v, "expected 'mpls <label>' after binding-sid");
                        }
                        policy.mplsBindingSid(RouteParser.number(tokens.get(i++), "label", 0xFFFFF));
                    }
                    case "srv6-binding-sid" -> policy.srv6BindingSid(address(v, key, 16));
                    case "policy-name" -> policy.policyName(v.text());
                    case "candidate-path-name" -> policy.candidatePathName(v.text());
                    case "segment-list" -> {
                        if (segments != null) {
                            lists.add(new SegmentList(weight, segments));
                        }
                        segments = new ArrayList<>();
                        weight = -1;
                        if (v.is("weight")) {
                            if (i >= tokens.size()) {
                                throw new RouteSyntaxException(v, "missing value for weight in sr-policy");
                            }
                            weight = RouteParser.number(tokens.get(i++), "weight", 0xFFFFFFFFL);
                        } else {
                            i--;
                        }
                    }
                    default -> { // segment
                        if (segments == null) {
                            throw new RouteSyntaxException(k, "segment outside a segment-list, expected "
                                    + "'segment-list [weight <n>] segment ...'");
                        }
                        i = segment(tokens, i - 2, segments);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new RouteSyntaxException(v, "invalid sr-policy " + key + ": " + e.getMessage());
            }
            policyGiven |= !key.equals("distinguisher") && !key.equals("color") && !key.equals("endpoint")
                    && !key.equals("next-hop");
        }
        if (segments != null) {
            lists.add(new SegmentList(weight, segments));
        }
        lists.forEach(policy::segmentList);
        if (distinguisher < 0) {
            throw new RouteSyntaxException(kind, "missing distinguisher in sr-policy, expected distinguisher <n>");
        }
        if (color < 0) {
            throw new RouteSyntaxException(kind, "missing color in sr-policy, expected color <n>");
        }
        if (endpoint == null) {
            throw new RouteSyntaxException(kind, "missing endpoint in sr-policy, expected endpoint <ip>");
        }
        SrPolicyNlri nlri = new SrPolicyNlri(distinguisher, color, endpoint, 0);
        if (family != null && !family.equals(nlri.family())) {
            throw new RouteSyntaxException(kind, "endpoint " + nlri.endpointText() + " is not "
                    + Family.afiName(family.afi()));
        }
        if (nextHop == null) {
            if (nextHopRequired) {
                throw new RouteSyntaxException(kind, "missing next-hop in sr-policy, expected next-hop <ip>");
            }
            nextHop = endpoint.length == 4 ? "0.0.0.0" : "::";
        }
        List<Attribute> path = new ArrayList<>(RouteParser.pathAttributes(attributes));
        try {
            if (nextHopRequired || policyGiven) {
                path.add(TunnelEncapsulation.srPolicy(policy.build()));
            }
            return ConfigRoute.of(Route.of(nlri, nextHop, path));
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(kind, "invalid sr-policy route: " + e.getMessage());
        }
    }

    /** Reads {@code segment type-x <fields>} from {@code at} (the word segment); returns where the next word is. */
    private static int segment(List<Token> tokens, int at, List<Segment> out) throws RouteSyntaxException {
        Token t = tokens.get(at + 1);
        String name = t.text().toLowerCase(Locale.ROOT);
        char letter = name.length() == 6 && name.startsWith("type-") ? Character.toUpperCase(name.charAt(5)) : 0;
        Set<String> allowed = FIELDS.get(letter);
        if (allowed == null || t.quoted()) {
            throw new RouteSyntaxException(t, "unknown segment '" + t.text() + "', expected type-a to type-k");
        }
        Map<String, Token> values = new HashMap<>();
        int[] behavior = null;
        int i = at + 2;
        while (i < tokens.size()) {
            Token k = tokens.get(i);
            String key = k.quoted() ? "" : k.text().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                break;
            }
            if (values.containsKey(key) || key.equals("endpoint-behavior") && behavior != null) {
                throw new RouteSyntaxException(k, "duplicate " + key + " in segment " + name);
            }
            int need = key.equals("endpoint-behavior") ? 5 : 1;
            if (i + need >= tokens.size()) {
                throw new RouteSyntaxException(k, "missing value for " + key + " in segment " + name
                        + (need == 5 ? ", expected endpoint-behavior <behavior> <lb> <ln> <fun> <arg>" : ""));
            }
            if (need == 5) {
                behavior = new int[5];
                for (int j = 0; j < 5; j++) {
                    behavior[j] = (int) RouteParser.number(tokens.get(i + 1 + j), key, j == 0 ? 0xFFFF : 255);
                }
            } else {
                values.put(key, tokens.get(i + 1));
            }
            i += 1 + need;
        }
        int type = Segment.typeOf(letter);
        boolean srv6 = letter == 'B' || letter == 'I' || letter == 'J' || letter == 'K';
        boolean mplsSid = letter >= 'C' && letter <= 'H';
        long label = -1;
        byte[] sid = null;
        if (letter == 'A') {
            label = RouteParser.number(required(values, "mpls", t, name), "label", 0xFFFFF);
        } else if (letter == 'B') {
            sid = address(required(values, "srv6", t, name), "srv6", 16);
        } else if (values.containsKey("sid")) {
            if (mplsSid) {
                label = RouteParser.number(values.get("sid"), "label", 0xFFFFF);
            } else {
                sid = address(values.get("sid"), "sid", 16);
            }
        }
        if (behavior != null && sid == null) {
            throw new RouteSyntaxException(t, "endpoint-behavior needs an SRv6 sid in segment " + name);
        }
        byte[] local = null;
        byte[] remote = null;
        long localIf = 0;
        long remoteIf = 0;
        switch (letter) {
            case 'C', 'E' -> local = address(required(values, "ipv4", t, name), "ipv4", 4);
            case 'D', 'I' -> local = address(required(values, "ipv6", t, name), "ipv6", 16);
            case 'F', 'H', 'K' -> {
                int size = letter == 'F' ? 4 : 16;
                local = address(required(values, "local", t, name), "local", size);
                remote = address(required(values, "remote", t, name), "remote", size);
            }
            case 'G', 'J' -> {
                local = address(required(values, "local-ipv6", t, name), "local-ipv6", 16);
                remote = address(required(values, "remote-ipv6", t, name), "remote-ipv6", 16);
                remoteIf = RouteParser.number(required(values, "remote-if-id", t, name), "remote-if-id",
                        0xFFFFFFFFL);
            }
            default -> {
            }
        }
        if (letter == 'E' || letter == 'G' || letter == 'J') {
            localIf = RouteParser.number(required(values, "local-if-id", t, name), "local-if-id", 0xFFFFFFFFL);
        }
        int algorithm = values.containsKey("algorithm")
                ? (int) RouteParser.number(values.get("algorithm"), "algorithm", 255) : 0;
        try {
            out.add(Segment.build(type, algorithm, localIf, local, remoteIf, remote, label, srv6 ? sid : null,
                    behavior));
        } catch (IllegalArgumentException e) {
            throw new RouteSyntaxException(t, "invalid segment " + name + ": " + e.getMessage());
        }
        return i;
    }

    private static Token required(Map<String, Token> values, String key, Token where, String name)
            throws RouteSyntaxException {
        Token v = values.get(key);
        if (v == null) {
            throw new RouteSyntaxException(where, "missing " + key + " in segment " + name);
        }
        return v;
    }

    /** An address of {@code size} bytes (4 or 16; 0 for either). */
    private static byte[] address(Token v, String key, int size) throws RouteSyntaxException {
        byte[] a;
        try {
            a = v.quoted() ? null : IpAddresses.parse(v.text());
        } catch (IllegalArgumentException e) {
            a = null;
        }
        if (a == null || size != 0 && a.length != size) {
            throw new RouteSyntaxException(v, "invalid " + key + " '" + v.text() + "', expected an "
                    + (size == 4 ? "IPv4" : size == 16 ? "IPv6" : "IP") + " address");
        }
        return a;
    }
}
