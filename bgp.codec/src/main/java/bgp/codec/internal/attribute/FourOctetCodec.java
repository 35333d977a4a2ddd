package bgp.codec.internal.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;

/**
 * The attributes whose value is one 32-bit number (MED, LOCAL_PREF, ORIGINATOR_ID, OTC): any other length is an
 * Attribute Length Error, treat-as-withdraw (RFC 7606 §7.4, §7.5, §7.9; RFC 9234 §5).
 */
abstract class FourOctetCodec extends BaseAttributeCodec {
    FourOctetCodec(int typeCode, int flags, String name) {
        super(typeCode, flags, ErrorAction.TREAT_AS_WITHDRAW, name);
    }

    /** The value object of a decoded number. */
    abstract Attribute of(int value);

    /** The number of a value object. */
    abstract int valueOf(Attribute attribute);

    @Override
    public final Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context)
            throws BgpDecodeException {
        if (len != 4) {
            throw badLength(len, "4");
        }
        return of(getInt(buf, off));
    }

    @Override
    public final void encode(Attribute attribute, OpenContext context, WireWriter out) {
        out.writeInt(valueOf(attribute));
    }
}
