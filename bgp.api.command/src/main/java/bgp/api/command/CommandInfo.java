package bgp.api.command;

import java.util.Objects;

/**
 * What the dispatcher knows of a registered command: its service properties.
 *
 * @param name the verb ({@value Command#NAME})
 * @param neighbor whether it takes a neighbor selector ({@value Command#NEIGHBOR})
 * @param description one line for {@code help} ({@value Command#DESCRIPTION}); empty if none
 */
public record CommandInfo(String name, boolean neighbor, String description) {

    public CommandInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
