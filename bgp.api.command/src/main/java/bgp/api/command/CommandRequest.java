package bgp.api.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One command line: the verb, the words after it, and the neighbor selector that came before it, if any.
 *
 * @param line the line as received
 * @param name the verb
 * @param arguments the words after the verb (unmodifiable)
 * @param selector the {@code neighbor ...} prefix, parsed, when the line had one
 */
public record CommandRequest(String line, String name, List<String> arguments, Optional<NeighborSelector> selector) {

    public CommandRequest {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(name, "name");
        arguments = arguments instanceof LineWords ? arguments : List.copyOf(arguments);
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
        int verbEnd = 0;
        while (verbEnd < trimmed.length() && !LineWords.isSpace(trimmed.charAt(verbEnd))) {
            verbEnd++;
        }
        if (!trimmed.startsWith("neighbor") || verbEnd != "neighbor".length()) {
            // the arguments are split when a command asks for them (an announce route reads its text)
            return new CommandRequest(line, trimmed.substring(0, verbEnd), new LineWords(trimmed, verbEnd));
        }
        List<String> words = new LineWords(trimmed, 0);
        NeighborSelector.Parsed p = NeighborSelector.parse(words, isVerb);
        return new CommandRequest(line, words.get(p.verbIndex()), words.subList(p.verbIndex() + 1, words.size()),
                Optional.of(p.selector()));
    }

    /**
     * The arguments joined by one space: what a command that reads text rather than words (an {@code announce
     * route}) reads; taken from the line itself when it is already so.
     */
    public String argumentText() {
        return arguments instanceof LineWords w ? w.text() : String.join(" ", arguments);
    }

    /** {@link #parse(String, Predicate)} where no word is a verb but the first after the selector. */
    public static CommandRequest parse(String line) {
        return parse(line, w -> true);
    }
}
