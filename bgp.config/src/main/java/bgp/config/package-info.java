/**
 * Configuration: the {@link bgp.config.ConfigurationService} reads ExaBGP configuration files into an immutable
 * model ({@link bgp.config.Configuration}: {@link bgp.config.ProcessConfig}s and {@link bgp.config.NeighborConfig}s
 * with their routes, {@link bgp.config.ApiConfig}s, flow, VPLS and operational sections); its errors
 * ({@link bgp.config.ConfigError}, {@link bgp.config.ConfigException}) name the file, line, column and token and what
 * was expected. Route text: {@link bgp.config.route}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.config;
