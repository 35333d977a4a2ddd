/**
 * The BGP-4 wire format: the {@link bgp.codec.MessageCodec} service, the negotiated {@link bgp.codec.OpenContext}
 * every decode and encode runs in, address families, and the typed decode error with its RFC 7606 action.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec;
