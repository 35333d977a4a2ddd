/**
 * Path attributes (RFC 4271 §4.3 and extensions): the {@link bgp.codec.attribute.Attribute} values, and the
 * {@link bgp.codec.attribute.AttributeCodec} SPI by which the attribute table (one codec per type code) is extended.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.attribute;
