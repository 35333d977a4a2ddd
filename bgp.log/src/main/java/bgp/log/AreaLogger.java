package bgp.log;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * A logger of one area of the speaker, for classes that are not DS components (a component may as well reference
 * the {@link LoggerFactory}): {@code private static final AreaLogger LOG = AreaLogger.of(MyClass.class,
 * AreaLogger.REACTOR)}. In a framework it logs through the OSGi Log service, with the {@link LoggerFactory} of the
 * bundle that holds {@code owner} and a logger named by the area, so that the level of each area is the Log
 * service's (set by the {@code bgp.log} component); outside a framework, or while no Log service runs, it logs to
 * {@code java.util.logging} under the same name. Thread-safe; a message supplier is only called when its level is
 * enabled, so a disabled debug line costs one volatile read and one check.
 */
public final class AreaLogger {
    /** Sessions, connections, the state machine, listeners. */
    public static final String REACTOR = "bgp.reactor";
    /** The wire format. */
    public static final String CODEC = "bgp.codec";
    /** Commands and the process API. */
    public static final String API = "bgp.api";
    /** Configuration files and Config Admin neighbors. */
    public static final String CONFIG = "bgp.config";

    private final Class<?> owner;
    private final String area;
    private final java.util.logging.Logger fallback;
    /** The bundle context the tracker was opened with (a bundle stopped and started again gets a new one). */
    private volatile BundleContext context;
    private volatile Logger logger;

    private AreaLogger(Class<?> owner, String area) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.area = Objects.requireNonNull(area, "area");
        this.fallback = java.util.logging.Logger.getLogger(area);
    }

    /** The logger of {@code area} (e.g. {@link #REACTOR}) for classes of {@code owner}'s bundle. */
    public static AreaLogger of(Class<?> owner, String area) {
        return new AreaLogger(owner, area);
    }

    /** The area: the logger's name. */
    public String area() {
        return area;
    }

    /** The Log service's logger, or null (then {@code java.util.logging}). */
    private Logger logger() {
        Bundle b = FrameworkUtil.getBundle(owner);
        BundleContext now = b == null ? null : b.getBundleContext();
        if (now != context) {
            track(now);
        }
        return logger;
    }

    /**
     * Track the {@link LoggerFactory} with {@code now}. The context is published last, once the tracker is open (and
     * has set the logger if a factory is there): a thread that sees it also sees the logger, and a thread that
     * does not waits here.
     */
    private synchronized void track(BundleContext now) {
        if (now == context) {
            return;
        }
        logger = null;
        if (now == null) {
            context = null;
            return;
        }
        try {
            ServiceTracker<LoggerFactory, LoggerFactory> tracker = new ServiceTracker<>(now, LoggerFactory.class,
                    new ServiceTrackerCustomizer<>() {
                        @Override
                        public LoggerFactory addingService(ServiceReference<LoggerFactory> ref) {
                            LoggerFactory f = now.getService(ref);
                            if (f != null && logger == null) {
                                logger = f.getLogger(area);
                            }
                            return f;
                        }

                        @Override
                        public void modifiedService(ServiceReference<LoggerFactory> ref, LoggerFactory f) {
                        }

                        @Override
                        public void removedService(ServiceReference<LoggerFactory> ref, LoggerFactory f) {
                            logger = null;
                            try {
                                now.ungetService(ref);
                            } catch (IllegalStateException stopped) {
                                // the bundle is stopping
                            }
                        }
                    });
            tracker.open();
            context = now;
        } catch (IllegalStateException stopping) {
            context = null;
        }
    }

    public boolean isDebugEnabled() {
        Logger l = logger();
        return l != null ? l.isDebugEnabled() : fallback.isLoggable(Level.FINE);
    }

    public boolean isInfoEnabled() {
        Logger l = logger();
        return l != null ? l.isInfoEnabled() : fallback.isLoggable(Level.INFO);
    }

    public void debug(String message) {
        Logger l = logger();
        if (l != null) {
            l.debug("{}", message); // the message is a format: "{}" keeps its braces
        } else {
            fallback.fine(message);
        }
    }

    public void debug(Supplier<String> message) {
        if (isDebugEnabled()) {
            debug(message.get());
        }
    }

    public void debug(String message, Throwable t) {
        Logger l = logger();
        if (l != null) {
            l.debug("{}", message, t);
        } else {
            fallback.log(Level.FINE, message, t);
        }
    }

    public void info(String message) {
        Logger l = logger();
        if (l != null) {
            l.info("{}", message); // the message is a format: "{}" keeps its braces
        } else {
            fallback.info(message);
        }
    }

    public void info(Supplier<String> message) {
        if (isInfoEnabled()) {
            info(message.get());
        }
    }

    public void warn(String message) {
        Logger l = logger();
        if (l != null) {
            l.warn("{}", message); // the message is a format: "{}" keeps its braces
        } else {
            fallback.warning(message);
        }
    }

    public void warn(Supplier<String> message) {
        Logger l = logger();
        if (l != null ? l.isWarnEnabled() : fallback.isLoggable(Level.WARNING)) {
            warn(message.get());
        }
    }

    public void warn(String message, Throwable t) {
        Logger l = logger();
        if (l != null) {
            l.warn("{}", message, t);
        } else {
            fallback.log(Level.WARNING, message, t);
        }
    }

    public void error(String message) {
        Logger l = logger();
        if (l != null) {
            l.error("{}", message); // the message is a format: "{}" keeps its braces
        } else {
            fallback.severe(message);
        }
    }

    public void error(String message, Throwable t) {
        Logger l = logger();
        if (l != null) {
            l.error("{}", message, t);
        } else {
            fallback.log(Level.SEVERE, message, t);
        }
    }
}
