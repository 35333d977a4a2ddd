/**
 * The BGP speaker's core: the {@link bgp.reactor.Reactor} service keeps the peers ({@link bgp.reactor.Neighbor}s)
 * and, later, their sessions, transport and Adj-RIBs. Both the configuration and the {@code create} command build
 * {@link bgp.reactor.Neighbor} values.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.reactor;
