package bgp.reactor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The reactor's settings (PID {@code bgp.reactor}). Unset values fall back to ExaBGP's environment settings
 * {@code exabgp.tcp.bind} / {@code exabgp.tcp.port} / {@code exabgp.bgp.openwait} (either spelling,
 * {@code exabgp_tcp_port} too; see {@link bgp.reactor.ExabgpEnvironment}), then to ExaBGP's defaults: no listening
 * socket, port 179, 60 s. {@code exabgp.bgp.passive}, {@code exabgp.tcp.attempts} and {@code exabgp.tcp.once} come
 * from the environment only.
 */
@ObjectClassDefinition(name = "BGP reactor",
        description = "Where the speaker accepts BGP connections, and its event-loop threads")
@interface ReactorConfig {
    @AttributeDefinition(description = "Addresses to listen on (IP literals); empty: exabgp.tcp.bind, else none")
    String[] listen() default {};

    @AttributeDefinition(description = "TCP port to listen on; 0: exabgp.tcp.port, else 179")
    int port() default 0;

    @AttributeDefinition(description = "Seconds to wait for the peer's OPEN after sending ours; 0: exabgp.bgp.openwait,"
            + " else 60")
    int openwait() default 0;

    @AttributeDefinition(description = "Netty event-loop threads")
    int threads() default 2;
}
