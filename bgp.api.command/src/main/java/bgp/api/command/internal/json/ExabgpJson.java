package bgp.api.command.internal.json;

import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Aggregator;
import bgp.codec.attribute.Aigp;
import bgp.codec.attribute.As4Aggregator;
import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.AtomicAggregate;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.ExtendedCommunity;
import bgp.codec.attribute.Ipv6ExtendedCommunities;
import bgp.codec.attribute.LargeCommunities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.NextHop;
import bgp.codec.attribute.Origin;
import bgp.codec.attribute.OriginatorId;
import bgp.codec.attribute.Otc;
import bgp.codec.attribute.PmsiTunnel;
import bgp.codec.attribute.PrefixSid;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.bgpls.BgpLsNlris;
import bgp.codec.bgpls.LinkState;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.codec.nlri.FlowRules;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.LabeledNlriList;
import bgp.codec.nlri.NlriList;
import bgp.codec.nlri.RouteDistinguisher;
import bgp.codec.nlri.VpnPrefixes;
import bgp.reactor.Neighbor;
import bgp.reactor.PeerEvent;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * ExaBGP's JSON encoder (API format 5.0; the {@code "exabgp"} version string is configurable): one line per event,
 * the envelope {@code {"exabgp","time","host","pid","ppid","counter","type","neighbor":{"address","asn",
 * "router-id","direction",...}}} then the message. Output is compact (no spaces); key order, number formatting
 * and the content of {@code "message"} follow ExaBGP's conformance data exactly. Thread-safe (the per-peer
 * counters are concurrent; each call writes its own builder).
 *
 * <p>Where the conformance data shows nothing, the form comes from ExaBGP 4.2's encoder: attributes sorted by type
 * code, {@code "atomic-aggregate": true}, {@code "aggregator": "<asn>:<ip>"}, {@code "cluster-list"} as address
 * strings, {@code "large-community": [[a, b, c]]}, unknown attributes as {@code "attribute-0x<CODE>-0x<FLAGS>":
 * "0x<hex>"}, the OPEN's capability objects, {@code "route-refresh"}, {@code "state"} without a direction. Our own
 * choices: {@code "aigp"} is the metric as a number (4.2 printed invalid JSON), confederation segments are named
 * {@code confed-sequence} / {@code confed-set}, the {@code "message"} of a NOTIFICATION is its code and subcode
 * names (and RFC 9003 text), and an RFC 7606 treat-as-withdraw UPDATE lists its routes under {@code "withdraw"}.
 */
public final class ExabgpJson {
    /** The API format version ExaBGP 5.0 prints. */
    public static final String VERSION = "5.0.0";
    /** Direction of a received message in the live API. */
    public static final String RECEIVE = "receive";
    /** Direction of a sent message in the live API. */
    public static final String SEND = "send";
    /** Direction in {@code decode} output and the conformance data. */
    public static final String IN = "in";

    /** The neighbor block's identity of a peer. */
    public record Peer(String localAddress, String peerAddress, long localAs, long peerAs, String routerId) {
        /** From a configured neighbor; an unset local address or router-id prints as {@code 0.0.0.0}. */
        public static Peer of(Neighbor n) {
            String local = n.localAddress().orElse("0.0.0.0");
            return new Peer(local, n.peerAddress(), n.localAs(), n.peerAs(), n.routerId().orElse(local));
        }
    }

    private final String version;
    private final String host;
    private final long pid;
    private final long ppid;
    private final LongSupplier clockMicros;
    private final ConcurrentHashMap<Peer, AtomicLong> counters = new ConcurrentHashMap<>();

    /**
     * @param clockMicros the time in microseconds since the epoch (printed as seconds with a fraction, as Python's
     *     {@code time.time()})
     */
    public ExabgpJson(String version, String host, long pid, long ppid, LongSupplier clockMicros) {
        this.version = version;
        this.host = host;
        this.pid = pid;
        this.ppid = ppid;
        this.clockMicros = clockMicros;
    }

    /** Version 5.0.0, this host's name, this process's ids, the system clock. */
    public static ExabgpJson system() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            host = "localhost";
        }
        ProcessHandle self = ProcessHandle.current();
        long parent = self.parent().map(ProcessHandle::pid).orElse(0L);
        return new ExabgpJson(VERSION, host, self.pid(), parent, () -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
        });
    }

    // ------------------------------------------------------------------ events

    /** The JSON of a reactor event, or null for events ExaBGP has no message for (lost events). */
    public String event(PeerEvent e) {
        return event(e, false);
    }

    /**
     * The JSON of a reactor event, with the message's {@code "header"} and {@code "body"} in hex when
     * {@code packets} and the event carries the bytes (OPEN and UPDATE events do); null for lost events.
     */
    public String event(PeerEvent e, boolean packets) {
        Peer p = Peer.of(e.peer());
        if (e instanceof PeerEvent.StateChanged s) {
            String state = s.exabgpState();
            return switch (state) {
                case "up", "connected" -> state(p, state, null);
                case "down" -> state(p, state, s.reason() == null ? "" : s.reason());
                default -> fsm(p, state);
            };
        } else if (e instanceof PeerEvent.OpenMessage o) {
            return open(p, o.received() ? RECEIVE : SEND, o.open(), packets ? o.raw() : null);
        } else if (e instanceof PeerEvent.UpdateReceived u) {
            StringBuilder out = new StringBuilder(512);
            update(out, p, RECEIVE, u.update(), packets ? u.raw() : null);
            return out.toString();
        } else if (e instanceof PeerEvent.NotificationMessage n) {
            return notification(p, n.received() ? RECEIVE : SEND, n.notification());
        } else if (e instanceof PeerEvent.KeepaliveReceived) {
            return keepalive(p, RECEIVE);
        } else if (e instanceof PeerEvent.RouteRefreshReceived r) {
            return refresh(p, RECEIVE, r.refresh());
        } else if (e instanceof PeerEvent.EndOfRibReceived eor) {
            return endOfRib(p, RECEIVE, eor.family());
        }
        return null;
    }

    // ------------------------------------------------------------------ messages

    /** Any decoded message (what a {@code decode} tool prints), with its bytes as header/body when raw is given. */
    public String message(Peer p, String direction, Message m, byte[] raw) {
        if (m instanceof Update u) {
            StringBuilder out = new StringBuilder(512);
            update(out, p, direction, u, raw);
            return out.toString();
        } else if (m instanceof Open o) {
            return open(p, direction, o, raw);
        } else if (m instanceof Notification n) {
            return notification(p, direction, n);
        } else if (m instanceof RouteRefresh r) {
            return refresh(p, direction, r);
        }
        return keepalive(p, direction);
    }

    /** An UPDATE (an End-of-RIB UPDATE prints in the 5.0 {@code "eor"} form). */
    public String update(Peer p, String direction, Update u) {
        StringBuilder out = new StringBuilder(512);
        update(out, p, direction, u, null);
        return out.toString();
    }

    /**
     * {@link #update(Peer, String, Update)} appended to {@code out} (for callers that reuse a builder), with the
     * message bytes as {@code "header"} and {@code "body"} when {@code raw} is not null (ExaBGP's {@code packets}).
     */
    public void update(StringBuilder out, Peer p, String direction, Update u, byte[] raw) {
        JsonWriter w = begin(new JsonWriter(out), p, "update", direction, raw);
        w.key("message");
        var eor = u.endOfRib();
        if (eor.isPresent()) {
            eorBody(w, eor.get());
        } else {
            updateBody(w, u, !version.startsWith("6"));
        }
        w.endObject().endObject();
    }

    /** End-of-RIB of a family, ExaBGP 5.0's form: {@code "message": {"eor": {"afi", "safi"}}}. */
    public String endOfRib(Peer p, String direction, Family family) {
        JsonWriter w = begin(p, "update", direction);
        w.key("message");
        eorBody(w, family);
        return end(w);
    }

    public String open(Peer p, String direction, Open o) {
        return open(p, direction, o, null);
    }

    /** With the message bytes as {@code "header"} and {@code "body"} when {@code raw} is not null. */
    public String open(Peer p, String direction, Open o, byte[] raw) {
        JsonWriter w = begin(new JsonWriter(new StringBuilder(512)), p, "open", direction, raw);
        w.key("open");
        OpenJson.write(w, o);
        return end(w);
    }

    /** {@code "notification": {"code", "subcode", "data": "0x..", "message"}}. */
    public String notification(Peer p, String direction, Notification n) {
        JsonWriter w = begin(p, "notification", direction);
        w.key("notification").beginObject();
        w.key("code").value(n.code());
        w.key("subcode").value(n.subcode());
        byte[] data = n.data();
        w.key("data").hex(data, 0, data.length, true);
        String text = n.description();
        var communication = n.communication();
        if (communication.isPresent()) {
            text = text + " (" + communication.get() + ")";
        }
        w.key("message").value(text);
        w.endObject();
        return end(w);
    }

    public String keepalive(Peer p, String direction) {
        return end(begin(p, "keepalive", direction));
    }

    /** {@code "route-refresh": {"afi", "safi", "subtype": "query"|"begin"|"end"}}. */
    public String refresh(Peer p, String direction, RouteRefresh r) {
        JsonWriter w = begin(p, "refresh", direction);
        w.key("route-refresh").beginObject();
        w.key("afi").value(Family.afiName(r.family().afi()));
        w.key("safi").value(Family.safiName(r.family().safi()));
        w.key("subtype").value(switch (r.subtype()) {
            case RouteRefresh.REQUEST -> "query";
            case RouteRefresh.BEGIN -> "begin";
            case RouteRefresh.END -> "end";
            default -> Integer.toString(r.subtype());
        });
        w.endObject();
        return end(w);
    }

    /**
     * {@code "state": "connected"|"up"|"down"}, with {@code "reason"} when given (ExaBGP replaces brackets and
     * braces in it by parentheses).
     */
    public String state(Peer p, String state, String reason) {
        JsonWriter w = begin(p, "state", null);
        w.key("state").value(state);
        if (reason != null) {
            w.key("reason").value(reason.replace('[', '(').replace(']', ')').replace('{', '(').replace('}', ')'));
        }
        return end(w);
    }

    /** Another state of the session's finite state machine: {@code "type": "fsm", "state": <name>}. */
    public String fsm(Peer p, String state) {
        JsonWriter w = begin(p, "fsm", null);
        w.key("state").value(state);
        return end(w);
    }

    /** What each process receives when the speaker exits: {@code "type": "notification", "notification": "shutdown"}. */
    public String shutdown() {
        JsonWriter w = new JsonWriter(new StringBuilder(160));
        w.beginObject();
        envelope(w, "notification", null);
        w.key("notification").value("shutdown");
        w.endObject();
        return w.out().toString();
    }

    // ------------------------------------------------------------------ envelope

    private JsonWriter begin(Peer p, String type, String direction) {
        return begin(new JsonWriter(new StringBuilder(256)), p, type, direction, null);
    }

    private JsonWriter begin(JsonWriter w, Peer p, String type, String direction, byte[] raw) {
        w.beginObject();
        envelope(w, type, p);
        if (raw != null && raw.length >= 19) {
            w.key("header").hex(raw, 0, 19, true);
            if (raw.length > 19) {
                w.key("body").hex(raw, 19, raw.length - 19, true);
            }
        }
        w.key("neighbor").beginObject();
        w.key("address").beginObject().key("local").value(p.localAddress()).key("peer").value(p.peerAddress())
                .endObject();
        w.key("asn").beginObject().key("local").value(p.localAs()).key("peer").value(p.peerAs()).endObject();
        w.key("router-id").value(p.routerId());
        if (direction != null) {
            w.key("direction").value(direction);
        }
        return w;
    }

    private static String end(JsonWriter w) {
        w.endObject().endObject();
        return w.out().toString();
    }

    private void envelope(JsonWriter w, String type, Peer p) {
        w.key("exabgp").value(version);
        long micros = clockMicros.getAsLong();
        w.key("time").raw("");
        // seconds with up to 6 decimals, trailing zeros dropped but one kept, as Python prints time.time()
        StringBuilder out = w.out();
        out.append(micros / 1_000_000).append('.');
        int frac = (int) (micros % 1_000_000);
        int digits = 6;
        while (digits > 1 && frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        for (int pad = digits - 1, v = frac; pad > 0 && v < pow10(pad); pad--) {
            out.append('0');
        }
        out.append(frac);
        w.key("host").value(host);
        w.key("pid").value(pid);
        w.key("ppid").value(ppid);
        if (p != null) {
            AtomicLong counter = counters.get(p);
            if (counter == null) {
                counter = counters.computeIfAbsent(p, k -> new AtomicLong());
            }
            w.key("counter").value(counter.incrementAndGet());
        }
        w.key("type").value(type);
    }

    private static int pow10(int n) {
        int v = 1;
        for (int k = 0; k < n; k++) {
            v *= 10;
        }
        return v;
    }

    // ------------------------------------------------------------------ UPDATE

    private static final java.util.Map<Family, String> FAMILY_NAMES = new ConcurrentHashMap<>();

    /** ExaBGP's name of a family, e.g. {@code ipv4 unicast} (cached: no string building per message). */
    static String familyName(Family f) {
        String name = FAMILY_NAMES.get(f);
        if (name == null) {
            name = f.toString();
            if (FAMILY_NAMES.size() < 256) {
                FAMILY_NAMES.put(f, name);
            }
        }
        return name;
    }

    private static void eorBody(JsonWriter w, Family f) {
        w.beginObject().key("eor").beginObject().key("afi").value(Family.afiName(f.afi())).key("safi")
                .value(Family.safiName(f.safi())).endObject().endObject();
    }

    /** {@code {"update": {"attribute": {...}, "announce": {...}, "withdraw": {...}}}}, each part only when present. */
    static void updateBody(JsonWriter w, Update u) {
        updateBody(w, u, true);
    }

    /**
     * With {@code flowNextHop}, each announced flowspec rule repeats its next hop as {@code "next-hop"} (API 4/5;
     * ExaBGP's API 6 does not).
     */
    static void updateBody(JsonWriter w, Update u, boolean flowNextHop) {
        MpReach reach = null;
        MpUnreach unreach = null;
        NextHop nextHop = null;
        for (Attribute a : u.attributes()) {
            if (a instanceof MpReach r && reach == null) {
                reach = r;
            } else if (a instanceof MpUnreach r && unreach == null) {
                unreach = r;
            } else if (a instanceof NextHop n && nextHop == null) {
                nextHop = n;
            }
        }
        // RFC 7606 treat-as-withdraw: what the UPDATE announces is printed as withdrawn (ExaBGP 4 printed it as
        // announced, with an "error" attribute; a program acting on the JSON would install a route it must not)
        boolean taw = u.action() == ErrorAction.TREAT_AS_WITHDRAW;
        boolean announces = !taw && (!u.nlri().isEmpty() || (reach != null && !reach.nlri().isEmpty()));
        w.beginObject().key("update").beginObject();
        attributes(w, u, announces);
        if (announces) {
            w.key("announce").beginObject();
            if (!u.nlri().isEmpty()) {
                w.key(familyName(u.nlri().family())).beginObject();
                if (nextHop == null || nextHop.isSelf()) {
                    w.key(nextHop == null ? "null" : "self");
                } else {
                    w.keyIpv4(nextHop.address());
                }
                nlris(w, u.nlri());
                w.endObject();
            }
            if (reach != null && !reach.nlri().isEmpty()) {
                w.key(familyName(reach.family())).beginObject();
                String[] hops = reach.nextHopAddresses();
                w.key(hops.length == 0 ? "no-nexthop" : hops[0]);
                if (reach.nlri() instanceof FlowRules rules) {
                    w.beginArray();
                    FlowJson.entries(w, rules, flowNextHop && hops.length > 0 ? hops[0] : null);
                    w.endArray();
                } else if (reach.nlri() instanceof BgpLsNlris ls) {
                    w.beginArray();
                    BgpLsJson.entries(w, ls, hops.length > 0 ? hops[0] : null);
                    w.endArray();
                } else {
                    nlris(w, reach.nlri());
                }
                w.endObject();
            }
            w.endObject();
        }
        NlriList[] gone = {u.withdrawn(), taw ? u.nlri() : null, unreach == null ? null : unreach.nlri(),
            taw && reach != null ? reach.nlri() : null};
        boolean any = false;
        for (int i = 0; i < gone.length; i++) {
            if (gone[i] == null || gone[i].isEmpty() || sameFamilyBefore(gone, i)) {
                continue;
            }
            if (!any) {
                w.key("withdraw").beginObject();
                any = true;
            }
            Family f = gone[i].family();
            w.key(familyName(f)).beginArray();
            for (int j = i; j < gone.length; j++) {
                if (gone[j] != null && !gone[j].isEmpty() && gone[j].family().equals(f)) {
                    nlriEntries(w, gone[j]);
                }
            }
            w.endArray();
        }
        if (any) {
            w.endObject();
        }
        w.endObject().endObject();
    }

    private static boolean sameFamilyBefore(NlriList[] lists, int i) {
        for (int j = 0; j < i; j++) {
            if (lists[j] != null && !lists[j].isEmpty() && lists[j].family().equals(lists[i].family())) {
                return true;
            }
        }
        return false;
    }

    /** The attributes ExaBGP prints, ordered by type code as ExaBGP sorts them; none: no key at all. */
    /**
     * {@code "attribute": {...}} of a route's attributes, as in an UPDATE's JSON (the NEXT_HOP attribute left out:
     * it is the key of the announced routes); nothing when there is none.
     */
    public static void routeAttributes(JsonWriter w, List<Attribute> attributes) {
        attributes(w, attributes, true);
    }

    private static void attributes(JsonWriter w, Update u, boolean announces) {
        attributes(w, u.attributes(), announces);
    }

    private static void attributes(JsonWriter w, List<Attribute> list, boolean announces) {
        Attribute[] sorted = new Attribute[list.size()];
        int n = 0;
        As4Aggregator as4Aggregator = null;
        for (Attribute a : list) {
            int code = a.typeCode();
            if (code == MpReach.TYPE || code == MpUnreach.TYPE || code == 17 /* AS4_PATH, merged by the codec */) {
                continue;
            }
            if (a instanceof As4Aggregator x) {
                as4Aggregator = x;
                continue;
            }
            if (code == NextHop.TYPE && announces) {
                continue; // the next hop is the key of the announced routes
            }
            if (a instanceof AsPath path && path.isEmpty()) {
                continue;
            }
            boolean dup = false;
            for (int k = 0; k < n; k++) {
                dup |= sorted[k].typeCode() == code;
            }
            if (!dup) {
                sorted[n++] = a;
            }
        }
        if (n == 0) {
            return;
        }
        for (int k = 1; k < n; k++) { // insertion sort by type code: a handful of attributes
            Attribute a = sorted[k];
            int j = k - 1;
            while (j >= 0 && sorted[j].typeCode() > a.typeCode()) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = a;
        }
        w.key("attribute").beginObject();
        for (int k = 0; k < n; k++) {
            attribute(w, sorted[k], as4Aggregator);
        }
        w.endObject();
    }

    private static void attribute(JsonWriter w, Attribute a, As4Aggregator as4Aggregator) {
        if (a instanceof Origin o) {
            w.key("origin").value(o.name());
        } else if (a instanceof AsPath p) {
            asPath(w, p);
        } else if (a instanceof NextHop nh) {
            if (nh.isSelf()) {
                w.key("next-hop").value("self");
            } else {
                w.key("next-hop").ipv4(nh.address());
            }
        } else if (a instanceof Med m) {
            w.key("med").value(m.value());
        } else if (a instanceof LocalPref lp) {
            w.key("local-preference").value(lp.value());
        } else if (a instanceof AtomicAggregate) {
            w.key("atomic-aggregate").value(true);
        } else if (a instanceof Aggregator ag) {
            long asn = ag.asn();
            int address = ag.address();
            if (as4Aggregator != null && asn == AsPath.AS_TRANS) {
                asn = as4Aggregator.asn();
                address = as4Aggregator.address();
            }
            StringBuilder s = new StringBuilder(24).append(asn).append(':');
            JsonWriter.appendIpv4(s, address);
            w.key("aggregator").value(s.toString());
        } else if (a instanceof Communities c) {
            w.key("community").beginArray();
            for (int i = 0, k = c.size(); i < k; i++) {
                int v = c.get(i);
                w.beginArray().value(Community.high(v)).value(Community.low(v)).endArray();
            }
            w.endArray();
        } else if (a instanceof OriginatorId o) {
            w.key("originator-id").ipv4(o.address());
        } else if (a instanceof ClusterList c) {
            w.key("cluster-list").beginArray();
            for (int i = 0, k = c.size(); i < k; i++) {
                w.ipv4(c.get(i));
            }
            w.endArray();
        } else if (a instanceof ExtendedCommunities c) {
            w.key("extended-community").beginArray();
            for (int i = 0, k = c.size(); i < k; i++) {
                long v = c.get(i);
                w.beginObject().key("value").raw(Long.toUnsignedString(v)).key("string")
                        .value(ExtendedCommunity.format(v));
                if (ExtendedCommunity.jsonHasTransitive(v)) {
                    w.key("transitive").value(ExtendedCommunity.isTransitive(v));
                }
                w.endObject();
            }
            w.endArray();
        } else if (a instanceof Ipv6ExtendedCommunities c) {
            w.key("extended-community-ipv6").beginArray();
            for (int i = 0, k = c.size(); i < k; i++) {
                w.beginObject().key("value").raw(c.value(i).toString()).key("string").value(c.format(i))
                        .endObject();
            }
            w.endArray();
        } else if (a instanceof Aigp g) {
            if (g.hasMetric()) {
                w.key("aigp").value(g.metric());
            } else {
                byte[] tlvs = g.tlvs();
                w.key("aigp").hex(tlvs, 0, tlvs.length, false);
            }
        } else if (a instanceof LargeCommunities c) {
            w.key("large-community").beginArray();
            for (int i = 0, k = c.size(); i < k; i++) {
                w.beginArray().value(c.globalAdministrator(i)).value(c.localData1(i)).value(c.localData2(i))
                        .endArray();
            }
            w.endArray();
        } else if (a instanceof Otc o) {
            w.key("otc").value(o.asn());
        } else if (a instanceof LinkState s) {
            BgpLsJson.attribute(w, s.tlvs());
        } else if (a instanceof PmsiTunnel t) {
            PmsiJson.write(w, t);
        } else if (a instanceof TunnelEncapsulation t) {
            SrPolicyJson.attribute(w, t);
        } else if (a instanceof PrefixSid s) {
            byte[] tlvs = s.tlvs();
            if (!PrefixSidJson.write(w, tlvs)) {
                unknown(w, s.typeCode(), s.flags(), tlvs);
            }
        } else if (a instanceof UnknownAttribute x) {
            unknown(w, x.typeCode(), x.flags(), x.value());
        } else {
            // an attribute of a codec registered by another bundle: its flags and nothing more is known here
            unknown(w, a.typeCode(), a.flags(), new byte[0]);
        }
    }

    /** ExaBGP's generic form: {@code "attribute-0x<CODE>-0x<FLAGS>": "0x<hex>"}. */
    private static void unknown(JsonWriter w, int code, int flags, byte[] value) {
        w.key(String.format("attribute-0x%02X-0x%02X", code, flags)).hex(value, 0, value.length, false);
    }

    /** {@code {"0": {"element": "as-sequence", "value": [...]}, ...}}. */
    private static void asPath(JsonWriter w, AsPath p) {
        w.key("as-path").beginObject();
        int[] data = p.toCompactArray();
        int segment = 0;
        for (int i = 0; i < data.length; ) {
            int type = data[i] >>> 16;
            int count = data[i] & 0xFFFF;
            w.key(Integer.toString(segment++)).beginObject().key("element").value(segmentName(type)).key("value")
                    .beginArray();
            for (int k = i + 1; k <= i + count; k++) {
                w.unsigned(data[k]);
            }
            w.endArray().endObject();
            i += count + 1;
        }
        w.endObject();
    }

    static String segmentName(int type) {
        return switch (type) {
            case AsPath.AS_SET -> "as-set";
            case AsPath.AS_SEQUENCE -> "as-sequence";
            case AsPath.AS_CONFED_SEQUENCE -> "confed-sequence";
            case AsPath.AS_CONFED_SET -> "confed-set";
            default -> "unknown-" + type;
        };
    }

    /**
     * The JSON of the routes of one NLRI field alone, as ExaBGP's {@code decode} of an NLRI prints them: one object,
     * or an array when there are several.
     */
    public static String nlri(NlriList list) {
        JsonWriter w = new JsonWriter(new StringBuilder(256));
        if (list.size() != 1) {
            w.beginArray();
        }
        nlriEntries(w, list);
        if (list.size() != 1) {
            w.endArray();
        }
        return w.out().toString();
    }

    /** {@code [{"nlri": ..., "path-information": ..., "label": [[label, raw]], "rd": ...}, ...]}. */
    private static void nlris(JsonWriter w, NlriList list) {
        w.beginArray();
        nlriEntries(w, list);
        w.endArray();
    }

    private static void nlriEntries(JsonWriter w, NlriList list) {
        boolean pathIds = list.hasPathIds();
        StringBuilder out = w.out();
        if (L2vpnJson.entries(w, list) || McastVpnJson.entries(w, list) || RtcJson.entries(w, list)
                || MupJson.entries(w, list)
                || BgpLsJson.entries(w, list, null) || SrPolicyJson.entries(w, list)) {
            return;
        }
        if (list instanceof FlowRules rules) {
            FlowJson.entries(w, rules, null);
        } else if (list instanceof Ipv4Prefixes v4) {
            for (int i = 0, n = v4.size(); i < n; i++) {
                long p = v4.prefix(i);
                w.beginObject().key("nlri").raw("");
                out.append('"');
                JsonWriter.appendIpv4(out, Ipv4Prefixes.address(p));
                out.append('/').append(Ipv4Prefixes.length(p)).append('"');
                pathInformation(w, pathIds, v4.pathId(i));
                w.endObject();
            }
        } else if (list instanceof LabeledNlriList l) {
            VpnPrefixes vpn = l instanceof VpnPrefixes v ? v : null;
            for (int i = 0, n = l.size(); i < n; i++) {
                w.beginObject().key("nlri").value(l.prefixText(i));
                pathInformation(w, pathIds, l.pathId(i));
                w.key("label").beginArray();
                for (int k = 0, c = l.labelCount(i); k < c; k++) {
                    int raw = l.rawLabel(i, k);
                    w.beginArray().value(raw >>> 4).value(raw).endArray();
                }
                w.endArray();
                if (vpn != null) {
                    w.key("rd").value(RouteDistinguisher.format(vpn.rd(i)));
                }
                w.endObject();
            }
        } else {
            for (int i = 0, n = list.size(); i < n; i++) {
                w.beginObject().key("nlri").value(list instanceof Ipv6Prefixes v6
                        ? IpAddresses.format(v6.address(i)) + "/" + v6.length(i) : list.get(i).toString());
                pathInformation(w, pathIds, list.pathId(i));
                w.endObject();
            }
        }
    }

    private static void pathInformation(JsonWriter w, boolean pathIds, int id) {
        if (pathIds) {
            w.key("path-information").ipv4(id);
        }
    }
}
