/**
 * ExaBGP's route text, shared by the configuration ({@code static}, {@code announce}) and the API commands
 * ({@code announce route ...}, {@code announce ipv4 unicast ...}, {@code announce attributes ... nlri ...}):
 * {@link bgp.config.route.RouteParser} turns {@link bgp.config.route.Token}s into
 * {@link bgp.config.route.ConfigRoute}s (a {@link bgp.rib.Route} plus ExaBGP's per-route flags), and
 * {@link bgp.config.route.RouteDefaults} adds the iBGP/eBGP attribute defaults at the neighbor boundary.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.config.route;
