package bgp.config;

import java.util.List;
import java.util.Objects;

/**
 * A {@code process <name> { run ...; encoder text|json; respawn true|false; }} block: a program the speaker runs and
 * talks to through its stdin/stdout.
 *
 * @param name the process name, as {@code api { processes [ ... ] }} names it
 * @param argv the program and its arguments, split on white space without a shell (a quoted word is one argument);
 *     a program given as a relative path ({@code ./run/x.py}, {@code run/x}) is resolved against the configuration
 *     file's directory, a bare name too when that directory has such a file, else ({@code python3}) it is left to
 *     the PATH
 * @param encoder {@code text} (the default) or {@code json}
 * @param respawn whether the program is restarted when it exits (default true)
 */
public record ProcessConfig(String name, List<String> argv, String encoder, boolean respawn) {
    public static final String TEXT = "text";
    public static final String JSON = "json";

    public ProcessConfig {
        Objects.requireNonNull(name, "name");
        argv = List.copyOf(argv);
        Objects.requireNonNull(encoder, "encoder");
    }
}
