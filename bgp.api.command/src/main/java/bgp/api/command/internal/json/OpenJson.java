package bgp.api.command.internal.json;

import bgp.codec.Family;
import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.Capability;
import bgp.codec.capability.ExtendedNextHopCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.HostnameCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.PathsLimitCapability;
import bgp.codec.capability.RoleCapability;
import bgp.codec.capability.SoftwareVersionCapability;
import bgp.codec.capability.UnknownCapability;
import bgp.codec.message.Open;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code "open"} object: {@code {"version", "asn", "hold_time", "router_id", "capabilities": {"<code>": {...}}}},
 * capabilities keyed by code in the order first seen, several of one code (multiprotocol) merged into one entry,
 * as ExaBGP holds them in a dictionary.
 */
final class OpenJson {
    private static final String[] ADD_PATH = {"disabled", "receive", "send", "send/receive"};

    private OpenJson() {
    }

    static void write(JsonWriter w, Open o) {
        w.beginObject();
        w.key("version").value(o.version());
        w.key("asn").value(o.myAutonomousSystem());
        w.key("hold_time").value(o.holdTime());
        w.key("router_id").ipv4(o.bgpIdentifier());
        w.key("capabilities").beginObject();
        Map<Integer, List<Capability>> byCode = new LinkedHashMap<>();
        for (Capability c : o.capabilities()) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>(2)).add(c);
        }
        for (Map.Entry<Integer, List<Capability>> e : byCode.entrySet()) {
            w.key(Integer.toString(e.getKey()));
            capability(w, e.getKey(), e.getValue());
        }
        w.endObject();
        w.endObject();
    }

    private static String family(Family f) {
        return Family.afiName(f.afi()) + "/" + Family.safiName(f.safi());
    }

    private static void capability(JsonWriter w, int code, List<Capability> caps) {
        Capability first = caps.get(0);
        w.beginObject();
        if (first instanceof MultiprotocolCapability) {
            w.key("name").value("multiprotocol").key("families").beginArray();
            for (Capability c : caps) {
                w.value(family(((MultiprotocolCapability) c).family()));
            }
            w.endArray();
        } else if (first instanceof FourOctetAsCapability a) {
            w.key("name").value("asn4").key("asn4").value(a.asn());
        } else if (first instanceof SoftwareVersionCapability s) {
            w.key("software").value(s.version());
        } else if (first instanceof AddPathCapability) {
            w.key("name").value("addpath");
            for (Capability c : caps) {
                for (AddPathCapability.Entry e : ((AddPathCapability) c).entries()) {
                    w.key(family(e.family())).value(ADD_PATH[e.sendReceive() & 3]);
                }
            }
        } else if (first instanceof GracefulRestartCapability g) {
            w.key("name").value("graceful restart").key("time").value(g.restartTime());
            w.key("address-family-flags").beginObject();
            for (GracefulRestartCapability.Entry e : g.families()) {
                w.key(family(e.family())).beginArray();
                if ((e.flags() & 0x80) != 0) {
                    w.value("restart");
                }
                w.endArray();
            }
            w.endObject();
            w.key("restart-flags").beginArray();
            if ((g.restartFlags() & 0x8) != 0) {
                w.value("forwarding");
            }
            w.endArray();
        } else if (first instanceof HostnameCapability h) {
            w.key("host-name").value(h.hostname()).key("domain-name").value(h.domain());
        } else if (first instanceof ExtendedNextHopCapability x) {
            w.key("name").value("nexthop").key("conversion").beginArray();
            for (ExtendedNextHopCapability.Entry e : x.entries()) {
                w.value(Family.afiName(e.afi()) + "/" + Family.safiName(e.safi()) + "/"
                        + Family.afiName(e.nextHopAfi()));
            }
            w.endArray();
        } else if (first instanceof PathsLimitCapability p) {
            w.key("name").value("paths-limit");
            for (PathsLimitCapability.Entry e : p.entries()) {
                w.key(family(e.family())).value(e.limit());
            }
        } else if (first instanceof RoleCapability r) {
            w.key("name").value("role").key("role").value(r.role());
        } else if (first instanceof UnknownCapability u) {
            String iana = code >= 128 ? "reserved" : code >= 70 ? "unassigned" : "unknown";
            byte[] v = u.value();
            StringBuilder raw = new StringBuilder(v.length * 2);
            for (byte b : v) {
                raw.append(Character.toUpperCase(Character.forDigit((b >>> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            w.key("name").value("unknown").key("iana").value(iana).key("value").value(code).key("raw")
                    .value(raw.toString());
        } else {
            w.key("name").value(switch (code) {
                case 2 -> "route-refresh";
                case 6 -> "extended-message";
                case 70 -> "enhanced-route-refresh";
                case 77 -> "link-local-nexthop";
                default -> "capability-" + code;
            });
            if (code == 2) {
                w.key("variant").value("RFC");
            } else if (code == 6) {
                w.key("size").value(65535);
            }
        }
        w.endObject();
    }
}
