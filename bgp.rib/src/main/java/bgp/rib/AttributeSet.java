package bgp.rib;

import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The path attributes and the next hop that routes share, in canonical form: the attributes sorted by type code and
 * encoded with 4-octet AS numbers (the bytes BIRD's attribute cache hashes), plus, for routes that travel in
 * MP_REACH_NLRI, the head of that attribute (AFI, SAFI, next hop). A RIB holds one instance per distinct set,
 * shared by every route and every peer that uses it ({@link RibFactory}). Immutable; equal when the canonical bytes
 * are; thread-safe.
 */
@ProviderType
public interface AttributeSet {

    /**
     * The family of the MP_REACH_NLRI these attributes travel with; empty when they travel with IPv4 unicast NLRI in
     * the UPDATE body (the next hop is then the NEXT_HOP attribute).
     */
    Optional<Family> mpFamily();

    /**
     * The next hop: NEXT_HOP's 4 bytes, or MP_REACH_NLRI's next hop as on the wire (16 or 32 bytes for IPv6, with
     * the 8-byte route distinguisher first for VPN families). A copy.
     */
    byte[] nextHop();

    /** The next-hop addresses as text, ExaBGP's way (a global and a link-local IPv6 address both given). */
    List<String> nextHopAddresses();

    /**
     * The path attributes, sorted by type code: NEXT_HOP among them for sets that travel in the UPDATE body and, as
     * ExaBGP sends it, for IPv4 sets of other SAFIs (multicast, labeled, VPN) with an IPv4 next hop; never
     * MP_REACH_NLRI or MP_UNREACH_NLRI. Decoded from the canonical bytes on every call: for display, not for a hot
     * path.
     */
    List<Attribute> attributes();

    /** The canonical encoding of the path attributes (type order, 4-octet AS numbers). A copy. */
    byte[] encoded();
}
