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

    /**
     * What was expected, as the message says it after {@code ", expected "} (e.g. {@code 0 or 3..65535} for
     * {@code invalid hold-time '2', expected 0 or 3..65535}); empty for an error that does not say (a duplicate, a
     * missing neighbor field, ...).
     */
    public java.util.Optional<String> expected() {
        int i = message.indexOf(", expected ");
        if (i >= 0) {
            return java.util.Optional.of(message.substring(i + ", expected ".length()));
        }
        return message.startsWith("expected ") ? java.util.Optional.of(message.substring("expected ".length()))
                : java.util.Optional.empty();
    }

    /** {@code file:line:column: message}, as compilers print errors ({@code file: message} without a position). */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
