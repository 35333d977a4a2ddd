package bgp.reactor.internal;

import bgp.codec.BgpDecodeException;
import bgp.codec.MessageCodec;
import bgp.codec.message.Message;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the byte stream into whole BGP messages (one {@code byte[]} each, the only copy), checking each header as
 * soon as its 19 bytes are in; a bad header is passed on as the {@link BgpDecodeException} to answer with.
 * Decoding the message itself is the session's job (it needs the session's context).
 */
final class FrameDecoder extends ByteToMessageDecoder {
    private final MessageCodec codec;
    private final byte[] header = new byte[Message.HEADER_LENGTH];
    private volatile int maxMessageSize = Message.MAX_LENGTH;
    private boolean failed;

    FrameDecoder(MessageCodec codec) {
        this.codec = codec;
    }

    /** Allow larger messages once extended message (RFC 8654) is negotiated. */
    void maxMessageSize(int max) {
        maxMessageSize = max;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!failed && in.readableBytes() >= Message.HEADER_LENGTH) {
            int at = in.readerIndex();
            in.getBytes(at, header);
            int length;
            try {
                length = codec.checkHeader(header, 0, maxMessageSize);
            } catch (BgpDecodeException e) {
                failed = true;
                in.skipBytes(in.readableBytes());
                out.add(e);
                return;
            }
            if (in.readableBytes() < length) {
                return;
            }
            byte[] frame = new byte[length];
            in.readBytes(frame);
            out.add(frame);
        }
        if (failed) {
            in.skipBytes(in.readableBytes());
        }
    }
}
