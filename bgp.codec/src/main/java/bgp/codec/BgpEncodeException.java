package bgp.codec;

/**
 * A message that cannot be put on the wire as it stands: an unresolved {@code next-hop self}, a message larger
 * than the session allows, a value out of range. A programming or configuration error, never a wire error.
 */
public final class BgpEncodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BgpEncodeException(String message) {
        super(message);
    }
}
