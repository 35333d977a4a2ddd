package bgp.api.command;

/** A command refused its request; the message is the reason the API reports ({@code error: <reason>}). */
public class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandException(String reason) {
        super(reason);
    }
}
