package bgp.log.internal;

import bgp.log.AreaLogger;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Logging for the speaker: sets the level of each area in the Log service's root logger context (see
 * {@link LogSettings}) and writes the log to the console or a file ({@link LogWriter}), starting with what the Log
 * service kept from before it started. A change of its configuration is applied at once; a configuration with an
 * invalid level or a file that cannot be opened is refused with an error and changes nothing.
 */
@Component(immediate = true, configurationPid = LogComponent.PID)
@Designate(ocd = LogConfig.class)
public final class LogComponent {
    static final String PID = "bgp.log";
    private static final AreaLogger LOG = AreaLogger.of(LogComponent.class, "bgp.log");

    private final BundleContext context;
    private final LoggerAdmin admin;
    private final LogReaderService reader;
    private LogSettings applied;
    private LogWriter writer;
    private PrintStream file;

    @Activate
    public LogComponent(BundleContext context, Map<String, Object> config, @Reference LoggerAdmin admin,
                        @Reference LogReaderService reader) {
        this.context = context;
        this.admin = admin;
        this.reader = reader;
        LogSettings s;
        String refused = null;
        try {
            s = settings(config);
        } catch (IllegalArgumentException e) {
            // a bad level in the configuration, a framework property or the environment: the defaults, and why
            refused = e.getMessage();
            s = LogSettings.resolve(Map.of(), name -> null, name -> Optional.empty());
        }
        apply(s);
        if (refused != null) {
            LOG.error("logging configuration refused: " + refused);
        }
    }

    @Modified
    synchronized void modified(Map<String, Object> config) {
        try {
            apply(settings(config));
        } catch (IllegalArgumentException e) {
            LOG.error("logging configuration refused: " + e.getMessage());
        }
    }

    @Deactivate
    synchronized void deactivate() {
        if (writer != null) {
            reader.removeLogListener(writer);
        }
        if (file != null) {
            file.close();
        }
    }

    private LogSettings settings(Map<String, ?> config) {
        return LogSettings.resolve(config, context::getProperty, LogComponent::exabgp);
    }

    /** ExaBGP's setting: a system property or environment variable, dotted or with underscores. */
    static Optional<String> exabgp(String dotted) {
        String underscored = dotted.replace('.', '_');
        for (String v : new String[] {System.getProperty(dotted), System.getProperty(underscored),
                System.getenv(dotted), System.getenv(underscored)}) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    private synchronized void apply(LogSettings s) {
        if (applied == null || !s.destination().equals(applied.destination())) {
            PrintStream out;
            PrintStream opened = null;
            switch (s.destination()) {
                case LogSettings.STDERR -> out = System.err;
                case LogSettings.STDOUT -> out = System.out;
                default -> {
                    try {
                        Path p = Path.of(s.destination());
                        if (p.getParent() != null) {
                            Files.createDirectories(p.getParent());
                        }
                        opened = new PrintStream(new FileOutputStream(p.toFile(), true), true, StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        if (applied != null) {
                            LOG.error("logging configuration refused: cannot write to " + s.destination() + ": " + e);
                            return;
                        }
                        // first start: log to the console and say why
                        s = new LogSettings(s.levels(), LogSettings.STDERR);
                        apply(s);
                        LOG.error("cannot write the log to the file given (" + e + "): it goes to standard error");
                        return;
                    }
                    out = opened;
                }
            }
            LogWriter next = new LogWriter(out);
            LogWriter previous = writer;
            PrintStream previousFile = file;
            writer = next;
            file = opened;
            setLevels(s);
            synchronized (next) {
                reader.addLogListener(next);
                if (previous != null) {
                    reader.removeLogListener(previous);
                } else {
                    writeHistory(next, s);
                }
            }
            if (previousFile != null) {
                previousFile.close();
            }
        } else {
            setLevels(s);
        }
        applied = s;
    }

    private void setLevels(LogSettings s) {
        LoggerContext root = admin.getLoggerContext(null);
        Map<String, LogLevel> levels = new HashMap<>(root.getLogLevels());
        levels.putAll(s.levels());
        root.setLogLevels(levels);
    }

    /**
     * What the Log service kept from before this component started, oldest first, at the levels now set (it was
     * kept at the framework's default level, {@code org.osgi.service.log.admin.loglevel}).
     */
    @SuppressWarnings("deprecation") // getLog(): the history is what a late listener has
    private void writeHistory(LogWriter w, LogSettings s) {
        List<LogEntry> history = new ArrayList<>(Collections.list(reader.getLog()));
        Collections.reverse(history);
        long last = -1;
        for (LogEntry e : history) {
            LogLevel level = s.levels().get(e.getLoggerName());
            if (level == null || level.implies(e.getLogLevel())) {
                w.logged(e);
            }
            last = Math.max(last, e.getSequence());
        }
        w.skipUpTo(last);
    }
}
