package bgp.rib.internal;

import bgp.codec.Family;
import java.util.Comparator;

/** Which table holds a family, and the order families are listed and sent in. */
final class Tables {
    /** IPv4 unicast first (it is (1, 1)), then by AFI and SAFI. */
    static final Comparator<Family> ORDER = Comparator.comparingInt(Family::afi).thenComparingInt(Family::safi);

    private Tables() {
    }

    static RouteTable create(Family family, boolean withSent) {
        boolean ip = family.safi() == Family.SAFI_UNICAST || family.safi() == Family.SAFI_MULTICAST;
        if (ip && family.afi() == Family.AFI_IPV4) {
            return new Ipv4Table(family, withSent);
        }
        if (ip && family.afi() == Family.AFI_IPV6) {
            return new Ipv6Table(family, withSent);
        }
        return new NlriTable(family, withSent);
    }
}
