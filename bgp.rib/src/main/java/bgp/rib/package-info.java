/**
 * Routing information bases of a BGP speaker: per peer an {@link bgp.rib.AdjRibIn} (what the peer sent) and an
 * {@link bgp.rib.AdjRibOut} (what we want the peer to have, with the changes still to send, packed into UPDATEs on
 * demand), both made by the {@link bgp.rib.RibFactory} service, which also interns {@link bgp.rib.AttributeSet}s for
 * every RIB it made. A {@link bgp.rib.Route} is how the configuration and the API build a route;
 * {@link bgp.rib.NextHopResolver} resolves its {@code next-hop self} with the session before it enters a RIB.
 *
 * <p>Prefixes are held as primitives: an IPv4 prefix is one {@code long} as packed by
 * {@link bgp.codec.nlri.Ipv4Prefixes#pack(int, int)}, an IPv6 prefix two {@code long}s and a length (see
 * {@link bgp.codec.nlri.Ipv6Prefixes}); NLRI objects ({@link bgp.codec.nlri.Nlri}) are accepted and produced where
 * convenience matters more than speed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.rib;
