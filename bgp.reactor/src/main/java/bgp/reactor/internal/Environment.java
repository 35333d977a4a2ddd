package bgp.reactor.internal;

import java.util.Map;
import java.util.Optional;

/**
 * ExaBGP's environment settings: {@code exabgp.<section>.<key>} as a system property or environment variable, or
 * {@code exabgp_<section>_<key>} as either; system properties (either spelling) before the environment.
 */
final class Environment {
    private Environment() {
    }

    static Optional<String> get(String section, String key) {
        return get(section, key, System.getenv(), System.getProperties());
    }

    static Optional<String> get(String section, String key, Map<String, String> env, java.util.Properties props) {
        String dotted = "exabgp." + section + "." + key;
        String underscored = "exabgp_" + section + "_" + key;
        for (String name : new String[] {dotted, underscored}) {
            String v = props.getProperty(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        for (String name : new String[] {dotted, underscored}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }
}
