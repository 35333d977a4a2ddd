package bgp.log.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;

/**
 * Writes log entries, one line each: {@code 12:48:36.123 INFO  reactor: peer 127.0.0.1 ...}. The speaker's areas
 * ({@link #AREAS}) are written at whatever level the Log service let through; other loggers' entries (the
 * framework's events, SCR's, also those SCR names after our components) only from WARN up, under their name. An exception adds its text on the line; an ERROR's adds its
 * stack trace. Entries up to {@link #skipUpTo} (already written from the Log service's history) are skipped.
 */
final class LogWriter implements LogListener {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final PrintStream out;
    private long skipUpTo = -1;

    LogWriter(PrintStream out) {
        this.out = out;
    }

    /** Entries of sequence number up to {@code sequence} are not written again. */
    synchronized void skipUpTo(long sequence) {
        skipUpTo = Math.max(skipUpTo, sequence);
    }

    @Override
    public synchronized void logged(LogEntry e) {
        if (e.getSequence() <= skipUpTo || !shown(e)) {
            return;
        }
        out.println(format(e));
        if (e.getException() != null && e.getLogLevel() == LogLevel.ERROR) {
            e.getException().printStackTrace(out);
        }
        out.flush();
    }

    /** The speaker's own loggers: {@code bgp} and its areas (not SCR's loggers named by our components' classes). */
    static final Set<String> AREAS = Set.of("bgp", "bgp.reactor", "bgp.codec", "bgp.api", "bgp.config", "bgp.log");

    static boolean shown(LogEntry e) {
        return e.getLoggerName() != null && AREAS.contains(e.getLoggerName())
                || e.getLogLevel().ordinal() <= LogLevel.WARN.ordinal();
    }

    static String format(LogEntry e) {
        String name = e.getLoggerName() == null || e.getLoggerName().isEmpty()
                ? (e.getBundle() == null ? "?" : e.getBundle().getSymbolicName()) : e.getLoggerName();
        String who = AREAS.contains(name) && name.startsWith("bgp.") ? name.substring(4) : name;
        StringBuilder b = new StringBuilder(96).append(TIME.format(Instant.ofEpochMilli(e.getTime()))).append(' ');
        String level = e.getLogLevel().name();
        b.append(level).append(" ".repeat(Math.max(1, 6 - level.length()))).append(who).append(": ")
                .append(e.getMessage());
        if (e.getException() != null) {
            b.append(" (").append(e.getException()).append(')');
        }
        return b.toString();
    }
}
