package bgp.api.command;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One verb of the API, registered as a service with the property {@value #NAME} (the verb, one word) and
 * optionally {@value #NEIGHBOR} ({@code true} if the command takes a neighbor selector) and {@value #DESCRIPTION}
 * (one line for {@code help}). Adding a command is registering such a service; the
 * {@link CommandDispatcher} picks it up and drops it as the service comes and goes. With two services of one
 * name, the one with the highest {@code service.ranking} (then the lowest {@code service.id}) is used.
 */
@ConsumerType
public interface Command {
    /** Service property: the verb (a String without white space). Required. */
    String NAME = "bgp.command.name";
    /** Service property: whether the command takes a neighbor selector (Boolean). Default false. */
    String NEIGHBOR = "bgp.command.neighbor";
    /** Service property: a one-line description for {@code help} (String). Optional. */
    String DESCRIPTION = "bgp.command.description";

    /**
     * Run the command, writing its output (if any) to {@code out}. The dispatcher writes the closing
     * {@code done}, or {@code error: <reason>} and {@code error} if this throws.
     *
     * @throws CommandException to refuse the request with a reason (a bad argument, an unknown peer)
     */
    void execute(CommandRequest request, CommandOutput out) throws CommandException;
}
