package bgp.api.command.internal.show;

import bgp.api.command.CommandOutput;
import bgp.api.command.internal.json.JsonWriter;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.OpenContext;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code show neighbor} prints of one peer, in ExaBGP's layouts: the summary table row, the extensive block,
 * the configuration block, and the JSON object. Durations are whole seconds, written as Python's
 * {@code timedelta} ({@code 0:05:03}, {@code 1 day, 2:03:04}). The "Remote" capability column and the peer's
 * hold time are what the session negotiated.
 */
public final class NeighborText {
    /** ExaBGP's summary header. */
    public static final String SUMMARY_HEADER = "Peer            AS        up/down state       |     #sent     #recvd";
    private static final String KV = "   %-20s %15s %15s %15s";
    /** ExaBGP's message names and order; ours are the counter keys' prefixes. */
    private static final String[][] MESSAGES = {
            {"open", "open"}, {"notification", "notification"}, {"keepalive", "keepalive"}, {"update", "update"},
            {"refresh", "route-refresh"}};

    private NeighborText() {
    }

    /** {@code 127.0.0.2       65002     0:00:05 established           3          2}. */
    public static String summary(Peer p, Instant now) {
        Map<String, Long> c = p.counters();
        String upDown = p.state() == PeerState.ESTABLISHED ? timedelta(seconds(p, now)) : "down";
        return String.format("%-15s %-7s %9s %-12s %10d %10d", p.neighbor().peerAddress(), p.neighbor().peerAs(),
                upDown, p.state().exabgpName(), c.getOrDefault("update-sent", 0L),
                c.getOrDefault("update-received", 0L));
    }

    /** The extensive block, line by line (blank lines included, the last line blank, as ExaBGP's). */
    public static void extensive(Peer p, Instant now, CommandOutput out) {
        Neighbor n = p.neighbor();
        OpenContext ctx = p.context().orElse(null);
        boolean up = p.state() == PeerState.ESTABLISHED;
        out.println("Neighbor " + n.peerAddress());
        out.println("");
        out.println("  Session                         Local");
        out.println(kv("local", localAddress(p), "", ""));
        out.println(kv("state", p.state().exabgpName().toUpperCase(java.util.Locale.ROOT), "", ""));
        out.println(kv(up ? "up for" : "down for", timedelta(seconds(p, now)), "", ""));
        out.println("");
        out.println("  Setup                           Local          Remote");
        out.println(kv("AS", String.valueOf(n.localAs()), String.valueOf(n.peerAs()), ""));
        out.println(kv("ID", localId(p), ctx == null ? "n/a" : IpAddresses.ipv4(ctx.peerId()), ""));
        out.println(kv("hold-time", String.valueOf(n.holdTime()), ctx == null ? "n/a"
                : String.valueOf(ctx.holdTime()), ""));
        out.println("");
        out.println("  Capability                      Local          Remote");
        for (Map.Entry<String, Boolean[]> e : capabilities(n, ctx).entrySet()) {
            out.println(kv(e.getKey() + ":", en(e.getValue()[0]), en(e.getValue()[1]), ""));
        }
        out.println("");
        out.println("  Families                        Local          Remote        Add-Path");
        for (Family f : families(n)) {
            Boolean[] v = family(n, ctx, f);
            out.println(kv(familyName(f) + ":", en(v[0]), en(v[1]), en(v[2])));
        }
        out.println("");
        out.println("  Message Statistic                Sent        Received");
        for (Map.Entry<String, long[]> e : messages(p).entrySet()) {
            out.println(kv(e.getKey() + ":", String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]), ""));
        }
        out.println("");
    }

    /** The neighbor as a configuration block ({@code neighbor <ip> { ... }}), tab-indented as ExaBGP's. */
    public static void configuration(Neighbor n, CommandOutput out) {
        out.println("neighbor " + n.peerAddress() + " {");
        if (!n.description().isEmpty()) {
            out.println("\tdescription \"" + n.description() + "\";");
        }
        n.routerId().ifPresent(id -> out.println("\trouter-id " + id + ";"));
        n.hostName().ifPresent(h -> out.println("\thost-name " + h + ";"));
        n.domainName().ifPresent(d -> out.println("\tdomain-name " + d + ";"));
        n.localAddress().ifPresent(a -> out.println("\tlocal-address " + a + ";"));
        out.println("\tlocal-as " + n.localAs() + ";");
        out.println("\tpeer-as " + n.peerAs() + ";");
        out.println("\thold-time " + n.holdTime() + ";");
        if (n.passive()) {
            out.println("\tpassive true;");
        }
        if (n.port() != Neighbor.BGP_PORT) {
            out.println("\tport " + n.port() + ";");
        }
        if (n.outgoingTtl() != 0) {
            out.println("\toutgoing-ttl " + n.outgoingTtl() + ";");
        }
        if (n.incomingTtl() != 0) {
            out.println("\tincoming-ttl " + n.incomingTtl() + ";");
        }
        if (n.maxPrefixes() != 0) {
            out.println("\tmax-prefixes " + n.maxPrefixes() + ";");
        }
        out.println("\tcapability {");
        out.println("\t\tasn4 " + (n.asn4() ? "enable" : "disable") + ";");
        out.println("\t\troute-refresh " + (n.routeRefresh() ? "enable" : "disable") + ";");
        out.println("\t\textended-message " + (n.extendedMessage() ? "enable" : "disable") + ";");
        out.println("\t\tgraceful-restart " + (n.gracefulRestartTime() < 0 ? "disable"
                : String.valueOf(n.gracefulRestartTime())) + ";");
        out.println("\t}");
        out.println("\tfamily {");
        for (Family f : families(n)) {
            out.println("\t\t" + familyName(f) + ";");
        }
        out.println("\t}");
        List<Family> addPath = new ArrayList<>();
        for (Family f : families(n)) {
            if (n.addPathSend().contains(f) || n.addPathReceive().contains(f)) {
                addPath.add(f);
            }
        }
        if (!addPath.isEmpty()) {
            out.println("\tadd-path {");
            for (Family f : addPath) {
                boolean send = n.addPathSend().contains(f);
                boolean receive = n.addPathReceive().contains(f);
                out.println("\t\t" + familyName(f) + " " + (send && receive ? "send/receive" : send ? "send"
                        : "receive") + ";");
            }
            out.println("\t}");
        }
        out.println("}");
    }

    /**
     * The JSON object of a peer: ExaBGP's {@code show neighbor json} keys ({@code down}, {@code duration}: seconds
     * since the session went down / up, 0 for the other), pairs as arrays ({@code [local, remote]},
     * {@code [sent, received]}, families {@code [configured, negotiated, add-path]}), null where unknown; and ours,
     * {@code routes-received}: the routes held from the peer per configured family (as BIRD's and FRR's prefix
     * counts), which ExaBGP does not count.
     */
    public static void json(JsonWriter w, Peer p, Instant now) {
        Neighbor n = p.neighbor();
        OpenContext ctx = p.context().orElse(null);
        boolean up = p.state() == PeerState.ESTABLISHED;
        long s = seconds(p, now);
        w.beginObject();
        w.key("down").value(up ? 0 : s);
        w.key("duration").value(up ? s : 0);
        w.key("local-address").value(localAddress(p));
        w.key("peer-address").value(n.peerAddress());
        w.key("local-as").value(n.localAs());
        w.key("peer-as").value(n.peerAs());
        w.key("local-id").value(localId(p));
        w.key("peer-id").value(ctx == null ? null : IpAddresses.ipv4(ctx.peerId()));
        w.key("local-hold").value(n.holdTime());
        w.key("peer-hold");
        if (ctx == null) {
            w.nullValue();
        } else {
            w.value(ctx.holdTime());
        }
        w.key("state").value(p.state().exabgpName().toUpperCase(java.util.Locale.ROOT));
        w.key("capabilities").beginObject();
        for (Map.Entry<String, Boolean[]> e : capabilities(n, ctx).entrySet()) {
            w.key(e.getKey()).beginArray();
            tri(w, e.getValue()[0]);
            tri(w, e.getValue()[1]);
            w.endArray();
        }
        w.endObject();
        w.key("families").beginObject();
        for (Family f : families(n)) {
            w.key(familyName(f)).beginArray();
            for (Boolean b : family(n, ctx, f)) {
                tri(w, b);
            }
            w.endArray();
        }
        w.endObject();
        w.key("messages").beginObject();
        for (Map.Entry<String, long[]> e : messages(p).entrySet()) {
            w.key(e.getKey()).beginArray().value(e.getValue()[0]).value(e.getValue()[1]).endArray();
        }
        w.endObject();
        Map<Family, Long> received = p.receivedRoutes();
        w.key("routes-received").beginObject();
        for (Family f : families(n)) {
            w.key(familyName(f)).value(received.getOrDefault(f, 0L));
        }
        w.endObject();
        w.endObject();
    }

    private static void tri(JsonWriter w, Boolean b) {
        if (b == null) {
            w.nullValue();
        } else {
            w.value(b);
        }
    }

    private static String kv(String key, String a, String b, String c) {
        return String.format(KV, key, a, b, c);
    }

    private static String en(Boolean b) {
        return b == null ? "n/a" : b ? "enabled" : "disabled";
    }

    private static long seconds(Peer p, Instant now) {
        return Math.max(0, Duration.between(p.since(), now).getSeconds());
    }

    private static String localAddress(Peer p) {
        return p.neighbor().localAddress().or(p::sessionLocalAddress).orElse("n/a");
    }

    private static String localId(Peer p) {
        return p.neighbor().routerId().or(() -> p.context().map(c -> IpAddresses.ipv4(c.localId())))
                .orElse("n/a");
    }

    /** {@code ipv4 unicast}. */
    public static String familyName(Family f) {
        return Family.afiName(f.afi()) + " " + Family.safiName(f.safi());
    }

    /** The neighbor's families in AFI then SAFI order (the set has none). */
    static List<Family> families(Neighbor n) {
        List<Family> l = new ArrayList<>(n.families());
        l.sort(Comparator.comparingInt(Family::afi).thenComparingInt(Family::safi));
        return l;
    }

    private static Map<String, Boolean[]> capabilities(Neighbor n, OpenContext ctx) {
        boolean addPathLocal = !n.addPathSend().isEmpty() || !n.addPathReceive().isEmpty();
        Map<String, Boolean[]> m = new LinkedHashMap<>();
        m.put("asn4", new Boolean[] {n.asn4(), ctx == null ? null : ctx.asn4()});
        m.put("route-refresh", new Boolean[] {n.routeRefresh(), ctx == null ? null : ctx.routeRefresh()});
        m.put("multi-session", new Boolean[] {false, ctx == null ? null : false});
        m.put("operational", new Boolean[] {false, ctx == null ? null : false});
        boolean addPathRemote = false;
        if (ctx != null) {
            for (Family f : ctx.families()) {
                addPathRemote |= ctx.addPathSend(f) || ctx.addPathReceive(f);
            }
        }
        m.put("add-path", new Boolean[] {addPathLocal, ctx == null ? null : addPathRemote});
        m.put("extended-message", new Boolean[] {n.extendedMessage(), ctx == null ? null
                : ctx.maxMessageSize() > 4096});
        m.put("graceful-restart", new Boolean[] {n.gracefulRestartTime() >= 0, ctx == null ? null
                : ctx.peerGracefulRestart().isPresent()});
        return m;
    }

    /** Configured (always), negotiated, add-path both ways; null when unknown (no session). */
    private static Boolean[] family(Neighbor n, OpenContext ctx, Family f) {
        if (ctx == null) {
            boolean addPath = n.addPathSend().contains(f) || n.addPathReceive().contains(f);
            return new Boolean[] {true, null, addPath ? null : false};
        }
        return new Boolean[] {true, ctx.supports(f), ctx.addPathSend(f) && ctx.addPathReceive(f)};
    }

    /** Sent and received by ExaBGP's message name, then the totals. */
    private static Map<String, long[]> messages(Peer p) {
        Map<String, Long> c = p.counters();
        Map<String, long[]> m = new LinkedHashMap<>();
        long sent = 0;
        long received = 0;
        for (String[] name : MESSAGES) {
            long s = c.getOrDefault(name[1] + "-sent", 0L);
            long r = c.getOrDefault(name[1] + "-received", 0L);
            m.put(name[0], new long[] {s, r});
            sent += s;
            received += r;
        }
        m.put("total", new long[] {sent, received});
        return m;
    }

    /** Python's {@code str(timedelta(seconds=s))}: {@code H:MM:SS}, days first when any. */
    public static String timedelta(long seconds) {
        long days = seconds / 86_400;
        long rest = seconds % 86_400;
        String hms = String.format("%d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60);
        return days == 0 ? hms : days + (days == 1 ? " day, " : " days, ") + hms;
    }
}
