package bgp.codec;

import bgp.codec.message.Message;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The BGP-4 wire format as a service: whole messages (header included) to {@link Message} values and back, in an
 * {@link OpenContext}. Assembled from tables of attribute, NLRI and capability codecs; codecs registered as
 * services by other bundles join the tables. Thread-safe; no I/O.
 */
@ProviderType
public interface MessageCodec {

    /**
     * Check a message header: marker all ones, length within 19..{@code maxMessageSize}, a known type with a
     * length that fits it. Needs {@code 19} bytes at {@code off}.
     *
     * @return the message length from the header
     * @throws BgpDecodeException Message Header Error with the RFC 4271 subcode and data
     */
    int checkHeader(byte[] buf, int off, int maxMessageSize) throws BgpDecodeException;

    /**
     * Decode one whole message (header included) of {@code len} bytes at {@code off}. An UPDATE whose errors
     * RFC 7606 lets the session survive is returned with those errors attached
     * ({@link bgp.codec.message.Update#errors()}); every other error is thrown.
     *
     * @param context the session's context; for an OPEN (received before any context exists) any context
     * @throws BgpDecodeException the NOTIFICATION to send and the action to take
     */
    Message decode(byte[] buf, int off, int len, OpenContext context) throws BgpDecodeException;

    /** Decode a whole message held in an array. */
    default Message decode(byte[] message, OpenContext context) throws BgpDecodeException {
        return decode(message, 0, message.length, context);
    }

    /**
     * Append one whole message (header included) to {@code out}.
     *
     * @throws BgpEncodeException if it cannot be encoded in this context (too large, unresolved next-hop self,
     *     a value the context cannot carry)
     */
    void encode(Message message, OpenContext context, WireWriter out);

    /** One whole message as a new array. */
    default byte[] encode(Message message, OpenContext context) {
        WireWriter out = new WireWriter(256);
        encode(message, context, out);
        return out.toByteArray();
    }
}
