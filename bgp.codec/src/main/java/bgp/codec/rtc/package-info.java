/**
 * Route Target membership NLRI (RFC 4684, AFI 1 SAFI 132, ExaBGP's {@code ipv4 rtc}): a field of an UPDATE kept as
 * its wire bytes with an offsets index ({@link bgp.codec.rtc.RtcNlris}); single routes as objects
 * ({@link bgp.codec.rtc.RtcNlri}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.rtc;
