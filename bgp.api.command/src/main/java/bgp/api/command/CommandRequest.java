package bgp.api.command;

import java.util.List;
import java.util.Objects;

/**
 * One command line, split into words at white space.
 *
 * @param line the line as received
 * @param name the verb, the first word
 * @param arguments the words after the verb (unmodifiable)
 */
public record CommandRequest(String line, String name, List<String> arguments) {

    public CommandRequest {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /**
     * Split a line at white space.
     *
     * @throws IllegalArgumentException {@code empty command} for a blank line
     */
    public static CommandRequest parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        String[] words = trimmed.split("\\s+");
        return new CommandRequest(line, words[0], List.of(words).subList(1, words.length));
    }
}
