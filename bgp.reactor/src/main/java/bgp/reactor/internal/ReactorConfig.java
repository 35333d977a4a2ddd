package bgp.reactor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The reactor's settings (PID {@code bgp.reactor}). Unset values fall back to ExaBGP's environment settings
 * {@code exabgp.tcp.bind} / {@code exabgp.tcp.port} (either spelling, {@code exabgp_tcp_port} too), then to ExaBGP's
 * defaults: no listening socket, port 179.
 */
@ObjectClassDefinition(name = "BGP reactor",
        description = "Where the speaker accepts BGP connections, and its event-loop threads")
@interface ReactorConfig {
    @AttributeDefinition(description = "Addresses to listen on (IP literals); empty: exabgp.tcp.bind, else none")
    String[] listen() default {};

    @AttributeDefinition(description = "TCP port to listen on; 0: exabgp.tcp.port, else 179")
    int port() default 0;

    @AttributeDefinition(description = "Netty event-loop threads")
    int threads() default 2;
}
