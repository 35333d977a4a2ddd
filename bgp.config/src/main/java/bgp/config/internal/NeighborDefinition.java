package bgp.config.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One neighbor as an OSGi configuration (factory PID {@code bgp.neighbor}): what OSGi users set with their usual
 * tools (Configurator JSON, Felix FileInstall {@code .cfg}/{@code .config}, the web console).
 */
@ObjectClassDefinition(name = "BGP neighbor", description = "A BGP peer of the speaker, besides those of the ExaBGP file")
@interface NeighborDefinition {
    @AttributeDefinition(name = "peer address", description = "The peer's IPv4 or IPv6 address")
    String peer_address();

    @AttributeDefinition(name = "local address", description = "Our address on the session; empty: discovered")
    String local_address() default "";

    @AttributeDefinition(name = "local AS")
    long local_as();

    @AttributeDefinition(name = "peer AS")
    long peer_as();

    @AttributeDefinition(name = "router-id", description = "Our BGP identifier; empty: an IPv4 local address")
    String router_id() default "";

    @AttributeDefinition(description = "Families, afi-safi (e.g. ipv4-unicast, ipv6-unicast)")
    String[] families() default {"ipv4-unicast"};

    @AttributeDefinition(name = "hold time", description = "Seconds, 0 or 3..65535")
    int hold_time() default 180;

    @AttributeDefinition(description = "Only wait for the peer to connect")
    boolean passive() default false;

    @AttributeDefinition(description = "The peer's TCP port")
    int port() default 179;

    @AttributeDefinition(name = "graceful restart", description = "Restart time in seconds (0..4095) to announce; "
            + "-1: no graceful-restart capability")
    int graceful_restart() default -1;

    @AttributeDefinition(name = "MD5 password", description = "RFC 2385 TCP MD5 password; empty: none")
    String md5_password() default "";
}
