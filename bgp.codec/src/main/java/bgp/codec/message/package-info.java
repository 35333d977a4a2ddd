/**
 * BGP messages as immutable values: {@link bgp.codec.message.Open}, {@link bgp.codec.message.Update},
 * {@link bgp.codec.message.Notification}, {@link bgp.codec.message.Keepalive} and
 * {@link bgp.codec.message.RouteRefresh}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.codec.message;
