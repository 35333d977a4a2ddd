package bgp.rib.internal;

import bgp.codec.BgpDecodeException;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.message.Message;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import java.util.Arrays;
import java.util.List;

/**
 * Attributes to canonical bytes and back, through the {@link MessageCodec}: an UPDATE without NLRI is encoded, and
 * its path-attributes field is the canonical form. Canonical means 4-octet AS numbers (the context {@link #CANONICAL})
 * and attributes in type order (the caller sorts). Thread-safe.
 */
final class SetCodec {
    /** The canonical context: 4-octet AS numbers, room for 65535-byte messages. */
    static final OpenContext CANONICAL = OpenContext.builder().asn4(true).extendedMessage(true).build();
    private static final OpenContext TWO_OCTET = OpenContext.builder().asn4(false).extendedMessage(true).build();
    /** Header, withdrawn-routes length, path-attributes length: where the attributes of an encoded UPDATE start. */
    static final int ATTRIBUTES_AT = Message.HEADER_LENGTH + 4;

    final MessageCodec codec;

    SetCodec(MessageCodec codec) {
        this.codec = codec;
    }

    /**
     * Append an UPDATE without NLRI carrying these attributes (in this order), encoded canonically; its attributes
     * start {@link #ATTRIBUTES_AT} bytes after the position {@code out} had.
     *
     * @throws bgp.codec.BgpEncodeException when an attribute cannot be encoded (an unresolved next-hop self)
     */
    void encode(List<? extends Attribute> attributes, WireWriter out) {
        codec.encode(new Update(Ipv4Prefixes.EMPTY, attributes, Ipv4Prefixes.EMPTY), CANONICAL, out);
    }

    /** The attributes of a canonical form. */
    List<Attribute> decode(byte[] canonical, int off, int len) {
        return decode(canonical, off, len, CANONICAL);
    }

    /** The canonical attributes re-encoded for a session without 4-octet AS numbers. */
    byte[] twoOctet(byte[] canonical, int off, int len) {
        WireWriter out = new WireWriter(len + 64);
        codec.encode(new Update(Ipv4Prefixes.EMPTY, decode(canonical, off, len, CANONICAL), Ipv4Prefixes.EMPTY),
                TWO_OCTET, out);
        return Arrays.copyOfRange(out.array(), ATTRIBUTES_AT, out.position());
    }

    private List<Attribute> decode(byte[] attrs, int off, int len, OpenContext ctx) {
        int total = ATTRIBUTES_AT + len;
        byte[] m = new byte[total];
        Arrays.fill(m, 0, 16, (byte) 0xFF);
        m[16] = (byte) (total >>> 8);
        m[17] = (byte) total;
        m[18] = Message.TYPE_UPDATE;
        m[21] = (byte) (len >>> 8);
        m[22] = (byte) len;
        System.arraycopy(attrs, off, m, ATTRIBUTES_AT, len);
        try {
            Update u = (Update) codec.decode(m, ctx);
            if (!u.errors().isEmpty()) {
                throw new IllegalStateException("canonical attributes decode with errors: " + u.errors());
            }
            return u.attributes();
        } catch (BgpDecodeException e) {
            throw new IllegalStateException("canonical attributes do not decode: " + e.getMessage(), e);
        }
    }
}
