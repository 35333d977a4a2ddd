package bgp.config.internal;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.l2vpn.VplsNlri;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.config.ApiConfig;
import bgp.config.ConfigError;
import bgp.config.Configuration;
import bgp.config.FlowRoute;
import bgp.config.NeighborConfig;
import bgp.config.NeighborOptions;
import bgp.config.ProcessConfig;
import bgp.config.Statement;
import bgp.config.VplsRoute;
import bgp.config.route.ConfigRoute;
import bgp.config.route.FlowParser;
import bgp.config.route.RouteParser;
import bgp.config.route.RouteSyntaxException;
import bgp.config.route.VplsParser;
import bgp.config.route.Token;
import bgp.reactor.Neighbor;
import bgp.rib.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ExaBGP's configuration grammar on the {@link Node}s of a file: builds the {@link Configuration} and collects every
 * error (a bad statement is reported and skipped, so one pass finds them all). Defaults are ExaBGP's; a keyword given
 * alone takes the value ExaBGP gives it alone ({@link #ALONE}).
 */
final class ConfigParser {

    /** The families ExaBGP knows, which a neighbor without a {@code family} block negotiates (ExaBGP's order). */
    static final List<Family> KNOWN_FAMILIES = List.of(Family.IPV4_UNICAST, Family.IPV4_MULTICAST,
            Family.IPV4_LABELED, Family.IPV4_MPLS_VPN, new Family(Family.AFI_IPV4, Family.SAFI_FLOW),
            new Family(Family.AFI_IPV4, Family.SAFI_FLOW_VPN), Family.IPV6_UNICAST, Family.IPV6_MULTICAST,
            Family.IPV6_LABELED, Family.IPV6_MPLS_VPN, new Family(Family.AFI_IPV6, Family.SAFI_FLOW),
            new Family(Family.AFI_IPV6, Family.SAFI_FLOW_VPN), new Family(Family.AFI_L2VPN, Family.SAFI_VPLS),
            new Family(Family.AFI_L2VPN, Family.SAFI_EVPN), new Family(Family.AFI_IPV4, Family.SAFI_RTC),
            new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS), new Family(Family.AFI_BGPLS, Family.SAFI_BGPLS_VPN));

    static final List<String> TOP = List.of("process", "template", "neighbor");
    static final List<String> PROCESS = List.of("run", "encoder", "respawn");
    static final List<String> NEIGHBOR = List.of("inherit", "description", "host-name", "domain-name", "router-id",
            "hold-time", "rate-limit", "local-address", "local-link-local", "local-as", "peer-as", "passive",
            "listen", "connect", "source-interface", "outgoing-ttl", "incoming-ttl", "md5-password", "md5-base64",
            "md5-ip", "group-updates", "auto-flush", "adj-rib-out", "adj-rib-in", "manual-eor", "family",
            "capability", "add-path", "nexthop", "api", "static", "announce", "flow", "l2vpn", "operational",
            "tcp-ao");
    static final List<String> CAPABILITY = List.of("nexthop", "add-path", "asn4", "graceful-restart",
            "multi-session", "operational", "route-refresh", "aigp", "extended-message", "software-version",
            "link-local-nexthop");
    static final List<String> API = List.of("processes", "processes-match", "neighbor-changes", "negotiated", "fsm",
            "signal", "send", "receive");
    static final List<String> FLOW_MATCH = List.of("source", "destination", "port", "source-port",
            "destination-port", "protocol", "next-header", "packet-length", "fragment", "icmp-type", "icmp-code",
            "tcp-flags", "dscp", "traffic-class", "flow-label");
    static final List<String> FLOW_THEN = List.of("accept", "discard", "rate-limit", "redirect",
            "redirect-to-nexthop", "redirect-to-nexthop-ietf", "copy", "mark", "action", "community",
            "large-community", "extended-community");
    static final List<String> FLOW_ROUTE = List.of("rd", "route-distinguisher", "next-hop", "match", "scope", "then");
    static final List<String> VPLS = List.of("endpoint", "base", "offset", "size", "rd", "route-distinguisher",
            "next-hop", "name", "withdraw");
    static final List<String> OPERATIONAL = List.of("asm", "adm", "rpcq", "rpcp", "apcq", "apcp", "lpcq", "lpcp");
    static final List<String> TCP_AO = List.of("keyid", "algorithm", "password", "base64");

    /** The value of a boolean keyword given alone, as ExaBGP 4.2's tables give it; others need a value. */
    static final Map<String, Boolean> ALONE = Map.ofEntries(Map.entry("passive", true),
            Map.entry("group-updates", true), Map.entry("auto-flush", true), Map.entry("adj-rib-out", false),
            Map.entry("adj-rib-in", false), Map.entry("manual-eor", false), Map.entry("md5-base64", false),
            Map.entry("nexthop", true), Map.entry("asn4", true), Map.entry("multi-session", true),
            Map.entry("operational", true), Map.entry("route-refresh", true), Map.entry("aigp", true),
            Map.entry("extended-message", true), Map.entry("software-version", true),
            Map.entry("link-local-nexthop", true), Map.entry("respawn", true));

    private final String file;
    private final Path directory;
    private final String defaultEncoder;
    private final Set<ConfigError> errors = new LinkedHashSet<>();
    private final Map<String, Node> templates = new LinkedHashMap<>();
    /**
     * The {@code static} blocks read so far: a template's block is the same node in every neighbor that inherits it,
     * so its routes are parsed once and every such neighbor holds the same (immutable) route objects.
     */
    private final Map<Node, StaticBlock> staticBlocks = new IdentityHashMap<>();
    /** The attribute lists of the {@code static} routes read so far, one object per distinct list. */
    private final Map<List<Attribute>, List<Attribute>> attributeLists = new HashMap<>();

    /** The families of the routes of a {@code static} block's list, computed once per list. */
    private final Map<List<ConfigRoute>, Set<Family>> blockFamilies = new IdentityHashMap<>();

    private Set<Family> familiesOf(List<ConfigRoute> blockRoutes) {
        return blockFamilies.computeIfAbsent(blockRoutes, l -> {
            Set<Family> out = new LinkedHashSet<>();
            Family last = null;
            for (ConfigRoute r : l) {
                Family f = r.route().family();
                if (!f.equals(last)) {
                    out.add(f);
                    last = f;
                }
            }
            return out;
        });
    }

    /** What a {@code static} block gives a neighbor: its routes (with their tokens) and its unsupported statements. */
    private record StaticBlock(List<ConfigRoute> routes, List<Token> tokens, List<Statement> unsupported) {
    }

    /** A statement that cannot be used; caught at the statement's level and recorded. */
    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Token token;

        Fail(Token token, String message) {
            super(message, null, false, false);
            this.token = token;
        }
    }

    ConfigParser(String file, Path directory) {
        this(file, directory, ProcessConfig.TEXT);
    }

    /** @param defaultEncoder the encoder of a process without {@code encoder} ({@code exabgp.api.encoder}) */
    ConfigParser(String file, Path directory, String defaultEncoder) {
        this.file = file;
        this.directory = directory;
        this.defaultEncoder = defaultEncoder;
    }

    List<ConfigError> errors() {
        return List.copyOf(errors);
    }

    Configuration parse(Path source, List<Node> top) {
        Map<String, ProcessConfig> processes = new LinkedHashMap<>();
        Map<String, Token> processTokens = new LinkedHashMap<>();
        for (Node n : top) {
            if (n.keyword().equals("template") && n.isBlock()) {
                guard(() -> templates(n));
            }
        }
        List<NeighborConfig> neighbors = new ArrayList<>();
        Map<String, Token> seen = new LinkedHashMap<>();
        List<Token> processUses = new ArrayList<>();
        for (Node n : top) {
            guard(() -> {
                switch (n.keyword()) {
                    case "template" -> block(n);
                    case "process" -> {
                        ProcessConfig p = process(n);
                        if (processes.containsKey(p.name())) {
                            throw new Fail(n.words().get(1), "duplicate process '" + p.name() + "'");
                        }
                        processes.put(p.name(), p);
                        processTokens.put(p.name(), n.words().get(1));
                    }
                    case "neighbor" -> {
                        NeighborConfig c = neighbor(n, processUses);
                        String address = c.neighbor().peerAddress();
                        if (seen.containsKey(address)) {
                            throw new Fail(n.words().get(1), "duplicate peer definition " + address);
                        }
                        seen.put(address, n.words().get(1));
                        neighbors.add(c);
                    }
                    default -> throw unknown(n.head(), "at top level", TOP);
                }
            });
        }
        for (Token use : processUses) {
            if (!processes.containsKey(use.text())) {
                error(use, "unknown process '" + use.text() + "' in api, expected one of "
                        + (processes.isEmpty() ? "(no process defined)" : String.join(", ", processes.keySet())));
            }
        }
        return new Configuration(source, processes, neighbors);
    }

    // ---------------------------------------------------------------- helpers

    private void guard(Runnable r) {
        try {
            r.run();
        } catch (Fail f) {
            error(f.token, f.getMessage());
        }
    }

    private void error(Token t, String message) {
        errors.add(t == null ? new ConfigError(file, 0, 0, message)
                : new ConfigError(file, t.line(), t.column(), t.text(), message));
    }

    private static Fail unknown(Token t, String where, List<String> expected) {
        return new Fail(t, "unknown keyword '" + t.text() + "' " + where + ", expected one of "
                + String.join(", ", expected));
    }

    private static void block(Node n) {
        if (!n.isBlock()) {
            throw new Fail(n.head(), "expected '{' after '" + String.join(" ", texts(n.words())) + "'");
        }
    }

    private static void statement(Node n) {
        if (n.isBlock()) {
            throw new Fail(n.head(), "unexpected '{' after '" + n.keyword() + "', expected ';'");
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** The single value of a statement; {@code expected} says what it should be. */
    private static Token one(Node n, String expected) {
        statement(n);
        if (n.args().isEmpty()) {
            throw new Fail(n.head(), "missing value for " + n.keyword() + ", expected " + expected);
        }
        if (n.args().size() > 1) {
            throw new Fail(n.args().get(1), "unexpected '" + n.args().get(1).text() + "' after " + n.keyword() + " "
                    + n.args().get(0).text() + ", expected ';'");
        }
        return n.args().get(0);
    }

    private static long number(Node n, String expected, long min, long max) {
        Token t = one(n, expected);
        return number(t, n.keyword(), expected, min, max);
    }

    private static long number(Token t, String what, String expected, long min, long max) {
        long v;
        try {
            v = Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw new Fail(t, "invalid " + what + " '" + t.text() + "', expected " + expected);
        }
        if (v < min || v > max || t.text().startsWith("+")) {
            throw new Fail(t, "invalid " + what + " '" + t.text() + "', expected " + expected);
        }
        return v;
    }

    private static boolean bool(Node n) {
        statement(n);
        if (n.args().isEmpty()) {
            Boolean alone = ALONE.get(n.keyword());
            if (alone == null) {
                throw new Fail(n.head(), "missing value for " + n.keyword() + ", expected true or false");
            }
            return alone;
        }
        Token t = one(n, "true or false");
        return switch (t.text().toLowerCase(Locale.ROOT)) {
            case "true", "enable", "enabled" -> true;
            case "false", "disable", "disabled" -> false;
            default -> throw new Fail(t, "invalid " + n.keyword() + " '" + t.text()
                    + "', expected true, false, enable or disable");
        };
    }

    private static String address(Token t, String what) {
        try {
            return Neighbor.canonicalAddress(t.text());
        } catch (IllegalArgumentException e) {
            throw new Fail(t, "invalid " + what + " '" + t.text() + "', expected an IP address");
        }
    }

    private static String ipv4(Token t, String what) {
        try {
            return IpAddresses.ipv4(IpAddresses.parseIpv4(t.text()));
        } catch (IllegalArgumentException e) {
            throw new Fail(t, "invalid " + what + " '" + t.text() + "', expected an IPv4 address");
        }
    }

    private static Fail fail(RouteSyntaxException e, Token fallback) {
        return new Fail(e.token() != null ? e.token() : fallback, e.getMessage());
    }

    // ---------------------------------------------------------------- process, template

    private void templates(Node n) {
        for (Node c : n.children()) {
            guard(() -> {
                if (!c.keyword().equals("neighbor")) {
                    throw unknown(c.head(), "in template", List.of("neighbor"));
                }
                block(c);
                if (c.args().size() != 1) {
                    throw new Fail(c.head(), "expected one name after neighbor in template");
                }
                templates.put(c.args().get(0).text(), c);
            });
        }
    }

    private ProcessConfig process(Node n) {
        block(n);
        if (n.args().size() != 1) {
            throw new Fail(n.head(), "expected one name after process");
        }
        String name = n.args().get(0).text();
        List<String> argv = null;
        String encoder = defaultEncoder;
        boolean respawn = true;
        for (Node c : n.children()) {
            try {
                switch (c.keyword()) {
                    case "run" -> {
                        statement(c);
                        if (c.args().isEmpty()) {
                            throw new Fail(c.head(), "missing value for run, expected a program and its arguments");
                        }
                        argv = new ArrayList<>(texts(c.args()));
                        argv.set(0, program(argv.get(0)));
                    }
                    case "encoder" -> {
                        Token t = one(c, "text or json");
                        encoder = switch (t.text()) {
                            case "text" -> ProcessConfig.TEXT;
                            case "json" -> ProcessConfig.JSON;
                            default -> throw new Fail(t, "invalid encoder '" + t.text() + "', expected text or json");
                        };
                    }
                    case "respawn" -> respawn = bool(c);
                    default -> throw unknown(c.head(), "in process", PROCESS);
                }
            } catch (Fail f) {
                error(f.token, f.getMessage());
            }
        }
        if (argv == null) {
            throw new Fail(n.args().get(0), "missing run in process " + name + ", expected run <program> ...");
        }
        return new ProcessConfig(name, argv, encoder, respawn);
    }

    /**
     * A relative program path ({@code ./x}, {@code run/x}) is taken from the configuration file's directory; a bare
     * name too when such a file is there, else it is left to the PATH; an absolute path is kept.
     */
    private String program(String p) {
        if (p.startsWith("/")) {
            return p;
        }
        java.nio.file.Path local = directory.resolve(p).normalize();
        if (p.indexOf('/') < 0 && !java.nio.file.Files.isRegularFile(local)) {
            return p;
        }
        return local.toString();
    }

    // ---------------------------------------------------------------- neighbor

    /** What a neighbor block says, filled statement by statement (templates first). */
    private static final class State {
        String localAddress;
        String routerId;
        String localLinkLocal;
        Long localAs;
        Long peerAs;
        int holdTime = Neighbor.DEFAULT_HOLD_TIME;
        String description;
        String hostName;
        String domainName;
        int rateLimit;
        boolean passive;
        int listen;
        int connect;
        String sourceInterface;
        int outgoingTtl;
        int incomingTtl;
        String md5Password;
        Token md5Token;
        boolean md5Base64;
        String md5Ip;
        boolean groupUpdates = true;
        boolean autoFlush = true;
        boolean adjRibOut = true;
        boolean adjRibIn = true;
        boolean manualEor;
        final Set<Family> families = new LinkedHashSet<>();
        boolean familyBlock;
        // capabilities
        Boolean nexthop;
        int addPath; // 0 off, 1 receive, 2 send, 3 both
        boolean asn4 = true;
        Integer gracefulRestart; // null off, -1 = hold time
        boolean multiSession;
        boolean operationalCap;
        boolean routeRefresh;
        boolean aigp;
        boolean extendedMessage = true;
        boolean softwareVersion;
        boolean linkLocalNexthop;
        final Set<Family> addPathFamilies = new LinkedHashSet<>();
        final Map<Family, Integer> addPathLimits = new LinkedHashMap<>();
        final List<NeighborOptions.NextHopFamily> nexthops = new ArrayList<>();
        final List<ConfigRoute> routes = new ArrayList<>();
        /** The routes of one {@code static} block when they are all the neighbor has (shared with other neighbors). */
        List<ConfigRoute> sharedRoutes;
        final List<Token> routeTokens = new ArrayList<>();
        final List<ApiConfig> apis = new ArrayList<>();
        final List<Token> processTokens = new ArrayList<>();
        final List<FlowRoute> flows = new ArrayList<>();
        final List<VplsRoute> vpls = new ArrayList<>();
        final List<Statement> operational = new ArrayList<>();
        final List<Statement> unsupported = new ArrayList<>();
    }

    private NeighborConfig neighbor(Node n, List<Token> processUses) {
        block(n);
        if (n.args().size() != 1) {
            throw new Fail(n.head(), "expected one IP address after neighbor");
        }
        Token peerToken = n.args().get(0);
        String peer = address(peerToken, "neighbor address");
        State s = new State();
        List<Node> statements = new ArrayList<>();
        for (Node c : n.children()) {
            if (c.keyword().equals("inherit")) {
                guard(() -> {
                    statement(c);
                    if (c.args().isEmpty()) {
                        throw new Fail(c.head(), "missing value for inherit, expected a template name");
                    }
                    for (Token t : c.args()) {
                        if (t.is("[") || t.is("]")) {
                            continue;
                        }
                        Node template = templates.get(t.text());
                        if (template == null) {
                            throw new Fail(t, "unknown template '" + t.text() + "', expected one of "
                                    + (templates.isEmpty() ? "(no template defined)"
                                            : String.join(", ", templates.keySet())));
                        }
                        statements.addAll(template.children());
                    }
                });
            }
        }
        for (Node c : n.children()) {
            if (!c.keyword().equals("inherit")) {
                statements.add(c);
            }
        }
        for (Node c : statements) {
            guard(() -> neighborStatement(c, s));
        }
        processUses.addAll(s.processTokens);
        return build(n, peer, s);
    }

    private void neighborStatement(Node c, State s) {
        switch (c.keyword()) {
            case "description" -> {
                statement(c);
                s.description = String.join(" ", texts(c.args()));
            }
            case "host-name" -> s.hostName = one(c, "a host name").text();
            case "domain-name" -> s.domainName = one(c, "a domain name").text();
            case "router-id" -> s.routerId = ipv4(one(c, "an IPv4 address"), "router-id");
            case "hold-time" -> {
                long v = number(c, "0 or 3..65535", 0, 0xFFFF);
                if (v == 1 || v == 2) {
                    throw new Fail(c.args().get(0), "invalid hold-time '" + v + "', expected 0 or 3..65535");
                }
                s.holdTime = (int) v;
            }
            case "rate-limit" -> {
                Token t = one(c, "a number of messages a second or disable");
                s.rateLimit = t.text().equals("disable") ? 0
                        : (int) number(t, "rate-limit", "a number of messages a second or disable", 0,
                                Integer.MAX_VALUE);
            }
            case "local-address" -> {
                Token t = one(c, "an IP address or auto");
                s.localAddress = t.text().equals("auto") ? null : address(t, "local-address");
            }
            case "local-link-local" -> s.localLinkLocal = address(one(c, "an IPv6 address"), "local-link-local");
            case "local-as" -> s.localAs = number(c, "an ASN from 1 to 4294967295", 1, Neighbor.MAX_AS);
            case "peer-as" -> s.peerAs = number(c, "an ASN from 1 to 4294967295", 1, Neighbor.MAX_AS);
            case "passive" -> s.passive = bool(c);
            case "listen" -> s.listen = (int) number(c, "a port from 1 to 65535", 1, 0xFFFF);
            case "connect" -> s.connect = (int) number(c, "a port from 1 to 65535", 1, 0xFFFF);
            case "source-interface" -> s.sourceInterface = one(c, "an interface name").text();
            case "outgoing-ttl" -> s.outgoingTtl = ttl(c);
            case "incoming-ttl" -> s.incomingTtl = ttl(c);
            case "md5-password" -> {
                s.md5Token = one(c, "a password");
                s.md5Password = s.md5Token.text();
            }
            case "md5-base64" -> s.md5Base64 = bool(c);
            case "md5-ip" -> s.md5Ip = address(one(c, "an IP address"), "md5-ip");
            case "group-updates" -> s.groupUpdates = bool(c);
            case "auto-flush" -> s.autoFlush = bool(c);
            case "adj-rib-out" -> s.adjRibOut = bool(c);
            case "adj-rib-in" -> s.adjRibIn = bool(c);
            case "manual-eor" -> s.manualEor = bool(c);
            case "family" -> family(c, s);
            case "capability" -> capability(c, s);
            case "add-path" -> addPath(c, s);
            case "nexthop" -> nexthop(c, s);
            case "api" -> api(c, s);
            case "static" -> staticRoutes(c, s);
            case "announce" -> announce(c, s);
            case "flow" -> flow(c, s);
            case "l2vpn" -> l2vpn(c, s);
            case "operational" -> operational(c, s);
            case "tcp-ao" -> tcpAo(c, s);
            case "inherit" -> throw new Fail(c.head(), "inherit in a template, expected it in a neighbor only");
            default -> throw unknown(c.head(), "in neighbor", NEIGHBOR);
        }
    }

    /** A TTL, or {@code false}/{@code disable} for none (0), as ExaBGP reads it. */
    private static int ttl(Node c) {
        Token t = one(c, "a TTL from 1 to 255 or disable");
        return switch (t.text()) {
            case "false", "disable", "disabled" -> 0;
            default -> (int) number(t, c.keyword(), "a TTL from 1 to 255 or disable", 1, 255);
        };
    }

    private NeighborConfig build(Node n, String peer, State s) {
        Token at = n.args().get(0);
        if (s.localAs == null) {
            throw new Fail(at, "incomplete neighbor " + peer + ", missing local-as");
        }
        if (s.peerAs == null) {
            throw new Fail(at, "incomplete neighbor " + peer + ", missing peer-as");
        }
        String routerId = s.routerId;
        if (routerId == null && s.localAddress != null) {
            if (IpAddresses.isIpv6(s.localAddress)) {
                throw new Fail(at, "missing router-id for neighbor " + peer
                        + ", it can not be taken from the IPv6 local-address");
            }
            routerId = s.localAddress;
        }
        if (s.localAddress != null && IpAddresses.isIpv6(s.localAddress) != IpAddresses.isIpv6(peer)) {
            throw new Fail(at, "local-address and peer-address must be of the same family");
        }
        Set<Family> families = s.familyBlock && !s.families.isEmpty() ? s.families
                : new LinkedHashSet<>(KNOWN_FAMILIES);
        Neighbor.Builder b = Neighbor.builder(peer).localAddress(s.localAddress).localAs(s.localAs)
                .peerAs(s.peerAs).routerId(routerId).families(families).holdTime(s.holdTime).passive(s.passive)
                .outgoingTtl(s.outgoingTtl).incomingTtl(s.incomingTtl).routeRefresh(s.routeRefresh).asn4(s.asn4)
                .extendedMessage(s.extendedMessage).adjRibIn(s.adjRibIn).description(s.description)
                .hostName(s.hostName, s.domainName).linkLocalNextHop(s.linkLocalNexthop).manualEor(s.manualEor)
                .softwareVersion(s.softwareVersion ? Neighbor.SOFTWARE_VERSION : null)
                // ExaBGP groups IPv4 unicast routes of one attribute set with group-updates (its default), none
                // without
                .grouping(s.groupUpdates ? bgp.rib.AdjRibOut.Grouping.IPV4_UNICAST : bgp.rib.AdjRibOut.Grouping.NONE);
        if (s.connect != 0) {
            b.port(s.connect);
        }
        if (s.md5Password != null) {
            String password = s.md5Password;
            if (s.md5Base64) {
                try {
                    password = new String(Base64.getDecoder().decode(password), StandardCharsets.ISO_8859_1);
                } catch (IllegalArgumentException e) {
                    throw new Fail(s.md5Token, "invalid base64 encoding of the md5-password");
                }
            }
            b.md5Password(password);
        }
        if (s.gracefulRestart != null) {
            b.gracefulRestart(s.gracefulRestart < 0 ? s.holdTime : s.gracefulRestart);
        }
        if (s.addPath != 0) {
            Set<Family> addPath = s.addPathFamilies.isEmpty() ? families : s.addPathFamilies;
            for (Family f : addPath) {
                if (families.contains(f)) {
                    b.addPath(f, (s.addPath & 2) != 0, (s.addPath & 1) != 0);
                }
            }
        }
        Neighbor neighbor;
        try {
            neighbor = b.build();
        } catch (IllegalArgumentException e) {
            throw new Fail(at, e.getMessage());
        }
        Family checked = null; // the family of the route before, when it passed
        boolean shared = s.sharedRoutes != null && s.sharedRoutes.size() == s.routes.size();
        boolean allFit = shared && familiesOf(s.sharedRoutes).stream()
                .allMatch(f -> families.contains(f) || f.equals(Family.IPV4_UNICAST));
        for (int i = 0; i < (allFit ? 0 : s.routes.size()); i++) {
            Family f = s.routes.get(i).route().family();
            if (f.equals(checked)) {
                continue;
            }
            checked = f;
            if (!families.contains(f) && !f.equals(Family.IPV4_UNICAST)) {
                checked = null;
                error(s.routeTokens.get(i), "route of family " + f
                        + " but the neighbor does not announce that family, expected it in the family block");
            }
        }
        boolean nexthop = s.nexthop != null ? s.nexthop : !s.nexthops.isEmpty();
        NeighborOptions options = new NeighborOptions(s.groupUpdates, s.autoFlush, s.adjRibOut, s.manualEor,
                s.rateLimit, s.listen, s.localLinkLocal, s.sourceInterface, s.md5Ip, s.md5Base64, s.multiSession,
                s.operationalCap, s.aigp, s.softwareVersion, s.linkLocalNexthop, nexthop, s.nexthops,
                s.addPathLimits);
        List<ConfigRoute> routes = s.sharedRoutes != null && s.sharedRoutes.size() == s.routes.size() ? s.sharedRoutes
                : s.routes;
        return new NeighborConfig(neighbor, options, routes, s.apis, s.flows, s.vpls, s.operational,
                s.unsupported);
    }

    // ---------------------------------------------------------------- family, capability, add-path, nexthop

    /** {@code <afi> <safi>} of a family statement. */
    private static Family familyOf(Token afi, Token safi) {
        int a = Family.afiCode(afi.text());
        if (a < 0) {
            throw new Fail(afi, "unknown AFI '" + afi.text() + "', expected ipv4, ipv6, l2vpn or bgp-ls");
        }
        if (safi == null) {
            throw new Fail(afi, "missing SAFI after '" + afi.text() + "'");
        }
        int s = Family.safiCode(safi.text());
        boolean ok = switch (a) {
            case Family.AFI_IPV4, Family.AFI_IPV6 -> s == Family.SAFI_UNICAST || s == Family.SAFI_MULTICAST
                    || s == Family.SAFI_LABELED || s == Family.SAFI_MPLS_VPN || s == Family.SAFI_FLOW
                    || s == Family.SAFI_FLOW_VPN || s == Family.SAFI_MCAST_VPN || s == Family.SAFI_MUP
                    || s == Family.SAFI_SR_POLICY || (a == Family.AFI_IPV4 && s == Family.SAFI_RTC);
            case Family.AFI_L2VPN -> s == Family.SAFI_VPLS || s == Family.SAFI_EVPN;
            default -> s == Family.SAFI_BGPLS || s == Family.SAFI_BGPLS_VPN;
        };
        if (!ok) {
            String expected = switch (a) {
                case Family.AFI_IPV4 -> "unicast, multicast, nlri-mpls, mpls-vpn, flow, flow-vpn, mcast-vpn, mup, "
                        + "sr-policy or rtc";
                case Family.AFI_IPV6 -> "unicast, multicast, nlri-mpls, mpls-vpn, flow, flow-vpn, mcast-vpn, mup or "
                        + "sr-policy";
                case Family.AFI_L2VPN -> "vpls or evpn";
                default -> "bgp-ls or bgp-ls-vpn";
            };
            throw new Fail(safi, "unknown SAFI '" + safi.text() + "' for " + afi.text() + ", expected " + expected);
        }
        return new Family(a, s);
    }

    private void family(Node n, State s) {
        block(n);
        s.familyBlock = true;
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                if (c.keyword().equals("all")) {
                    s.families.addAll(KNOWN_FAMILIES);
                    return;
                }
                if (c.keyword().equals("minimal")) {
                    s.families.add(Family.IPV4_UNICAST);
                    s.families.add(Family.IPV6_UNICAST);
                    return;
                }
                Family f = familyOf(c.head(), c.args().isEmpty() ? null : c.args().get(0));
                if (c.args().size() > 1) {
                    throw new Fail(c.args().get(1), "unexpected '" + c.args().get(1).text() + "' after "
                            + f + ", expected ';'");
                }
                s.families.add(f);
            });
        }
    }

    private void capability(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                switch (c.keyword()) {
                    case "nexthop" -> s.nexthop = bool(c);
                    case "add-path" -> {
                        Token t = one(c, "send, receive, send/receive or disable");
                        s.addPath = switch (t.text().toLowerCase(Locale.ROOT)) {
                            case "disable", "disabled" -> 0;
                            case "receive" -> 1;
                            case "send" -> 2;
                            case "send/receive" -> 3;
                            default -> throw new Fail(t, "invalid add-path '" + t.text()
                                    + "', expected send, receive, send/receive or disable");
                        };
                    }
                    case "asn4" -> s.asn4 = bool(c);
                    case "graceful-restart" -> {
                        statement(c);
                        if (c.args().isEmpty()) {
                            s.gracefulRestart = -1;
                        } else {
                            Token t = one(c, "a time in seconds or disable");
                            s.gracefulRestart = t.text().startsWith("disable") ? null
                                    : (int) number(t, "graceful-restart", "a time from 0 to 4095 seconds or disable",
                                            0, 0xFFF);
                        }
                    }
                    case "multi-session" -> s.multiSession = bool(c);
                    case "operational" -> s.operationalCap = bool(c);
                    case "route-refresh" -> s.routeRefresh = bool(c);
                    case "aigp" -> s.aigp = bool(c);
                    case "extended-message" -> s.extendedMessage = bool(c);
                    case "software-version" -> s.softwareVersion = bool(c);
                    case "link-local-nexthop" -> s.linkLocalNexthop = bool(c);
                    default -> throw unknown(c.head(), "in capability", CAPABILITY);
                }
            });
        }
    }

    private void addPath(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                Family f = familyOf(c.head(), c.args().isEmpty() ? null : c.args().get(0));
                List<Token> rest = c.args().subList(1, c.args().size());
                if (!rest.isEmpty()) {
                    if (!rest.get(0).is("limit") || rest.size() != 2) {
                        throw new Fail(rest.get(0), "unexpected '" + rest.get(0).text() + "' after " + f
                                + ", expected ';' or limit <n>");
                    }
                    s.addPathLimits.put(f, (int) number(rest.get(1), "add-path limit", "a number from 1 to 255", 1,
                            255));
                }
                s.addPathFamilies.add(f);
            });
        }
    }

    private void nexthop(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                Family f = familyOf(c.head(), c.args().isEmpty() ? null : c.args().get(0));
                if (c.args().size() != 2) {
                    throw new Fail(c.head(), "expected <afi> <safi> <next-hop afi>, e.g. ipv4 unicast ipv6");
                }
                Token nh = c.args().get(1);
                int afi = Family.afiCode(nh.text());
                if (afi != Family.AFI_IPV4 && afi != Family.AFI_IPV6) {
                    throw new Fail(nh, "invalid next-hop AFI '" + nh.text() + "', expected ipv4 or ipv6");
                }
                s.nexthops.add(new NeighborOptions.NextHopFamily(f, afi));
            });
        }
    }

    // ---------------------------------------------------------------- api

    private void api(Node n, State s) {
        block(n);
        if (n.args().size() > 1) {
            throw new Fail(n.args().get(1), "expected at most one name after api");
        }
        String name = n.args().isEmpty() ? "" : n.args().get(0).text();
        List<String> processes = new ArrayList<>();
        List<String> match = new ArrayList<>();
        boolean[] flags = new boolean[4];
        Set<ApiConfig.Message> send = EnumSet.noneOf(ApiConfig.Message.class);
        Set<ApiConfig.Message> receive = EnumSet.noneOf(ApiConfig.Message.class);
        for (Node c : n.children()) {
            guard(() -> {
                switch (c.keyword()) {
                    case "processes", "processes-match" -> {
                        statement(c);
                        List<String> into = c.keyword().equals("processes") ? processes : match;
                        for (Token t : c.args()) {
                            if (t.is("[") || t.is("]")) {
                                continue;
                            }
                            if (into == processes) {
                                s.processTokens.add(t);
                            } else {
                                try {
                                    java.util.regex.Pattern.compile(t.text());
                                } catch (java.util.regex.PatternSyntaxException e) {
                                    throw new Fail(t, "invalid processes-match '" + t.text()
                                            + "', expected a regular expression (" + e.getDescription() + ")");
                                }
                            }
                            into.add(t.text());
                        }
                    }
                    case "neighbor-changes" -> flags[0] = boolTrue(c);
                    case "negotiated" -> flags[1] = boolTrue(c);
                    case "fsm" -> flags[2] = boolTrue(c);
                    case "signal" -> flags[3] = boolTrue(c);
                    case "send", "receive" -> {
                        block(c);
                        Set<ApiConfig.Message> into = c.keyword().equals("send") ? send : receive;
                        for (Node m : c.children()) {
                            guard(() -> {
                                ApiConfig.Message message = null;
                                for (ApiConfig.Message v : ApiConfig.Message.values()) {
                                    if (v.keyword().equals(m.keyword())) {
                                        message = v;
                                    }
                                }
                                if (message == null) {
                                    throw unknown(m.head(), "in api " + c.keyword(), java.util.Arrays
                                            .stream(ApiConfig.Message.values()).map(ApiConfig.Message::keyword)
                                            .toList());
                                }
                                if (boolTrue(m)) {
                                    into.add(message);
                                } else {
                                    into.remove(message);
                                }
                            });
                        }
                    }
                    default -> throw unknown(c.head(), "in api", API);
                }
            });
        }
        s.apis.add(new ApiConfig(name, processes, match, flags[0], flags[1], flags[2], flags[3], send, receive));
    }

    /** A boolean whose keyword alone means true (the api's opt-ins). */
    private static boolean boolTrue(Node n) {
        statement(n);
        if (n.args().isEmpty()) {
            return true;
        }
        return bool(n);
    }

    // ---------------------------------------------------------------- routes

    private void addRoutes(State s, List<Token> tokens, Token at) {
        try {
            for (ConfigRoute r : RouteParser.parse(tokens, true)) {
                s.routes.add(r);
                s.routeTokens.add(at);
            }
        } catch (RouteSyntaxException e) {
            throw fail(e, at);
        }
    }

    /**
     * A {@code static} block: read once (see {@link #staticBlocks}); its errors are recorded the first time, which is
     * all that is needed as they are the same for every neighbor that inherits it.
     */
    private void staticRoutes(Node n, State s) {
        block(n);
        StaticBlock b = staticBlocks.get(n);
        if (b == null) {
            State read = new State();
            readStatic(n, read);
            List<ConfigRoute> routes = new ArrayList<>(read.routes.size());
            for (ConfigRoute r : read.routes) {
                routes.add(sharingAttributes(r));
            }
            b = new StaticBlock(List.copyOf(routes), List.copyOf(read.routeTokens), List.copyOf(read.unsupported));
            staticBlocks.put(n, b);
        }
        if (s.routes.isEmpty()) {
            s.sharedRoutes = b.routes();
        }
        s.routes.addAll(b.routes());
        s.routeTokens.addAll(b.tokens());
        s.unsupported.addAll(b.unsupported());
    }

    /**
     * The route with the attribute list of the first route of the file that has equal attributes (the same list
     * object): a table has far fewer attribute sets than routes, and the RIBs encode a list once for all routes and
     * peers that share it.
     */
    private ConfigRoute sharingAttributes(ConfigRoute c) {
        Route r = c.route();
        List<Attribute> first = attributeLists.putIfAbsent(r.attributes(), r.attributes());
        if (first == null || first == r.attributes()) {
            return c;
        }
        Route shared = r.isSelf() ? Route.of(r.nlri(), r.nextHopSelf(), first) : Route.of(r.nlri(), r.nextHop(), first);
        return new ConfigRoute(shared, c.name(), c.watchdog(), c.withdraw(), c.unsupported());
    }

    private void readStatic(Node n, State s) {
        for (Node c : n.children()) {
            guard(() -> {
                switch (c.keyword()) {
                    case "route" -> {
                        List<Token> tokens = new ArrayList<>(c.words());
                        if (c.isBlock()) {
                            for (Node a : c.children()) {
                                if (a.isBlock()) {
                                    throw new Fail(a.head(), "unexpected '{' after '" + a.keyword()
                                            + "' in route, expected ';'");
                                }
                                tokens.addAll(a.words());
                            }
                        }
                        addRoutes(s, tokens, c.words().size() > 1 ? c.words().get(1) : c.head());
                    }
                    case "sr-policy" -> {
                        statement(c);
                        addRoutes(s, c.words(), c.head());
                    }
                    case "mup" -> s.unsupported.add(raw(c));
                    default -> throw unknown(c.head(), "in static", List.of("route"));
                }
            });
        }
    }

    private void announce(Node n, State s) {
        block(n);
        for (Node afi : n.children()) {
            guard(() -> {
                block(afi);
                switch (afi.keyword()) {
                    case "ipv4", "ipv6" -> {
                        for (Node c : afi.children()) {
                            guard(() -> {
                                statement(c);
                                switch (c.keyword()) {
                                    case "unicast", "multicast", "nlri-mpls", "labeled-unicast", "mpls-vpn",
                                            "mup" -> {
                                        List<Token> tokens = new ArrayList<>();
                                        tokens.add(afi.head());
                                        tokens.addAll(c.words());
                                        addRoutes(s, tokens,
                                                c.words().size() > 1 ? c.words().get(1) : c.head());
                                    }
                                    case "sr-policy" -> {
                                        List<Token> tokens = new ArrayList<>();
                                        tokens.add(afi.head());
                                        tokens.addAll(c.words());
                                        addRoutes(s, tokens, c.head());
                                    }
                                    case "flow", "flow-vpn", "mcast-vpn" ->
                                        s.unsupported.add(new Statement(afi.keyword() + " " + c.keyword(),
                                                texts(c.args())));
                                    default -> throw unknown(c.head(), "in announce " + afi.keyword(),
                                            List.of("unicast", "multicast", "nlri-mpls", "mpls-vpn", "flow",
                                                    "flow-vpn", "sr-policy", "mup", "mcast-vpn"));
                                }
                            });
                        }
                    }
                    case "l2vpn" -> {
                        for (Node c : afi.children()) {
                            guard(() -> {
                                if (!c.keyword().equals("vpls")) {
                                    throw unknown(c.head(), "in announce l2vpn", List.of("vpls"));
                                }
                                s.vpls.add(vpls(c, s));
                            });
                        }
                    }
                    default -> throw unknown(afi.head(), "in announce", List.of("ipv4", "ipv6", "l2vpn"));
                }
            });
        }
    }

    private static Statement raw(Node c) {
        List<String> values = new ArrayList<>(texts(c.args()));
        if (c.isBlock()) {
            for (Node a : c.children()) {
                values.addAll(texts(a.words()));
            }
        }
        return new Statement(c.keyword(), values);
    }

    // ---------------------------------------------------------------- l2vpn

    private void l2vpn(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                if (!c.keyword().equals("vpls")) {
                    throw unknown(c.head(), "in l2vpn", List.of("vpls"));
                }
                s.vpls.add(vpls(c, s));
            });
        }
    }

    /**
     * {@code vpls <attributes>;} or {@code vpls <name> { <attribute>; ... }} (read by {@link VplsParser}): kept as a
     * {@link VplsRoute} and added to the neighbor's routes. A route whose NLRI an earlier one of the neighbor has
     * already is sent too, as ExaBGP sends both ({@link DistinctNlri}).
     */
    private VplsRoute vpls(Node c, State s) {
        String name = null;
        List<Token> tokens = new ArrayList<>();
        if (c.isBlock()) {
            if (c.args().size() > 1) {
                throw new Fail(c.args().get(1), "expected at most a name after vpls");
            }
            name = c.args().isEmpty() ? null : c.args().get(0).text();
            for (Node a : c.children()) {
                statement(a);
                tokens.addAll(a.words());
            }
        } else {
            tokens.addAll(c.args());
        }
        try {
            VplsParser.Fields f = VplsParser.fields(c.head(), tokens, true);
            if (name != null && f.name() == null) {
                f = new VplsParser.Fields(name, f.nlri(), f.nextHop(), f.attributes(), f.withdraw());
            }
            int same = 0;
            for (ConfigRoute r : s.routes) {
                Nlri n = r.route().nlri();
                if (n.equals(f.nlri()) || n instanceof DistinctNlri d && d.nlri().equals(f.nlri())) {
                    same++;
                }
            }
            Nlri nlri = same == 0 ? f.nlri() : new DistinctNlri(f.nlri(), same);
            ConfigRoute route = VplsParser.route(nlri, f, c.head());
            s.routes.add(route);
            s.routeTokens.add(c.head());
            VplsNlri v = f.nlri();
            return new VplsRoute(f.name(), v.routeDistinguisher(), v.endpoint(), v.base(), v.offset(), v.size(),
                    f.nextHop(), f.attributes(), f.withdraw());
        } catch (RouteSyntaxException e) {
            throw fail(e, c.head());
        }
    }

    // ---------------------------------------------------------------- flow, operational, tcp-ao

    private void flow(Node n, State s) {
        block(n);
        for (Node r : n.children()) {
            guard(() -> {
                if (!r.keyword().equals("route")) {
                    throw unknown(r.head(), "in flow", List.of("route"));
                }
                block(r);
                String name = r.args().isEmpty() ? "" : r.args().get(0).text();
                List<Statement> attributes = new ArrayList<>();
                List<Statement> match = new ArrayList<>();
                List<Statement> scope = new ArrayList<>();
                List<Statement> then = new ArrayList<>();
                for (Node c : r.children()) {
                    guard(() -> {
                        switch (c.keyword()) {
                            case "rd", "route-distinguisher" -> {
                                Token v = one(c, "a route distinguisher");
                                try {
                                    RouteDistinguisher.parse(v.text());
                                } catch (IllegalArgumentException e) {
                                    throw new Fail(v, "invalid rd '" + v.text()
                                            + "', expected <asn>:<n> or <ipv4>:<n>");
                                }
                                attributes.add(new Statement("rd", List.of(v.text())));
                            }
                            case "next-hop" -> attributes.add(new Statement("next-hop",
                                    List.of(address(one(c, "an IP address"), "next-hop"))));
                            case "match" -> section(c, match, FLOW_MATCH, "in flow match");
                            case "scope" -> section(c, scope, FlowParser.SCOPE, "in flow scope");
                            case "then" -> section(c, then, FLOW_THEN, "in flow then");
                            default -> throw unknown(c.head(), "in flow route", FLOW_ROUTE);
                        }
                    });
                }
                s.flows.add(new FlowRoute(name, attributes, match, scope, then));
                flowRoute(r, s);
            });
        }
    }

    /** The route a checked {@code flow { route }} block sends (its {@code scope} interface-sets as communities). */
    private void flowRoute(Node r, State s) {
        List<List<Token>> statements = new ArrayList<>();
        for (Node c : r.children()) {
            switch (c.keyword()) {
                case "match", "then", "scope" -> c.children().forEach(x -> statements.add(x.words()));
                default -> statements.add(c.words());
            }
        }
        try {
            s.routes.add(FlowParser.route(statements, r.head()));
            s.routeTokens.add(r.head());
        } catch (RouteSyntaxException e) {
            throw fail(e, r.head());
        }
    }

    private void section(Node n, List<Statement> into, List<String> known, String where) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                if (!known.contains(c.keyword())) {
                    throw unknown(c.head(), where, known);
                }
                into.add(new Statement(c.keyword(), texts(c.args())));
            });
        }
    }

    private void operational(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                if (!OPERATIONAL.contains(c.keyword())) {
                    throw unknown(c.head(), "in operational", OPERATIONAL);
                }
                s.operational.add(new Statement(c.keyword(), texts(c.args())));
            });
        }
    }

    private void tcpAo(Node n, State s) {
        block(n);
        for (Node c : n.children()) {
            guard(() -> {
                statement(c);
                if (!TCP_AO.contains(c.keyword())) {
                    throw unknown(c.head(), "in tcp-ao", TCP_AO);
                }
                List<String> values = new ArrayList<>();
                values.add(c.keyword());
                values.addAll(texts(c.args()));
                s.unsupported.add(new Statement("tcp-ao", values));
            });
        }
    }
}
