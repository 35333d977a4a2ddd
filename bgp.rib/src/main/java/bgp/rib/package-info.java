/**
 * Routing information bases: the {@link bgp.rib.RibFactory} service makes one {@link bgp.rib.AdjRibIn} per peer.
 * Prefixes are packed into longs ({@link bgp.codec.nlri.Ipv4Prefixes#pack(int, int)}); attributes are the codec's
 * {@link bgp.codec.attribute.Attribute} values.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.rib;
