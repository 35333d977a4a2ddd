package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.attribute.Attribute;

/**
 * The attributes whose value is a list of 32-bit numbers (COMMUNITIES, CLUSTER_LIST, LARGE_COMMUNITY in groups of
 * three): a length that is not a non-zero multiple of the item size is an Attribute Length Error,
 * treat-as-withdraw (RFC 7606 §7.8, §7.10; RFC 8092 §6). Decoded into one {@code int[]}.
 */
abstract class Int32ListCodec extends BaseAttributeCodec {
    private final int itemSize;

    Int32ListCodec(int typeCode, int flags, String name, int itemSize) {
        super(typeCode, flags, ErrorAction.TREAT_AS_WITHDRAW, name);
        this.itemSize = itemSize;
    }

    /** The value object over decoded numbers (taken over). */
    abstract Attribute wrap(int[] values);

    @Override
    public final Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context)
            throws BgpDecodeException {
        requireMultiple(len, itemSize);
        int[] values = new int[len >>> 2];
        for (int i = 0; i < values.length; i++, off += 4) {
            values[i] = getInt(buf, off);
        }
        return wrap(values);
    }
}
