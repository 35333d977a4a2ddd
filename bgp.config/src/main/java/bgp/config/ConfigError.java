package bgp.config;

import java.util.Objects;

/**
 * One error in a configuration file.
 *
 * @param file the file as it was named
 * @param line 1-based; 0 when the error is about the whole file (it cannot be read)
 * @param column 1-based, in characters; 0 when the error is about the whole file
 * @param message what is wrong, or what was expected
 */
public record ConfigError(String file, int line, int column, String message) {

    public ConfigError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, as compilers print errors ({@code file: message} without a position). */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
