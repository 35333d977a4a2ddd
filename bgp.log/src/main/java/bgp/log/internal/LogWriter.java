package bgp.log.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;

/**
 * Writes log entries, one line each: {@code 12:48:36.123 INFO  reactor: peer 127.0.0.1 ...}. The speaker's areas
 * (logger names {@code bgp.*}) are written at whatever level the Log service let through; other bundles' entries
 * (the framework's events, SCR) only from WARN up. An exception adds its text on the line; an ERROR's adds its
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

    static boolean shown(LogEntry e) {
        String name = e.getLoggerName();
        return name != null && (name.equals("bgp") || name.startsWith("bgp."))
                || e.getLogLevel().ordinal() <= LogLevel.WARN.ordinal();
    }

    static String format(LogEntry e) {
        String name = e.getLoggerName() == null ? "" : e.getLoggerName();
        String who = name.startsWith("bgp.") ? name.substring(4)
                : e.getBundle() == null ? name : e.getBundle().getSymbolicName();
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
