package bgp.log.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The logging settings (PID {@code bgp.log}). An empty value falls back to the framework (or system) property of
 * the same name prefixed {@code bgp.log.} ({@code bgp.log.level.reactor}, ...), then, for {@code level} and
 * {@code destination}, to ExaBGP's {@code exabgp.log.level} / {@code exabgp.log.destination}, then to INFO on
 * standard error.
 */
@ObjectClassDefinition(name = "BGP logging", description = "Log levels per area, and where the log goes")
@interface LogConfig {
    @AttributeDefinition(description = "Level of every area: ERROR, WARN, INFO, DEBUG, TRACE (or ExaBGP's / syslog's"
            + " names: NOTICE, WARNING, ERR, CRIT)")
    String level() default "";

    @AttributeDefinition(name = "level.reactor", description = "Level of the reactor (sessions, connections)")
    String level_reactor() default "";

    @AttributeDefinition(name = "level.codec", description = "Level of the codec (wire format)")
    String level_codec() default "";

    @AttributeDefinition(name = "level.api", description = "Level of the API (commands, processes)")
    String level_api() default "";

    @AttributeDefinition(name = "level.config", description = "Level of the configuration")
    String level_config() default "";

    @AttributeDefinition(description = "stderr (default), stdout, or a file to append to")
    String destination() default "";
}
