package bgp.rib;

import bgp.codec.Family;
import bgp.codec.message.Update;
import bgp.codec.nlri.Nlri;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The routes one peer sent us, keyed by (family, prefix, path identifier): at most one route per key, each with its
 * interned {@link AttributeSet}. Labeled and VPN routes are keyed without their labels (a withdrawal need not
 * repeat them), VPN routes with their route distinguisher. Not thread-safe: the peer's session thread owns it.
 *
 * <p>Graceful restart (RFC 4724): {@link #markStale()} when the session is lost, then the peer's new UPDATEs
 * refresh routes (a refreshed route is no longer stale), and {@link #sweepStale(Family)} on the family's
 * End-of-RIB ({@link #apply} does it when it is given one) or {@link #sweepStale()} when the restart timer fires
 * drops what was not refreshed.
 */
@ProviderType
public interface AdjRibIn {

    /** False for a RIB made with {@code adj-rib-in false}: it stores nothing. */
    boolean enabled();

    /**
     * Apply a decoded UPDATE: the withdrawn routes of the body and of MP_UNREACH_NLRI are removed, the NLRI of the
     * body and of MP_REACH_NLRI stored with the UPDATE's attributes (interned once per UPDATE and next hop:
     * NEXT_HOP for the body, MP_REACH_NLRI's next hop for its NLRI) and no longer stale. When the UPDATE's action is
     * {@link bgp.codec.ErrorAction#TREAT_AS_WITHDRAW} its NLRI are withdrawn instead (RFC 7606). An End-of-RIB
     * sweeps the stale routes of its family.
     */
    void apply(Update update);

    /** The number of routes. */
    int size();

    /** The number of routes of a family. */
    int size(Family family);

    /** The families that have routes. */
    Set<Family> families();

    /** The attributes of the route with this NLRI's key (family, prefix, path identifier), or null. */
    AttributeSet get(Nlri nlri);

    /** The attributes of an IPv4 route (prefix packed as by {@link bgp.codec.nlri.Ipv4Prefixes#pack}), or null. */
    AttributeSet getIpv4(Family family, long prefix, int pathId);

    /** Every route, family by family (IPv4 unicast first, then by AFI and SAFI). */
    void forEach(RouteVisitor visitor);

    /** Every route of a family. */
    void forEach(Family family, RouteVisitor visitor);

    /** Remove every route (the session went down without graceful restart, or the peer is removed). */
    void clear();

    /** Mark every route stale (the session was lost and the peer can restart gracefully). */
    void markStale();

    /** The number of stale routes. */
    int staleCount();

    /**
     * Remove the stale routes of a family (its End-of-RIB arrived, or the new session does not keep it).
     *
     * @return how many were removed
     */
    int sweepStale(Family family);

    /**
     * Remove every stale route (the restart timer fired).
     *
     * @return how many were removed
     */
    int sweepStale();
}
