/**
 * Multicast VPN NLRI (RFC 6514 §4, SAFI 5, ExaBGP's {@code mcast-vpn}) of IPv4 and IPv6: a field of an UPDATE kept
 * as its wire bytes with an offsets index ({@link bgp.codec.mvpn.McastVpnNlris}); single routes as objects
 * ({@link bgp.codec.mvpn.McastVpnNlri}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.mvpn;
