package bgp.config.route;

import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Origin;
import bgp.rib.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ExaBGP's attribute defaults for a route sent to a neighbor. They belong to the neighbor boundary, not to the
 * parsed model: the configuration keeps routes as written (so that a reload compares what the user wrote, and
 * {@code show} prints it), and whoever hands a route to a neighbor's Adj-RIB-Out applies {@link #forSession}:
 * <ul>
 * <li>iBGP (local-as = peer-as): ORIGIN igp, an empty AS_PATH and LOCAL_PREF 100 when not given;</li>
 * <li>eBGP: ORIGIN igp when not given, an AS_PATH of local-as alone when none is given (a given AS_PATH is sent as
 * written: ExaBGP's {@code qa/encoding/conf-ebgp} sends {@code as-path [65533]} from AS 65533 unchanged), LOCAL_PREF
 * dropped.</li>
 * </ul>
 */
public final class RouteDefaults {
    /** ExaBGP's LOCAL_PREF on iBGP when none is given. */
    public static final long DEFAULT_LOCAL_PREF = 100;

    private RouteDefaults() {
    }

    /** The lists with defaults made last: see {@link #forSession}. */
    private static final SessionLists LISTS = new SessionLists(1024);

    /**
     * The route as sent on a session from {@code localAs} to {@code peerAs}; attributes in type-code order. Routes
     * whose attribute lists are the same instance (a configuration's routes written alike, an API program's repeated
     * tails) get the same list with the defaults, made once (the RIB encodes an attribute set once per list).
     */
    public static Route forSession(Route route, long localAs, long peerAs) {
        List<Attribute> given = route.attributes();
        long kind = localAs == peerAs ? SessionLists.INTERNAL : localAs;
        List<Attribute> out = LISTS.get(given, kind);
        if (out == null) {
            out = withDefaults(given, localAs, peerAs);
            LISTS.put(given, kind, out);
        }
        return route.withAttributes(out);
    }

    /** The attributes with the defaults of a session from {@code localAs} to {@code peerAs}, in type-code order. */
    private static List<Attribute> withDefaults(List<Attribute> given, long localAs, long peerAs) {
        boolean internal = localAs == peerAs;
        List<Attribute> out = new ArrayList<>(given.size() + 3);
        boolean origin = false;
        boolean path = false;
        boolean localPref = false;
        for (Attribute a : given) {
            if (a instanceof Origin) {
                origin = true;
            } else if (a instanceof AsPath) {
                path = true; // sent as written, on eBGP too: ExaBGP does not prepend local-as to a given path
            } else if (a instanceof LocalPref) {
                localPref = true;
                if (!internal) {
                    continue;
                }
            }
            out.add(a);
        }
        if (!origin) {
            out.add(Origin.IGP);
        }
        if (!path) {
            out.add(internal ? AsPath.EMPTY : AsPath.sequence(localAs));
        }
        if (internal && !localPref) {
            out.add(new LocalPref(DEFAULT_LOCAL_PREF));
        }
        out.sort(Comparator.comparingInt(Attribute::typeCode));
        return List.copyOf(out);
    }
}
