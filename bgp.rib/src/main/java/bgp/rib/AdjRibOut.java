package bgp.rib;

import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What we want one peer to have, and what it still has to be told. Each route, keyed by (family, prefix, path
 * identifier), has a desired attribute set (none once withdrawn) and the set the peer was last sent; it is pending
 * while the two differ (or after {@link #flush()}). Pending routes wait in buckets, one per attribute set (as BIRD
 * does) plus one of withdrawals per family, so that {@link #drain} packs each bucket into as few UPDATEs as the
 * session and the {@link Grouping} allow, in the order the routes were announced. Only the final state of a route is ever sent: announcing and then withdrawing a route before a
 * drain sends a withdrawal if the peer had it and nothing if it did not; announcing a route again with the
 * attributes it has sends nothing.
 *
 * <p>A new RIB is down: routes can be announced into it, and {@link #sessionUp()} makes the whole table pending.
 * {@link #sessionDown()} forgets what the peer had. Not thread-safe: the peer's session thread owns it.
 */
@ProviderType
public interface AdjRibOut {

    /**
     * Which routes share an UPDATE (when their attributes are the same). ExaBGP's {@code group-updates true} (its
     * default) is {@link #IPV4_UNICAST}, {@code group-updates false} is {@link #NONE}.
     */
    enum Grouping {
        /** Every family: routes with the same attributes, and withdrawals, fill UPDATEs (the fastest; the default). */
        ALL,
        /**
         * As ExaBGP with {@code group-updates true}: IPv4 unicast routes with the same attributes, and IPv4 unicast
         * withdrawals, fill UPDATEs; every other family sends one NLRI per UPDATE.
         */
        IPV4_UNICAST,
        /** As ExaBGP with {@code group-updates false}: one NLRI per UPDATE, withdrawals included. */
        NONE;

        /** Whether routes of a family share UPDATEs. */
        public boolean groups(Family family) {
            return this == ALL || this == IPV4_UNICAST && family.equals(Family.IPV4_UNICAST);
        }
    }

    /** How this RIB groups routes into UPDATEs. */
    Grouping grouping();

    /**
     * Announce a route: it replaces the route with the same key.
     *
     * @throws IllegalArgumentException when its next hop is an unresolved {@code self} (resolve it first with
     *     {@link NextHopResolver}), or its NLRI is of a family the route's attributes cannot travel with
     * @throws bgp.codec.BgpEncodeException when an attribute cannot be encoded
     */
    void announce(Route route);

    /**
     * Announce an NLRI with an attribute set (see {@link RibFactory#attributes}); the way to announce many prefixes
     * with one set.
     *
     * @throws IllegalArgumentException when the set is for another family ({@link AttributeSet#mpFamily()})
     */
    void announce(Nlri nlri, AttributeSet attributes);

    /** {@link #announce(Nlri, AttributeSet)} of an IPv4 prefix packed as by {@link bgp.codec.nlri.Ipv4Prefixes#pack}. */
    void announceIpv4(Family family, long prefix, int pathId, AttributeSet attributes);

    /** {@link #announce(Nlri, AttributeSet)} of an IPv6 prefix: address bits (high, low) and length. */
    void announceIpv6(Family family, long high, long low, int length, int pathId, AttributeSet attributes);

    /**
     * Withdraw the route with this NLRI's key.
     *
     * @return false when there was no such route
     */
    boolean withdraw(Nlri nlri);

    /** {@link #withdraw(Nlri)} of a packed IPv4 prefix. */
    boolean withdrawIpv4(Family family, long prefix, int pathId);

    /**
     * Withdraw the route with this NLRI's key and, while the session is up, send the peer a withdrawal even when it was
     * never sent the route (not announced, not yet sent, or already withdrawn): a program's explicit withdrawal, which
     * the peer may need for a route it holds from elsewhere (stale after a graceful restart, or announced by an
     * earlier run of the program). ExaBGP sends these. An announcement of the route before the next drain replaces
     * the withdrawal, as with {@link #withdraw(Nlri)}. While the session is down this is {@link #withdraw(Nlri)}.
     */
    void withdrawAlways(Nlri nlri);

    /** The desired attributes of the route with this NLRI's key, or null. */
    AttributeSet get(Nlri nlri);

    /** The number of routes we want the peer to have. */
    int size();

    /** The number of routes of a family we want the peer to have. */
    int size(Family family);

    /** The families that have routes we want the peer to have. */
    Set<Family> families();

    /** Every route we want the peer to have, family by family (IPv4 unicast first, then by AFI and SAFI). */
    void forEach(RouteVisitor visitor);

    /** Every route of a family we want the peer to have. */
    void forEach(Family family, RouteVisitor visitor);

    /** The number of routes with a change still to send (announcement or withdrawal). */
    int pending();

    /** Whether the session is up (between {@link #sessionUp()} and {@link #sessionDown()}). */
    boolean isUp();

    /** The session is established: the peer has nothing, so every route is pending. */
    void sessionUp();

    /** The session is gone: the peer has nothing any more; routes waiting to be withdrawn are forgotten. */
    void sessionDown();

    /** {@code flush adj-rib out}: send every route again. */
    void flush();

    /** {@code clear adj-rib out}: withdraw every route (the peer is sent withdrawals for what it has). */
    void clear();

    /**
     * Write pending changes as whole UPDATE messages (header included), as full as the session and the
     * {@link #grouping()} allow: first the withdrawals of every family, then the announcements, bucket by bucket
     * (buckets in the order their first pending route changed, routes in the order they changed: the order they were
     * announced, also after {@link #sessionUp()} and {@link #flush()}). IPv4 unicast goes in the UPDATE body
     * (withdrawn routes, NEXT_HOP), other families in MP_UNREACH_NLRI (alone) / MP_REACH_NLRI, laid out as ExaBGP
     * does: MP_REACH_NLRI after the other attributes (which are in type order), MP attributes with the 1-octet
     * length (flags 0x80) when it fits and the extended length (0x90) when not; path identifiers where the context
     * sends them; AS numbers as wide as the context says (AS4_PATH added for a 2-octet session). Families the
     * context did not negotiate are left pending. The routes written count as sent.
     *
     * <p>Stops before a message once {@code maxBytes} have been written by this call, so that the caller can stop
     * when its channel is not writable and call again later: at most {@code maxBytes} plus one message.
     *
     * @return true when nothing is left to send for the context's families (the moment to send End-of-RIB after
     *     the initial table)
     * @throws bgp.codec.BgpEncodeException when an attribute set does not leave room for one NLRI in a message of
     *     the session's size (its routes stay pending and are skipped by this drain)
     * @throws IllegalStateException when the session is down
     */
    boolean drain(OpenContext context, WireWriter out, int maxBytes);
}
