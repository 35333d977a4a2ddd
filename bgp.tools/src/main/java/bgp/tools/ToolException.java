package bgp.tools;

/** Bad usage or bad input: the tool prints {@code error: <message>} on one line and exits with status 1. */
final class ToolException extends Exception {
    private static final long serialVersionUID = 1L;

    ToolException(String message) {
        super(message);
    }
}
