package bgp.codec.attribute;

/** MULTI_EXIT_DISC (RFC 4271 §5.1.4, type 4, optional non-transitive): an unsigned 32-bit metric. */
public record Med(long value) implements Attribute {
    public static final int TYPE = 4;

    public Med {
        Unsigned.check32(value, "MED");
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }
}
