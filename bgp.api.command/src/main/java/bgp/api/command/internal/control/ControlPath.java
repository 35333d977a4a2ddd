package bgp.api.command.internal.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the control channel's socket is: the configured path (PID {@code bgp.api.control}, property {@code path});
 * else ExaBGP's setting {@code exabgp.api.socketname} (framework or system property, or environment variable, also
 * spelled {@code exabgp_api_socketname}; a name becomes {@code <tmpdir>/<name>.sock}, a value with a {@code /} is a
 * path);
 * else {@code <tmpdir>/bgp-<user>.sock}. The {@code cli} tool resolves it the same way.
 */
public final class ControlPath {
    /** ExaBGP's setting: section and key. */
    static final String SETTING = "exabgp.api.socketname";

    private ControlPath() {
    }

    /**
     * @param configured the configured path, or null/blank for none
     */
    public static Path resolve(String configured, Map<String, String> env, Properties props) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String tmp = props.getProperty("java.io.tmpdir", "/tmp");
        String name = setting(env, props);
        if (name != null) {
            return name.contains("/") ? Path.of(name) : Path.of(tmp, name + ".sock");
        }
        return Path.of(tmp, "bgp-" + props.getProperty("user.name", "user") + ".sock");
    }

    private static String setting(Map<String, String> env, Properties props) {
        String underscored = SETTING.replace('.', '_');
        for (String name : new String[] {SETTING, underscored}) {
            String v = props.getProperty(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        for (String name : new String[] {SETTING, underscored}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
