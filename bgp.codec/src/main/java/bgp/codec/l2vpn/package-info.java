/**
 * L2VPN NLRI (AFI 25): VPLS (RFC 4761, SAFI 65) and EVPN (RFC 7432 / RFC 9136, SAFI 70). A field of an UPDATE is
 * kept as its wire bytes with an offsets index ({@link bgp.codec.l2vpn.VplsNlris}, {@link bgp.codec.l2vpn.EvpnNlris});
 * single routes as objects ({@link bgp.codec.l2vpn.VplsNlri}, {@link bgp.codec.l2vpn.EvpnNlri}) for the API, the
 * configuration and JSON.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.l2vpn;
