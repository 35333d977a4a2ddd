/**
 * Logging for the speaker's bundles through the OSGi Log service: {@link bgp.log.AreaLogger} is what a class logs
 * with, one logger per area ({@code bgp.reactor}, {@code bgp.codec}, {@code bgp.api}, {@code bgp.config}), each
 * with its level (PID {@code bgp.log}, framework properties {@code bgp.log.level[.<area>]}, or ExaBGP's
 * {@code exabgp.log.level}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.log;
