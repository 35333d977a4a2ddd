package bgp.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

class LogSettingsTest {
    static Map<String, LogLevel> levels(LogLevel bgp, LogLevel reactor, LogLevel codec, LogLevel api,
                                        LogLevel config) {
        Map<String, LogLevel> m = new LinkedHashMap<>();
        m.put("bgp", bgp);
        m.put("bgp.reactor", reactor);
        m.put("bgp.codec", codec);
        m.put("bgp.api", api);
        m.put("bgp.config", config);
        return m;
    }

    @Test
    void defaultsAreInfoOnStandardError() {
        LogSettings s = LogSettings.resolve(Map.of(), n -> null, n -> Optional.empty());
        assertEquals(levels(LogLevel.INFO, LogLevel.INFO, LogLevel.INFO, LogLevel.INFO, LogLevel.INFO), s.levels());
        assertEquals("stderr", s.destination());
    }

    @Test
    void configurationBeforeFrameworkPropertiesBeforeExabgp() {
        Map<String, String> framework = Map.of("bgp.log.level", "warn", "bgp.log.level.codec", "DEBUG",
                "bgp.log.level.api", "error", "bgp.log.destination", "/tmp/fw.log");
        Map<String, String> exabgp = Map.of("exabgp.log.level", "DEBUG", "exabgp.log.destination", "stdout");
        LogSettings s = LogSettings.resolve(Map.of("level.api", "TRACE", "level.config", " ", "destination", ""),
                framework::get, n -> Optional.ofNullable(exabgp.get(n)));
        assertEquals(levels(LogLevel.WARN, LogLevel.WARN, LogLevel.DEBUG, LogLevel.TRACE, LogLevel.WARN), s.levels());
        assertEquals("/tmp/fw.log", s.destination());

        LogSettings c = LogSettings.resolve(Map.of("level", "ERROR", "destination", "stdout"), framework::get,
                n -> Optional.ofNullable(exabgp.get(n)));
        assertEquals(levels(LogLevel.ERROR, LogLevel.ERROR, LogLevel.DEBUG, LogLevel.ERROR, LogLevel.ERROR),
                c.levels());
        assertEquals("stdout", c.destination());
    }

    @Test
    void exabgpSettingsMapOnTheLevelsAndTheDestination() {
        Map<String, String> exabgp = Map.of("exabgp.log.level", "NOTICE", "exabgp.log.destination", "/var/log/x");
        LogSettings s = LogSettings.resolve(Map.of(), n -> null, n -> Optional.ofNullable(exabgp.get(n)));
        assertEquals(levels(LogLevel.INFO, LogLevel.INFO, LogLevel.INFO, LogLevel.INFO, LogLevel.INFO), s.levels());
        assertEquals("/var/log/x", s.destination());
        assertEquals(LogLevel.WARN, LogSettings.level("warning", "x"));
        assertEquals(LogLevel.ERROR, LogSettings.level("ERR", "x"));
        assertEquals(LogLevel.ERROR, LogSettings.level("CRIT", "x"));
        assertEquals(LogLevel.DEBUG, LogSettings.level(" debug ", "x"));
    }

    @Test
    void anUnknownLevelIsAnErrorNamingItsSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogSettings.resolve(Map.of("level.reactor", "LOUD"), n -> null, n -> Optional.empty()));
        assertEquals("invalid log level 'LOUD' for level.reactor, expected one of ERROR, WARN, INFO, DEBUG, TRACE"
                + " (or NOTICE, WARNING, ERR, CRIT)", e.getMessage());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> LogSettings.resolve(Map.of(), n -> null, n -> Optional.of("verbose")));
        assertEquals("invalid log level 'verbose' for exabgp.log.level, expected one of ERROR, WARN, INFO, DEBUG,"
                + " TRACE (or NOTICE, WARNING, ERR, CRIT)", x.getMessage());
    }
}
