package bgp.rib;

import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes the routing tables of the peers and interns their attribute sets: every RIB this factory made shares one
 * interner, so a set of attributes that many prefixes of many peers use is held once, and is freed when no route of
 * any of them uses it. A service; thread-safe. The RIBs it makes are not thread-safe: each belongs to its peer's
 * session thread.
 */
@ProviderType
public interface RibFactory {

    /** A new, empty Adj-RIB-In that stores what it is given (ExaBGP's {@code adj-rib-in true}, the default). */
    default AdjRibIn newAdjRibIn() {
        return newAdjRibIn(true);
    }

    /**
     * A new, empty Adj-RIB-In.
     *
     * @param enabled false for ExaBGP's {@code adj-rib-in false}: the RIB stores nothing, counts nothing and
     *     iterates nothing (the peer's UPDATEs still go to the listeners, through the reactor)
     */
    AdjRibIn newAdjRibIn(boolean enabled);

    /**
     * A new, empty Adj-RIB-Out that packs routes with the same attributes together in every family
     * ({@link AdjRibOut.Grouping#ALL}); its session is down until {@link AdjRibOut#sessionUp()}.
     */
    default AdjRibOut newAdjRibOut() {
        return newAdjRibOut(AdjRibOut.Grouping.ALL);
    }

    /**
     * A new, empty Adj-RIB-Out; its session is down until {@link AdjRibOut#sessionUp()}.
     *
     * @param grouping which routes share UPDATEs: {@link AdjRibOut.Grouping#IPV4_UNICAST} sends ExaBGP's UPDATEs
     *     for its default {@code group-updates true}, {@link AdjRibOut.Grouping#NONE} for {@code group-updates false}
     */
    AdjRibOut newAdjRibOut(AdjRibOut.Grouping grouping);

    /**
     * The attribute set of routes of a family with a next hop (not interned yet: a RIB interns it when a route
     * uses it). The attributes are encoded once here, so one set announced with many prefixes costs one encoding.
     *
     * @param family the routes' family: IPv4 unicast with a 4-byte next hop goes in the UPDATE body with NEXT_HOP,
     *     anything else in MP_REACH_NLRI
     * @param nextHop the next-hop address, 4 or 16 bytes (32: global and link-local IPv6); the route distinguisher
     *     of VPN families is added
     * @param attributes path attributes without NEXT_HOP, MP_REACH_NLRI, MP_UNREACH_NLRI (a NEXT_HOP equal to the
     *     next hop is accepted for IPv4 unicast)
     * @throws IllegalArgumentException when the next hop or an attribute does not fit (see {@link Route})
     * @throws bgp.codec.BgpEncodeException when an attribute cannot be encoded (an unresolved {@code next-hop self}
     *     among them)
     */
    AttributeSet attributes(Family family, byte[] nextHop, List<? extends Attribute> attributes);

    /**
     * The attribute set of a resolved route.
     *
     * @throws IllegalArgumentException when the route's next hop is an unresolved {@code self}
     */
    default AttributeSet attributes(Route route) {
        if (route.isSelf()) {
            throw Route.unresolved(route, "an attribute set");
        }
        return attributes(route.family(), route.nextHop(), route.attributes());
    }

    /** The number of distinct attribute sets that routes of this factory's RIBs use now. */
    int attributeSets();
}
