package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.message.Notification;

/**
 * What every built-in attribute codec shares: its table entry (type code, required flags, RFC 7606 action for a
 * malformed value), the construction of its decode errors, and big-endian reads from the frame.
 */
abstract class BaseAttributeCodec implements AttributeCodec {
    private final int typeCode;
    private final int flags;
    private final ErrorAction malformedAction;
    private final String name;

    BaseAttributeCodec(int typeCode, int flags, ErrorAction malformedAction, String name) {
        this.typeCode = typeCode;
        this.flags = flags;
        this.malformedAction = malformedAction;
        this.name = name;
    }

    @Override
    public final int typeCode() {
        return typeCode;
    }

    @Override
    public final int flags() {
        return flags;
    }

    @Override
    public final ErrorAction malformedAction() {
        return malformedAction;
    }

    /** The attribute's name as in RFCs, e.g. {@code AS_PATH}. */
    final String name() {
        return name;
    }

    /**
     * A malformed value: UPDATE Message Error with {@code subcode}, no data (the table puts the whole attribute
     * in), this codec's action.
     */
    final BgpDecodeException malformed(int subcode, String why) {
        return new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, subcode, null, malformedAction,
                "malformed " + name + ": " + why);
    }

    /** An Attribute Length Error (subcode 5). */
    final BgpDecodeException badLength(int len, String expected) {
        return malformed(Notification.ATTRIBUTE_LENGTH_ERROR, "length " + len + ", expected " + expected);
    }

    /** Unless {@code len} is a non-zero multiple of {@code unit}, an Attribute Length Error. */
    final void requireMultiple(int len, int unit) throws BgpDecodeException {
        if (len == 0 || len % unit != 0) {
            throw badLength(len, "a non-zero multiple of " + unit);
        }
    }

    static int getInt(byte[] b, int off) {
        return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | b[off + 3] & 0xFF;
    }

    static int getShort(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | b[off + 1] & 0xFF;
    }

    static long getLong(byte[] b, int off) {
        return (long) getInt(b, off) << 32 | getInt(b, off + 4) & 0xFFFFFFFFL;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + typeCode + " " + name + "]";
    }
}
