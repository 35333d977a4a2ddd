/**
 * BGP-LS (RFC 9552, AFI 16388, SAFI 71 and 72, ExaBGP's {@code bgp-ls bgp-ls} and {@code bgp-ls bgp-ls-vpn}): the
 * NLRI of an UPDATE kept as its wire bytes with an offsets index ({@link bgp.codec.bgpls.BgpLsNlris}), single routes
 * as objects ({@link bgp.codec.bgpls.BgpLsNlri}), and the BGP-LS attribute (29, {@link bgp.codec.bgpls.LinkState})
 * kept as its TLVs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.bgpls;
