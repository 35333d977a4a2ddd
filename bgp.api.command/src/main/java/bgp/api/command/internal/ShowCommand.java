package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.api.command.internal.json.ExabgpJson;
import bgp.api.command.internal.json.JsonWriter;
import bgp.api.command.internal.show.NeighborText;
import bgp.api.command.internal.show.RouteText;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.Nlri;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import bgp.rib.AttributeSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code [neighbor <selector>] show neighbor [summary|extensive|configuration] [<ip>] [json]} and
 * {@code [neighbor <selector>] show adj-rib in|out [extensive] [<ip>] [json]}, in ExaBGP's layouts
 * ({@link NeighborText}, {@link RouteText}). The options come in any order after the first word. An address or a
 * selector that matches no peer is an error; without either, every peer is shown (none: nothing, or the summary's
 * header). A RIB is copied on its session's thread (a walk that only collects references) and formatted on the
 * caller's, so the event loop is held no longer than the copy.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=show",
        Command.NEIGHBOR + ":Boolean=true",
        Command.DESCRIPTION + "=show neighbor [summary|extensive|configuration] [<ip>] [json] | "
                + "show adj-rib in|out [extensive] [<ip>] [json]"})
public final class ShowCommand implements Command {
    private final Reactor reactor;
    private final Clock clock;

    @Activate
    public ShowCommand(@Reference Reactor reactor) {
        this(reactor, Clock.systemUTC());
    }

    ShowCommand(Reactor reactor, Clock clock) {
        this.reactor = reactor;
        this.clock = clock;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        List<String> a = request.arguments();
        if (a.isEmpty()) {
            throw new CommandException("expected 'show neighbor ...' or 'show adj-rib in|out ...'");
        }
        switch (a.get(0)) {
            case "neighbor" -> neighbor(request, a.subList(1, a.size()), out);
            case "adj-rib" -> {
                if (a.size() < 2 || !(a.get(1).equals("in") || a.get(1).equals("out"))) {
                    throw new CommandException("expected 'show adj-rib in' or 'show adj-rib out'");
                }
                adjRib(request, a.get(1).equals("in"), a.subList(2, a.size()), out);
            }
            case "adj-rib-in", "adj-rib-out" -> adjRib(request, a.get(0).equals("adj-rib-in"), a.subList(1, a.size()),
                    out);
            default -> throw new CommandException("unknown show " + a.get(0)
                    + ", expected 'show neighbor' or 'show adj-rib'");
        }
    }

    /** The words after {@code show neighbor} / {@code show adj-rib in|out}: one option, an address, json. */
    private record Options(String option, String address, boolean json) {
    }

    private static Options options(List<String> words, List<String> allowed, String expected)
            throws CommandException {
        String option = null;
        String address = null;
        boolean json = false;
        for (String w : words) {
            if (allowed.contains(w)) {
                if (option != null) {
                    throw new CommandException(option.equals(w) ? "duplicate option " + w
                            : "options " + option + " and " + w + " exclude each other");
                }
                option = w;
            } else if (w.equals("json")) {
                if (json) {
                    throw new CommandException("duplicate option json");
                }
                json = true;
            } else if (Character.isDigit(w.charAt(0)) || w.indexOf(':') >= 0) {
                if (address != null) {
                    throw new CommandException("one address at most, got " + address + " and " + w);
                }
                try {
                    address = Neighbor.canonicalAddress(w);
                } catch (IllegalArgumentException e) {
                    throw new CommandException(e.getMessage());
                }
            } else {
                throw new CommandException("unexpected " + w + ", expected " + expected);
            }
        }
        return new Options(option, address, json);
    }

    /** The peers the selector and the address allow, in the reactor's order. */
    private List<Peer> peers(CommandRequest request, String address) throws CommandException {
        List<Peer> out = new ArrayList<>();
        for (Peer p : reactor.peers()) {
            if (request.selector().map(s -> s.matches(p.neighbor())).orElse(true)
                    && (address == null || address.equals(p.neighbor().peerAddress()))) {
                out.add(p);
            }
        }
        if (out.isEmpty() && (address != null || request.selector().isPresent())) {
            throw new CommandException("no neighbors match the selector");
        }
        return out;
    }

    private void neighbor(CommandRequest request, List<String> words, CommandOutput out) throws CommandException {
        Options o = options(words, List.of("summary", "extensive", "configuration"),
                "summary, extensive, configuration, <ip> or json");
        List<Peer> peers = peers(request, o.address);
        java.time.Instant now = clock.instant();
        if (o.json) {
            JsonWriter w = new JsonWriter(new StringBuilder(512 * (peers.size() + 1)));
            w.beginArray();
            for (Peer p : peers) {
                NeighborText.json(w, p, now);
            }
            w.endArray();
            out.println(w.out().toString());
            return;
        }
        if (o.option == null) {
            out.println("please specify summary, extensive or configuration");
            out.println("you can filter by peer ip address adding it after the word neighbor");
            return;
        }
        switch (o.option) {
            case "summary" -> {
                out.println(NeighborText.SUMMARY_HEADER);
                for (Peer p : peers) {
                    out.println(NeighborText.summary(p, now));
                }
            }
            case "extensive" -> {
                for (Peer p : peers) {
                    NeighborText.extensive(p, now, out);
                }
            }
            default -> {
                for (Peer p : peers) {
                    NeighborText.configuration(p.neighbor(), out);
                }
            }
        }
    }

    private record Held(Nlri nlri, AttributeSet attributes) {
    }

    /** Family, then address bytes (unsigned), length and path identifier for prefixes, else the text. */
    private static final Comparator<Held> ORDER = Comparator
            .comparingInt((Held h) -> h.nlri.family().afi())
            .thenComparingInt(h -> h.nlri.family().safi())
            .thenComparing((x, y) -> {
                if (x.nlri instanceof IpPrefix p && y.nlri instanceof IpPrefix q) {
                    int c = java.util.Arrays.compareUnsigned(p.address(), q.address());
                    c = c != 0 ? c : Integer.compare(p.length(), q.length());
                    return c != 0 ? c : Integer.compareUnsigned(p.pathId(), q.pathId());
                }
                return x.nlri.toString().compareTo(y.nlri.toString());
            });

    private void adjRib(CommandRequest request, boolean in, List<String> words, CommandOutput out)
            throws CommandException {
        Options o = options(words, List.of("extensive"), "extensive, <ip> or json");
        for (Peer p : peers(request, o.address)) {
            List<Held> routes = new ArrayList<>();
            // on the session's thread: collect references only; everything else happens here
            if (in) {
                p.visitAdjRibIn((nlri, attributes) -> routes.add(new Held(nlri, attributes)));
            } else {
                p.visitAdjRibOut((nlri, attributes) -> routes.add(new Held(nlri, attributes)));
            }
            routes.sort(ORDER);
            String address = p.neighbor().peerAddress();
            if (o.json) {
                out.println(json(address, in, routes));
                continue;
            }
            String prefix = o.option == null ? "neighbor " + address : name(p);
            for (Held h : routes) {
                out.println(prefix + " " + NeighborText.familyName(h.nlri.family()) + " "
                        + (o.option == null ? RouteText.route(h.nlri, h.attributes)
                        : RouteText.extensive(h.nlri, h.attributes)));
            }
        }
    }

    /** ExaBGP's long neighbor name, as {@code show adj-rib ... extensive} starts its lines with. */
    static String name(Peer p) {
        Neighbor n = p.neighbor();
        return "neighbor " + n.peerAddress()
                + " local-ip " + n.localAddress().or(p::sessionLocalAddress).orElse("auto")
                + " local-as " + n.localAs()
                + " peer-as " + n.peerAs()
                + " router-id " + n.routerId().or(() -> p.context()
                        .map(c -> bgp.codec.IpAddresses.ipv4(c.localId()))).orElse("auto")
                + " family-allowed in-open";
    }

    /**
     * {@code {"neighbor":"127.0.0.2","rib":"out","routes":[{"family":"ipv4 unicast","nlri":"10.0.0.0/24",
     * "next-hop":"1.2.3.4","attribute":{...}}]}}, the attributes as in ExaBGP's UPDATE JSON.
     */
    static String json(String address, boolean in, List<Held> routes) {
        JsonWriter w = new JsonWriter(new StringBuilder(64 + 160 * routes.size()));
        w.beginObject().key("neighbor").value(address).key("rib").value(in ? "in" : "out").key("routes").beginArray();
        for (Held h : routes) {
            w.beginObject().key("family").value(NeighborText.familyName(h.nlri.family()))
                    .key("nlri").value(h.nlri.toString());
            if (h.nlri instanceof IpPrefix p && p.pathId() != 0) {
                w.key("path-information").ipv4(p.pathId());
            }
            List<String> nh = h.attributes.nextHopAddresses();
            if (!nh.isEmpty()) {
                w.key("next-hop").value(String.join(" ", nh));
            }
            ExabgpJson.routeAttributes(w, h.attributes.attributes());
            w.endObject();
        }
        w.endArray().endObject();
        return w.out().toString();
    }
}
