/**
 * Network layer reachability information: per AFI/SAFI an {@link bgp.codec.nlri.NlriCodec} turns the NLRI field of
 * an UPDATE (or of MP_REACH/MP_UNREACH) into a compact {@link bgp.codec.nlri.NlriList} (primitives, no object per
 * prefix), and back. Single {@link bgp.codec.nlri.Nlri} objects exist for tools, JSON and building routes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.nlri;
