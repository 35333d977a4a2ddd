package bgp.codec.attribute;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes and encodes the value of one path attribute type: one entry of the attribute table, in the manner of
 * BIRD's {@code bgp_attr_table}. Register an implementation as an OSGi service to add or replace an attribute.
 *
 * <p>Contract, for every method: {@code buf[off, off+len)} is the attribute value (the table has read the header
 * and checked the bounds); {@link #decode} throws only {@link BgpDecodeException}, whose NOTIFICATION fields are
 * UPDATE Message Error (3) with the RFC 4271 subcode and, as data, the whole attribute (the table fills the data
 * in when the codec leaves it empty), and whose {@link ErrorAction} is the RFC 7606 action for this attribute
 * ({@link #malformedAction()} unless the codec knows better). {@link #encode} writes the value only; the table
 * writes flags, type and length.
 */
@ConsumerType
public interface AttributeCodec {
    /** The type code. */
    int typeCode();

    /** The optional/transitive flags the attribute must carry (RFC 4271 §5); checked by the table on decode. */
    int flags();

    /** The RFC 7606 action for a malformed value of this attribute. */
    ErrorAction malformedAction();

    /**
     * Decode the value.
     *
     * @param flags the flags the attribute arrived with (the partial bit matters for some)
     */
    Attribute decode(byte[] buf, int off, int len, int flags, OpenContext context) throws BgpDecodeException;

    /** Encode the value. */
    void encode(Attribute attribute, OpenContext context, WireWriter out);
}
