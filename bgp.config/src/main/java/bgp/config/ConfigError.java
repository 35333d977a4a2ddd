package bgp.config;

import java.util.Objects;

/**
 * One error in a configuration file.
 *
 * @param file the file as it was named
 * @param line 1-based; 0 when the error is about the whole file (it cannot be read)
 * @param column 1-based, in characters; 0 when the error is about the whole file
 * @param token the offending word as written ({@code ""} when there is none, e.g. at end of file)
 * @param message what is wrong, and what was expected
 */
public record ConfigError(String file, int line, int column, String token, String message) {

    public ConfigError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(message, "message");
    }

    /** An error without an offending token. */
    public ConfigError(String file, int line, int column, String message) {
        this(file, line, column, "", message);
    }

    /** {@code file:line:column: message}, as compilers print errors ({@code file: message} without a position). */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
