package bgp.log.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.log.LogLevel;

/**
 * What the {@code bgp.log} component applies: a level per logger name ({@code bgp}, {@code bgp.reactor},
 * {@code bgp.codec}, {@code bgp.api}, {@code bgp.config}) and a destination. Each setting is taken from the first
 * source that has it: the component's configuration ({@code level}, {@code level.<area>}, {@code destination}), the
 * framework properties ({@code bgp.log.level}, {@code bgp.log.level.<area>}, {@code bgp.log.destination}), ExaBGP's
 * environment settings ({@code exabgp.log.level}, {@code exabgp.log.destination}; an area's level falls back to
 * the general one), then INFO and {@code stderr}.
 *
 * @param levels the level per logger name, in the order above
 * @param destination {@code stderr}, {@code stdout} or a file name
 */
record LogSettings(Map<String, LogLevel> levels, String destination) {
    static final List<String> AREAS = List.of("reactor", "codec", "api", "config");
    static final String STDERR = "stderr";
    static final String STDOUT = "stdout";

    /**
     * @param config the component's configuration (empty values count as absent)
     * @param framework a framework property by name, or null
     * @param exabgp an ExaBGP environment setting by its dotted name ({@code exabgp.log.level}), or empty
     * @throws IllegalArgumentException for a level no one knows, naming where it came from
     */
    static LogSettings resolve(Map<String, ?> config, Function<String, String> framework,
                               Function<String, Optional<String>> exabgp) {
        Map<String, LogLevel> levels = new LinkedHashMap<>();
        String general = first(config.get("level"), framework.apply("bgp.log.level"));
        String generalSource = nonBlank(config.get("level")) != null ? "level" : "bgp.log.level";
        if (general == null) {
            general = exabgp.apply("exabgp.log.level").orElse(null);
            generalSource = "exabgp.log.level";
        }
        LogLevel all = general == null ? LogLevel.INFO : level(general, generalSource);
        levels.put("bgp", all);
        for (String area : AREAS) {
            String fromConfig = nonBlank(config.get("level." + area));
            String v = first(fromConfig, framework.apply("bgp.log.level." + area));
            levels.put("bgp." + area, v == null ? all
                    : level(v, fromConfig != null ? "level." + area : "bgp.log.level." + area));
        }
        String destination = first(config.get("destination"), framework.apply("bgp.log.destination"));
        if (destination == null) {
            destination = exabgp.apply("exabgp.log.destination").orElse(STDERR);
        }
        return new LogSettings(levels, destination);
    }

    /**
     * A level by name: the OSGi names (AUDIT, ERROR, WARN, INFO, DEBUG, TRACE) and the syslog names ExaBGP uses
     * (EMERG, ALERT, CRIT, CRITICAL, ERR, WARNING, NOTICE), any case.
     */
    static LogLevel level(String name, String source) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "AUDIT" -> LogLevel.AUDIT;
            case "ERROR", "ERR", "CRIT", "CRITICAL", "ALERT", "EMERG", "FATAL" -> LogLevel.ERROR;
            case "WARN", "WARNING" -> LogLevel.WARN;
            case "INFO", "NOTICE" -> LogLevel.INFO;
            case "DEBUG" -> LogLevel.DEBUG;
            case "TRACE" -> LogLevel.TRACE;
            default -> throw new IllegalArgumentException("invalid log level '" + name.strip() + "' for " + source
                    + ", expected one of ERROR, WARN, INFO, DEBUG, TRACE (or NOTICE, WARNING, ERR, CRIT)");
        };
    }

    private static String first(Object a, String b) {
        String v = nonBlank(a);
        return v != null ? v : nonBlank(b);
    }

    private static String nonBlank(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}
