package bgp.config.route;

/** Route text that cannot be read: the message says what was expected; {@link #token()} is the offending word. */
public final class RouteSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Token token;

    /**
     * @param token the offending token, or null when the text ended early
     */
    public RouteSyntaxException(Token token, String message) {
        super(message);
        this.token = token;
    }

    /** The offending token; null when the text ended before an expected word. */
    public Token token() {
        return token;
    }
}
