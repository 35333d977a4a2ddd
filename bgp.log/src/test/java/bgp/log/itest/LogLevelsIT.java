package bgp.log.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.log.AreaLogger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * In Felix with the Log service: the {@code bgp.log} configuration sets each area's level and the destination, and
 * only the lines of enabled levels reach the file, in the writer's format; a bad level changes nothing.
 */
@ExtendWith(ServiceExtension.class)
class LogLevelsIT {
    static final AreaLogger REACTOR = AreaLogger.of(LogLevelsIT.class, AreaLogger.REACTOR);
    static final AreaLogger CODEC = AreaLogger.of(LogLevelsIT.class, AreaLogger.CODEC);
    static final AreaLogger API = AreaLogger.of(LogLevelsIT.class, AreaLogger.API);
    /** A logger named as SCR names its loggers after a component: below the reactor's name, not one of our areas. */
    static final AreaLogger COMPONENT = AreaLogger.of(LogLevelsIT.class, "bgp.reactor.internal.SomeComponent");

    @InjectService(timeout = 5000)
    ConfigurationAdmin configAdmin;

    @InjectService(timeout = 5000)
    LoggerAdmin loggerAdmin;

    /** The file's lines without their time stamp (the first 13 characters, "HH:mm:ss.SSS "). */
    static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.substring(13)).toList();
    }

    static void awaitLevel(LoggerAdmin admin, String name, LogLevel level) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (admin.getLoggerContext(null).getLogLevels().get(name) != level) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(name + " is not " + level + ": " + admin.getLoggerContext(null).getLogLevels());
            }
            Thread.sleep(20);
        }
    }

    static void awaitLines(Path file, int n) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.exists(file) || Files.readAllLines(file).size() < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("fewer than " + n + " lines in " + file + ": "
                        + (Files.exists(file) ? Files.readAllLines(file) : "no file"));
            }
            Thread.sleep(20);
        }
    }

    @Test
    void eachAreaLogsAtItsLevelToTheFileGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bgp.log");
        Configuration c = configAdmin.getConfiguration("bgp.log", "?");
        try {
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("level", "WARN");
            p.put("level.reactor", "DEBUG");
            p.put("destination", file.toString());
            c.update(p);
            awaitLevel(loggerAdmin, "bgp.reactor", LogLevel.DEBUG);
            awaitLevel(loggerAdmin, "bgp.codec", LogLevel.WARN);

            REACTOR.debug("reactor debug {not a placeholder}");
            REACTOR.info(() -> "reactor info");
            CODEC.info("codec info: filtered");
            CODEC.debug(() -> { throw new AssertionError("a disabled level's message is not computed"); });
            CODEC.warn("codec warn", new IllegalStateException("why"));
            API.info("api info: filtered");
            API.error("api error");
            COMPONENT.debug("a component's debug line: not written, though bgp.reactor is at DEBUG");
            COMPONENT.info("nor its info line");
            COMPONENT.warn("its warning is");
            awaitLines(file, 5);
            Thread.sleep(200); // anything more would be a filtered line
            assertEquals(List.of(
                    "DEBUG reactor: reactor debug {not a placeholder}",
                    "INFO  reactor: reactor info",
                    "WARN  codec: codec warn (java.lang.IllegalStateException: why)",
                    "ERROR api: api error",
                    "WARN  bgp.reactor.internal.SomeComponent: its warning is"), lines(file));

            // a bad level is refused: the levels stay as they are
            p.put("level.reactor", "LOUD");
            c.update(p);
            Thread.sleep(500);
            assertEquals(LogLevel.DEBUG, loggerAdmin.getLoggerContext(null).getLogLevels().get("bgp.reactor"));
            awaitLines(file, 6);
            assertEquals("ERROR log: logging configuration refused: invalid log level 'LOUD' for level.reactor,"
                    + " expected one of ERROR, WARN, INFO, DEBUG, TRACE (or NOTICE, WARNING, ERR, CRIT)",
                    lines(file).stream().filter(l -> l.startsWith("ERROR log:")).findFirst().orElseThrow());
        } finally {
            c.delete();
        }
    }
}
