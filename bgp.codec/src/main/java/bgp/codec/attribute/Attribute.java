package bgp.codec.attribute;

/**
 * One path attribute. Implementations are immutable values; {@code equals}/{@code hashCode} compare the value.
 */
public interface Attribute {
    int FLAG_OPTIONAL = 0x80;
    int FLAG_TRANSITIVE = 0x40;
    int FLAG_PARTIAL = 0x20;
    int FLAG_EXTENDED_LENGTH = 0x10;

    /** The attribute type code. */
    int typeCode();

    /**
     * The optional / transitive / partial flags this attribute is sent with (the extended-length bit is chosen by
     * the encoder from the value's length).
     */
    int flags();
}
