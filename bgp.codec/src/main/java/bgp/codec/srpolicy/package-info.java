/**
 * SR Policy (RFC 9830, SAFI 73, ExaBGP's {@code ipv4 sr-policy} and {@code ipv6 sr-policy}): the NLRI of a field
 * kept as its wire bytes with an offsets index ({@link bgp.codec.srpolicy.SrPolicyNlris}), single routes as objects
 * ({@link bgp.codec.srpolicy.SrPolicyNlri}), and the SR Policy tunnel of the Tunnel Encapsulation attribute
 * ({@link bgp.codec.srpolicy.SrPolicy}, its segment lists {@link bgp.codec.srpolicy.SegmentList} and segments
 * {@link bgp.codec.srpolicy.Segment}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.srpolicy;
