package bgp.api.command.internal.process;

import bgp.api.command.internal.show.RouteText;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.NextHop;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.Capability;
import bgp.codec.capability.ExtendedNextHopCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.HostnameCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.NlriList;
import bgp.reactor.PeerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ExaBGP 4.x's text encoder ({@code encoder text}), one event as one or more lines (joined by {@code \n}, no
 * newline at the end), {@code <dir>} being {@code receive} or {@code send}:
 * <ul>
 * <li>{@code neighbor <ip> connected}, {@code neighbor <ip> up}, {@code neighbor <ip> down - <reason>};</li>
 * <li>an UPDATE: {@code neighbor <ip> receive update start}, then one line per NLRI in the message's order (withdrawn
 * routes, announced routes, MP_UNREACH_NLRI, MP_REACH_NLRI): {@code ... update announced <nlri> next-hop <ip><attributes>}
 * (the attributes as {@code show adj-rib out extensive} writes them, each after a space), {@code ... update <nlri>
 * <attributes>} for an announcement without a next hop (flow), {@code ... update withdrawn <nlri>}; then
 * {@code ... update end}. An End-of-RIB: {@code ... update route eor <afi>/<safi> (<afi name> <safi name>)} between
 * start and end;</li>
 * <li>{@code neighbor <ip> <dir> notification code <c> subcode <s> data 0x<HEX>};</li>
 * <li>{@code neighbor <ip> <dir> open version 4 asn <2-octet asn> hold_time <s> router_id <ip> capabilities [<list>]},
 * the capabilities one per code in code order, as ExaBGP names them, lower case, joined by {@code ", "};</li>
 * <li>{@code neighbor <ip> receive keepalive}; {@code neighbor <ip> receive route-refresh afi <afi> safi <safi>
 * query|begin|end};</li>
 * <li>at exit, {@link #shutdown}: {@code shutdown <pid> <ppid>}.</li>
 * </ul>
 * Other events (FSM changes, lost-event notices) have no text form (null).
 */
final class TextEncoder {
    private static final String[] ADD_PATH = {"disabled", "receive", "send", "send/receive"};

    private TextEncoder() {
    }

    static String event(PeerEvent e) {
        String who = "neighbor " + e.peer().peerAddress();
        if (e instanceof PeerEvent.StateChanged s) {
            String state = s.exabgpState();
            return switch (state) {
                case "up", "connected" -> who + " " + state;
                case "down" -> who + " down - " + (s.reason() == null ? "" : s.reason());
                default -> null;
            };
        }
        if (e instanceof PeerEvent.UpdateReceived u) {
            return update(who + " receive update", u.update());
        }
        if (e instanceof PeerEvent.EndOfRibReceived eor) {
            return endOfRib(who + " receive update", eor.family());
        }
        if (e instanceof PeerEvent.NotificationMessage n) {
            return notification(who + " " + direction(n.received()), n.notification());
        }
        if (e instanceof PeerEvent.OpenMessage o) {
            return open(who + " " + direction(o.received()), o.open());
        }
        if (e instanceof PeerEvent.KeepaliveReceived) {
            return who + " receive keepalive";
        }
        if (e instanceof PeerEvent.RouteRefreshReceived r) {
            return refresh(who + " receive", r.refresh());
        }
        return null;
    }

    /** The line each program gets at exit: {@code shutdown <pid> <ppid>}. */
    static String shutdown() {
        ProcessHandle self = ProcessHandle.current();
        return "shutdown " + self.pid() + " " + self.parent().map(ProcessHandle::pid).orElse(0L);
    }

    private static String direction(boolean received) {
        return received ? "receive" : "send";
    }

    static String update(String prefix, Update up) {
        if (up.endOfRib().isPresent()) {
            return endOfRib(prefix, up.endOfRib().get());
        }
        StringBuilder attributes = new StringBuilder();
        List<Attribute> all = up.attributes();
        RouteText.appendAttributes(attributes, all);
        StringBuilder sb = new StringBuilder(prefix).append(" start\n");
        withdrawn(sb, prefix, up.withdrawn());
        String nextHop = up.attribute(NextHop.class).map(Object::toString).orElse("");
        announced(sb, prefix, up.nlri(), nextHop, attributes);
        up.mpUnreach().ifPresent(m -> withdrawn(sb, prefix, m.nlri()));
        up.mpReach().ifPresent(m -> announced(sb, prefix, m.nlri(), nextHops(m), attributes));
        return sb.append(prefix).append(" end").toString();
    }

    private static String nextHops(MpReach m) {
        return String.join(" ", m.nextHopAddresses());
    }

    private static void withdrawn(StringBuilder sb, String prefix, NlriList l) {
        for (int i = 0; i < l.size(); i++) {
            sb.append(prefix).append(" withdrawn ");
            nlri(sb, l, i);
            sb.append('\n');
        }
    }

    private static void announced(StringBuilder sb, String prefix, NlriList l, String nextHop,
            CharSequence attributes) {
        for (int i = 0; i < l.size(); i++) {
            if (nextHop.isEmpty()) {
                sb.append(prefix).append(' ');
                nlri(sb, l, i);
                sb.append(' ').append(attributes).append('\n');
            } else {
                sb.append(prefix).append(" announced ");
                nlri(sb, l, i);
                sb.append(" next-hop ").append(nextHop).append(attributes).append('\n');
            }
        }
    }

    private static void nlri(StringBuilder sb, NlriList l, int i) {
        Object n = l.get(i);
        sb.append(n);
        if (n instanceof IpPrefix p && p.pathId() != 0) {
            sb.append(" path-information ").append(IpAddresses.ipv4(p.pathId()));
        }
    }

    static String endOfRib(String prefix, Family f) {
        return prefix + " start\n" + prefix + " route eor " + f.afi() + "/" + f.safi() + " (" + Family.afiName(f.afi())
                + " " + Family.safiName(f.safi()) + ")\n" + prefix + " end";
    }

    static String notification(String prefix, Notification n) {
        StringBuilder sb = new StringBuilder(prefix).append(" notification code ").append(n.code())
                .append(" subcode ").append(n.subcode()).append(" data 0x");
        hex(sb, n.data());
        return sb.toString();
    }

    static String refresh(String prefix, RouteRefresh r) {
        String subtype = switch (r.subtype()) {
            case 0 -> "query";
            case 1 -> "begin";
            case 2 -> "end";
            default -> "invalid";
        };
        return prefix + " route-refresh afi " + Family.afiName(r.family().afi()) + " safi "
                + Family.safiName(r.family().safi()) + " " + subtype;
    }

    static String open(String prefix, Open o) {
        Map<Integer, List<Capability>> byCode = new TreeMap<>();
        for (Capability c : o.capabilities()) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>(2)).add(c);
        }
        List<String> caps = new ArrayList<>(byCode.size());
        byCode.forEach((code, list) -> caps.add(capability(code, list).toLowerCase(java.util.Locale.ROOT)));
        return prefix + " open version " + o.version() + " asn " + o.myAutonomousSystem() + " hold_time "
                + o.holdTime() + " router_id " + IpAddresses.ipv4(o.bgpIdentifier()) + " capabilities ["
                + String.join(", ", caps) + "]";
    }

    private static String family(Family f) {
        return Family.afiName(f.afi()) + " " + Family.safiName(f.safi());
    }

    /** One capability code as ExaBGP 4.x names it (before lower-casing). */
    private static String capability(int code, List<Capability> caps) {
        Capability first = caps.get(0);
        if (first instanceof MultiprotocolCapability) {
            List<String> f = new ArrayList<>();
            for (Capability c : caps) {
                f.add(family(((MultiprotocolCapability) c).family()));
            }
            return "Multiprotocol(" + String.join(",", f) + ")";
        }
        if (first instanceof FourOctetAsCapability a) {
            return "ASN4(" + a.asn() + ")";
        }
        if (first instanceof AddPathCapability) {
            List<String> f = new ArrayList<>();
            for (Capability c : caps) {
                for (AddPathCapability.Entry e : ((AddPathCapability) c).entries()) {
                    f.add(ADD_PATH[e.sendReceive() & 3] + " " + family(e.family()));
                }
            }
            return "AddPath(" + String.join(",", f) + ")";
        }
        if (first instanceof GracefulRestartCapability g) {
            List<String> f = new ArrayList<>();
            for (GracefulRestartCapability.Entry e : g.families()) {
                f.add(Family.afiName(e.family().afi()) + "/" + Family.safiName(e.family().safi()) + "=0x"
                        + Integer.toHexString(e.flags()));
            }
            return "Graceful Restart Flags 0x" + Integer.toHexString(g.restartFlags()) + " Time " + g.restartTime()
                    + " " + String.join(" ", f);
        }
        if (first instanceof HostnameCapability h) {
            return "Hostname(" + h.hostname() + " " + h.domain() + ")";
        }
        if (first instanceof ExtendedNextHopCapability x) {
            List<String> f = new ArrayList<>();
            for (ExtendedNextHopCapability.Entry e : x.entries()) {
                f.add(Family.afiName(e.afi()) + " " + Family.safiName(e.safi()) + " " + Family.afiName(e.nextHopAfi()));
            }
            return "NextHop(" + String.join(",", f) + ")";
        }
        return switch (code) {
            case 2 -> "Route Refresh";
            case 6 -> "Extended Message(65535)";
            case 70 -> "Enhanced Route Refresh";
            case 128 -> "Cisco Route Refresh";
            case 185 -> "Operational";
            default -> code >= 128 ? "Reserved reserved-0x" + Integer.toHexString(code)
                    : code >= 70 ? "Unassigned unassigned-0x" + Integer.toHexString(code)
                    : "Unknown capability-0x" + Integer.toHexString(code);
        };
    }

    private static void hex(StringBuilder sb, byte[] b) {
        for (byte x : b) {
            sb.append(Character.toUpperCase(Character.forDigit((x >>> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
        }
    }
}
