package bgp.codec.internal;

import static bgp.codec.internal.Bytes.u16;
import static bgp.codec.internal.Bytes.u8;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The {@link MessageCodec}: the RFC 4271 header and the five message types, over a {@link CodecTables} snapshot
 * supplied at each call (so codec services can come and go while sessions decode).
 */
public final class WireMessageCodec implements MessageCodec {
    private final Supplier<CodecTables> tables;

    public WireMessageCodec(Supplier<CodecTables> tables) {
        this.tables = tables;
    }

    /** A codec over a fixed table. */
    public static WireMessageCodec of(CodecTables fixed) {
        return new WireMessageCodec(() -> fixed);
    }

    @Override
    public int checkHeader(byte[] b, int off, int maxMessageSize) throws BgpDecodeException {
        if (b.length - off < Message.HEADER_LENGTH) {
            throw header(Notification.BAD_MESSAGE_LENGTH, null, "fewer than 19 bytes for a message header");
        }
        for (int i = 0; i < 16; i++) {
            if (b[off + i] != (byte) 0xFF) {
                throw header(Notification.CONNECTION_NOT_SYNCHRONIZED, null, "message marker is not all ones");
            }
        }
        int length = u16(b, off + 16);
        int type = u8(b, off + 18);
        if (length < Message.HEADER_LENGTH || length > maxMessageSize) {
            throw header(Notification.BAD_MESSAGE_LENGTH, Arrays.copyOfRange(b, off + 16, off + 18),
                    "message length " + length + " outside 19.." + maxMessageSize);
        }
        boolean fits = switch (type) {
            case Message.TYPE_OPEN -> length >= 29 && length <= Message.MAX_LENGTH;
            case Message.TYPE_UPDATE -> length >= 23;
            case Message.TYPE_NOTIFICATION -> length >= 21;
            case Message.TYPE_KEEPALIVE -> length == 19;
            case Message.TYPE_ROUTE_REFRESH -> length == 23;
            default -> throw header(Notification.BAD_MESSAGE_TYPE, new byte[] {(byte) type},
                    "unknown message type " + type);
        };
        if (!fits) {
            throw header(Notification.BAD_MESSAGE_LENGTH, Arrays.copyOfRange(b, off + 16, off + 18),
                    "message length " + length + " is invalid for " + Message.typeName(type));
        }
        return length;
    }

    @Override
    public Message decode(byte[] b, int off, int len, OpenContext context) throws BgpDecodeException {
        if (off < 0 || len < 0 || off + len > b.length) {
            throw header(Notification.BAD_MESSAGE_LENGTH, null, "message bounds outside the buffer");
        }
        if (len >= Message.HEADER_LENGTH && u8(b, off + 18) == Message.TYPE_ROUTE_REFRESH && len != 23
                && context.enhancedRouteRefresh() && u16(b, off + 16) == len) {
            // RFC 7313 §5: the whole message goes back in the NOTIFICATION
            throw BgpDecodeException.reset(Notification.ROUTE_REFRESH_MESSAGE_ERROR, Notification.INVALID_MESSAGE_LENGTH,
                    Arrays.copyOfRange(b, off, off + len), "ROUTE-REFRESH of " + len + " bytes");
        }
        int length = checkHeader(b, off, Math.max(context.maxMessageSize(), Message.MAX_LENGTH));
        if (length != len) {
            throw header(Notification.BAD_MESSAGE_LENGTH, Arrays.copyOfRange(b, off + 16, off + 18),
                    "message length field " + length + " but " + len + " bytes given");
        }
        int body = off + Message.HEADER_LENGTH;
        int bodyLength = len - Message.HEADER_LENGTH;
        CodecTables t = tables.get();
        return switch (u8(b, off + 18)) {
            case Message.TYPE_OPEN -> OpenCodec.decode(t, b, body, bodyLength);
            case Message.TYPE_UPDATE -> UpdateCodec.decode(t, b, body, bodyLength, context);
            case Message.TYPE_NOTIFICATION -> new Notification(u8(b, body), u8(b, body + 1),
                    Arrays.copyOfRange(b, body + 2, body + bodyLength));
            case Message.TYPE_KEEPALIVE -> Keepalive.INSTANCE;
            case Message.TYPE_ROUTE_REFRESH -> new RouteRefresh(new Family(u16(b, body), u8(b, body + 3)),
                    u8(b, body + 2));
            default -> throw new IllegalStateException("checkHeader admitted a bad type");
        };
    }

    @Override
    public void encode(Message message, OpenContext context, WireWriter out) {
        int start = out.position();
        for (int i = 0; i < 16; i++) {
            out.writeByte(0xFF);
        }
        out.writeShort(0);
        out.writeByte(message.type());
        CodecTables t = tables.get();
        try {
            if (message instanceof Open o) {
                OpenCodec.encode(t, o, out);
            } else if (message instanceof Update u) {
                UpdateCodec.encode(t, u, context, out);
            } else if (message instanceof Notification n) {
                out.writeByte(n.code());
                out.writeByte(n.subcode());
                out.write(n.data());
            } else if (message instanceof RouteRefresh r) {
                out.writeShort(r.family().afi());
                out.writeByte(r.subtype());
                out.writeByte(r.family().safi());
            }
        } catch (RuntimeException e) {
            out.truncate(start);
            throw e;
        }
        int length = out.position() - start;
        int max = message instanceof Update ? context.maxMessageSize() : Message.MAX_LENGTH;
        if (length > max) {
            out.truncate(start);
            throw new BgpEncodeException(Message.typeName(message.type()) + " of " + length
                    + " bytes exceeds the maximum message size " + max);
        }
        out.setShort(start + 16, length);
    }

    private static BgpDecodeException header(int subcode, byte[] data, String message) {
        return BgpDecodeException.reset(Notification.MESSAGE_HEADER_ERROR, subcode, data, message);
    }
}
