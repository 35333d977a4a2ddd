/**
 * Configuration: the {@link bgp.config.ConfigurationService} reads ExaBGP configuration files; its errors
 * ({@link bgp.config.ConfigError}) name the file, line and column and what was expected.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.config;
