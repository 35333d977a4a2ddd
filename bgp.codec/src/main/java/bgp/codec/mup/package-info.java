/**
 * BGP-MUP NLRI (draft-mpmz-bess-mup-safi, SAFI 85, ExaBGP's {@code mup}) of IPv4 and IPv6: a field of an UPDATE kept
 * as its wire bytes with an offsets index ({@link bgp.codec.mup.MupNlris}); single routes as objects
 * ({@link bgp.codec.mup.MupNlri}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.mup;
