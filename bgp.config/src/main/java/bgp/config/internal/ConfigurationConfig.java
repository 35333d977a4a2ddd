package bgp.config.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration service's settings (PID {@code bgp.config}). */
@ObjectClassDefinition(name = "BGP configuration", description = "The ExaBGP configuration file the speaker runs")
@interface ConfigurationConfig {
    @AttributeDefinition(description = "Path of the ExaBGP configuration file; empty: none")
    String file() default "";
}
