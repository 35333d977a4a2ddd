package bgp.api.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One command line: the verb, the words after it, and the neighbor selector that came before it, if any.
 *
 * @param line the line as received
 * @param name the verb
 * @param arguments the words after the verb (unmodifiable)
 * @param selector the {@code neighbor ...} prefix, parsed, when the line had one
 */
public record CommandRequest(String line, String name, List<String> arguments, Optional<NeighborSelector> selector) {
    /** Compiled once: {@code String.split("\\s+")} compiles it for every command line (a tenth of the API thread). */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    public CommandRequest {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(selector, "selector");
    }

    /** A request without a selector. */
    public CommandRequest(String line, String name, List<String> arguments) {
        this(line, name, arguments, Optional.empty());
    }

    /**
     * Split a line at white space; a line starting with {@code neighbor} has its selector parsed up to the first
     * word {@code isVerb} accepts.
     *
     * @throws IllegalArgumentException {@code empty command} for a blank line, or the selector's error
     */
    public static CommandRequest parse(String line, Predicate<String> isVerb) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        List<String> words = List.of(WHITE_SPACE.split(trimmed));
        if (words.get(0).equals("neighbor")) {
            NeighborSelector.Parsed p = NeighborSelector.parse(words, isVerb);
            return new CommandRequest(line, words.get(p.verbIndex()), words.subList(p.verbIndex() + 1, words.size()),
                    Optional.of(p.selector()));
        }
        return new CommandRequest(line, words.get(0), words.subList(1, words.size()));
    }

    /** {@link #parse(String, Predicate)} where no word is a verb but the first after the selector. */
    public static CommandRequest parse(String line) {
        return parse(line, w -> true);
    }
}
