/**
 * OPEN capabilities (RFC 5492): the {@link bgp.codec.capability.Capability} values, and the
 * {@link bgp.codec.capability.CapabilityCodec} SPI by which the capability table is extended (one codec per code;
 * other bundles add codecs as services).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.capability;
