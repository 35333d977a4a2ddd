package bgp.codec.message;

import bgp.codec.Family;

/**
 * ROUTE-REFRESH (RFC 2918) with the RFC 7313 message subtype: 0 a normal request, 1 Beginning of Route Refresh,
 * 2 End of Route Refresh.
 */
public record RouteRefresh(Family family, int subtype) implements Message {
    public static final int REQUEST = 0;
    public static final int BEGIN = 1;
    public static final int END = 2;

    public RouteRefresh {
        if (subtype < 0 || subtype > 255) {
            throw new IllegalArgumentException("route refresh subtype out of range: " + subtype);
        }
    }

    /** A plain request for a family. */
    public static RouteRefresh request(Family family) {
        return new RouteRefresh(family, REQUEST);
    }

    @Override
    public int type() {
        return TYPE_ROUTE_REFRESH;
    }
}
