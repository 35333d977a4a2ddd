package bgp.reactor;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * ExaBGP's environment settings, read as ExaBGP users set them: {@code exabgp.<section>.<key>} or
 * {@code exabgp_<section>_<key>} (e.g. {@code exabgp.tcp.port} or {@code exabgp_tcp_port}), as a property (framework
 * property, then system property, when made with {@link #of(Function, Map)} from a bundle context's
 * {@code getProperty}) or as a variable of the process environment. A property wins over the environment, the dotted
 * spelling over the underscored one within each; a blank value is unset. Immutable, thread-safe.
 *
 * <p>The settings this speaker honours (README, "Environment settings"): {@code tcp.bind}, {@code tcp.port},
 * {@code tcp.once}, {@code tcp.attempts}, {@code bgp.passive}, {@code bgp.openwait}, {@code api.ack},
 * {@code api.encoder}.
 */
public final class ExabgpEnvironment {
    private static final ExabgpEnvironment SYSTEM = new ExabgpEnvironment(System::getProperty, System.getenv());

    private final Function<String, String> properties;
    private final Map<String, String> environment;

    private ExabgpEnvironment(Function<String, String> properties, Map<String, String> environment) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Map.copyOf(environment);
    }

    /** System properties and the process environment. */
    public static ExabgpEnvironment system() {
        return SYSTEM;
    }

    /**
     * Properties looked up by {@code properties} (e.g. {@code bundleContext::getProperty}: framework properties, then
     * system properties), then the variables of {@code environment}.
     */
    public static ExabgpEnvironment of(Function<String, String> properties, Map<String, String> environment) {
        return new ExabgpEnvironment(properties, environment);
    }

    /** The setting's value, stripped; empty when unset or blank under both spellings. */
    public Optional<String> get(String section, String key) {
        String dotted = "exabgp." + section + "." + key;
        String underscored = "exabgp_" + section + "_" + key;
        for (String name : new String[] {dotted, underscored}) {
            String v = properties.apply(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        for (String name : new String[] {dotted, underscored}) {
            String v = environment.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * A boolean setting: ExaBGP's true words {@code true yes on enable 1} and false words {@code false no off disable
     * 0}, in any case.
     *
     * @throws IllegalArgumentException {@code invalid exabgp.api.ack 'maybe', expected true or false}
     */
    public boolean bool(String section, String key, boolean otherwise) {
        Optional<String> v = get(section, key);
        if (v.isEmpty()) {
            return otherwise;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "enable", "1" -> true;
            case "false", "no", "off", "disable", "0" -> false;
            default -> throw new IllegalArgumentException("invalid exabgp." + section + "." + key + " '" + v.get()
                    + "', expected true or false");
        };
    }

    /**
     * A whole-number setting from {@code min} to {@code max}.
     *
     * @throws IllegalArgumentException {@code invalid exabgp.bgp.openwait 'x', expected a number from 1 to 3600}
     */
    public int integer(String section, String key, int otherwise, int min, int max) {
        Optional<String> v = get(section, key);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the error below
        }
        throw new IllegalArgumentException("invalid exabgp." + section + "." + key + " '" + v.get()
                + "', expected a number from " + min + " to " + max);
    }

    /**
     * A setting with a fixed set of values (compared in lower case; the value returned in lower case).
     *
     * @throws IllegalArgumentException {@code invalid exabgp.api.encoder 'xml', expected text or json}
     */
    public String choice(String section, String key, String otherwise, String... allowed) {
        Optional<String> v = get(section, key);
        if (v.isEmpty()) {
            return otherwise;
        }
        String lower = v.get().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(lower)) {
                return a;
            }
        }
        throw new IllegalArgumentException("invalid exabgp." + section + "." + key + " '" + v.get() + "', expected "
                + String.join(" or ", allowed));
    }
}
