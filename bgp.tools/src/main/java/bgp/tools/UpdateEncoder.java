package bgp.tools;

import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.WireWriter;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.config.route.ConfigRoute;
import bgp.config.route.RouteDefaults;
import bgp.config.route.RouteParser;
import bgp.config.route.RouteSyntaxException;
import bgp.reactor.Neighbor;
import bgp.rib.AdjRibOut;
import bgp.rib.NextHopResolver;
import bgp.rib.RibFactory;
import bgp.rib.Route;
import bgp.rib.internal.RibFactoryComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages one API command makes, built as the speaker builds them: the API's route parser
 * ({@link RouteParser}), the neighbor boundary's defaults ({@link RouteDefaults#forSession}), {@code next-hop self}
 * resolved with the neighbor's addresses, and an Adj-RIB-Out of the neighbor's grouping drained in the session's
 * context. Each command is encoded on its own, as if it were the first: a withdrawal is the one the speaker sends
 * for a route the peer has. Forms: {@code [announce] route|ipv4|ipv6|attribute(s) ...}, {@code withdraw
 * route|ipv4|ipv6|attribute(s) ...}, {@code announce eor [<afi> <safi>]}, {@code announce route-refresh <afi>
 * <safi>}.
 */
final class UpdateEncoder {
    private static final int MAX = 1 << 20;

    private final ToolContext context;
    private final MessageCodec codec = BuiltinCodecs.codec();
    private final RibFactory ribs = new RibFactoryComponent(codec);
    private final NextHopResolver resolver;

    UpdateEncoder(ToolContext context) {
        this.context = context;
        Neighbor n = context.neighbor();
        int routerId = n.routerId().map(IpAddresses::parseIpv4).orElse(0);
        String local = n.localAddress().orElse(ToolContext.DEFAULT_ADDRESS);
        this.resolver = NextHopResolver.of(IpAddresses.parse(local),
                routerId == 0 && !IpAddresses.isIpv6(local) ? IpAddresses.parseIpv4(local) : routerId);
    }

    /** The messages of one command, each whole (header included). */
    List<byte[]> encode(String command) throws ToolException {
        List<String> words = Arrays.asList(command.strip().split("\\s+"));
        String verb = words.get(0);
        switch (verb) {
            case "announce" -> {
                if (words.size() < 2) {
                    throw new ToolException("announce what? route, ipv4, ipv6, attributes, eor or route-refresh");
                }
                String rest = command.strip().substring(verb.length()).strip();
                return switch (words.get(1)) {
                    case "eor" -> List.of(endOfRib(words));
                    case "route-refresh" -> List.of(routeRefresh(words));
                    default -> announce(rest);
                };
            }
            case "withdraw" -> {
                if (words.size() < 2) {
                    throw new ToolException("withdraw what? route, ipv4, ipv6, attributes or vpls");
                }
                return withdraw(command.strip().substring(verb.length()).strip());
            }
            case "" -> throw new ToolException("empty command");
            default -> {
                return announce(command.strip());
            }
        }
    }

    private List<ConfigRoute> parse(String text, boolean announce) throws ToolException {
        String first = text.split("\\s+", 2)[0];
        switch (first) {
            case "route", "ipv4", "ipv6", "attribute", "attributes", "vpls" -> { }
            default -> throw new ToolException("unknown command form '" + first
                    + "', expected route, ipv4, ipv6, attributes, vpls, eor or route-refresh");
        }
        List<ConfigRoute> routes;
        try {
            routes = RouteParser.parse(text, announce);
        } catch (RouteSyntaxException e) {
            throw new ToolException(e.getMessage());
        }
        if (routes.isEmpty()) {
            throw new ToolException("no route given");
        }
        for (ConfigRoute r : routes) {
            if (!r.unsupported().isEmpty()) {
                throw new ToolException("not supported yet: " + String.join(" ", r.unsupported()));
            }
            if (!context.neighbor().families().contains(r.route().family())) {
                throw new ToolException("family " + r.route().family() + " is not configured for neighbor "
                        + context.neighbor().peerAddress());
            }
        }
        return routes;
    }

    private List<byte[]> announce(String text) throws ToolException {
        List<ConfigRoute> routes = parse(text, true);
        Neighbor n = context.neighbor();
        AdjRibOut out = ribs.newAdjRibOut(n.grouping());
        out.sessionUp();
        try {
            for (ConfigRoute r : routes) {
                Route route = RouteDefaults.forSession(r.route(), n.localAs(), n.peerAs());
                resolver.check(route);
                out.announce(resolver.resolve(route));
            }
        } catch (IllegalArgumentException e) {
            throw new ToolException(e.getMessage());
        }
        return drain(out);
    }

    private List<byte[]> withdraw(String text) throws ToolException {
        List<ConfigRoute> routes = parse(text, false);
        AdjRibOut out = ribs.newAdjRibOut(context.neighbor().grouping());
        out.sessionUp();
        for (ConfigRoute r : routes) {
            // the peer has the route: what it was sent with does not show in a withdrawal
            int afi = r.route().family().afi() == Family.AFI_IPV6 ? 16 : 4;
            out.announce(Route.of(r.route().nlri(), new byte[afi], List.of()));
        }
        drain(out);
        for (ConfigRoute r : routes) {
            out.withdraw(r.route().nlri());
        }
        return drain(out);
    }

    private byte[] endOfRib(List<String> words) throws ToolException {
        // an End-of-RIB names any family ExaBGP knows, implemented or not
        Family f = words.size() == 2 ? Family.IPV4_UNICAST : knownFamily(words, 2);
        return encodeMessage(Update.endOfRib(f));
    }

    private byte[] routeRefresh(List<String> words) throws ToolException {
        if (words.size() != 4) {
            throw new ToolException("expected 'announce route-refresh <afi> <safi>'");
        }
        Family f = family(words, 2);
        return encodeMessage(new RouteRefresh(f, RouteRefresh.REQUEST));
    }

    private Family family(List<String> words, int i) throws ToolException {
        if (words.size() != i + 2) {
            throw new ToolException("expected '<afi> <safi>' after " + words.get(i - 1));
        }
        return ToolContext.Options.family(words.get(i) + " " + words.get(i + 1)).iterator().next();
    }

    private static Family knownFamily(List<String> words, int i) throws ToolException {
        if (words.size() != i + 2) {
            throw new ToolException("expected '<afi> <safi>' after " + words.get(i - 1));
        }
        int afi = Family.afiCode(words.get(i));
        int safi = Family.safiCode(words.get(i + 1));
        if (afi < 0 || safi < 0) {
            throw new ToolException("unknown family '" + words.get(i) + " " + words.get(i + 1) + "'");
        }
        return new Family(afi, safi);
    }

    private byte[] encodeMessage(bgp.codec.message.Message m) throws ToolException {
        try {
            return codec.encode(m, context.session());
        } catch (BgpEncodeException e) {
            throw new ToolException(e.getMessage());
        }
    }

    private List<byte[]> drain(AdjRibOut out) throws ToolException {
        WireWriter w = new WireWriter(4096);
        try {
            while (!out.drain(context.session(), w, MAX)) {
                if (w.position() > 64 * MAX) {
                    throw new ToolException("too many messages");
                }
            }
        } catch (BgpEncodeException e) {
            throw new ToolException(e.getMessage());
        }
        return split(w.array(), w.position());
    }

    /** Whole messages laid end to end, one array each. */
    static List<byte[]> split(byte[] buf, int len) {
        List<byte[]> out = new ArrayList<>();
        for (int p = 0; p + 19 <= len; ) {
            int l = (buf[p + 16] & 0xFF) << 8 | buf[p + 17] & 0xFF;
            out.add(Arrays.copyOfRange(buf, p, p + l));
            p += l;
        }
        return out;
    }
}
