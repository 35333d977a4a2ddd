package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.capability.UnknownCapability;
import bgp.codec.message.Notification;

/**
 * What every built-in capability codec shares, so that each codec only says how its value looks.
 *
 * <p>Decoding: the bounds are checked once here (the SPI leaves them to the caller, but a codec must throw nothing
 * but {@link BgpDecodeException} for any input), then {@link #decodeValue} reads exactly {@code len} bytes. Every
 * malformed value is an OPEN Message Error, subcode 0 (RFC 4271 §6.2 "Unspecific"), whose data is the capability
 * TLV as received: code, length, value.
 *
 * <p>Encoding: {@link #encodeValue} writes the value only. An {@link UnknownCapability} of the same code (what a
 * codec may return for a value it cannot represent, and what a table may hold for it) is written back unchanged.
 * Any other type is a programming error ({@link IllegalArgumentException}); a value the wire cannot carry is a
 * {@link bgp.codec.BgpEncodeException}.
 */
abstract class AbstractCapabilityCodec<T extends Capability> implements CapabilityCodec {
    /** The longest capability value: its length is one byte (RFC 5492 §4). */
    static final int MAX_VALUE_LENGTH = 255;

    private final int code;
    private final String name;
    private final Class<T> type;

    AbstractCapabilityCodec(int code, String name, Class<T> type) {
        this.code = code;
        this.name = name;
        this.type = type;
    }

    @Override
    public final int code() {
        return code;
    }

    /** The capability's name in error messages, e.g. {@code "multiprotocol"}. */
    public final String name() {
        return name;
    }

    @Override
    public final Capability decode(byte[] buf, int off, int len) throws BgpDecodeException {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            throw BgpDecodeException.reset(Notification.OPEN_MESSAGE_ERROR, 0, null,
                    name + " capability (" + code + "): value of " + len + " bytes at " + off
                            + " lies outside the buffer");
        }
        return decodeValue(buf, off, len);
    }

    /** Decode a value whose bounds are known to lie within {@code buf}. */
    abstract Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException;

    @Override
    public final void encode(Capability capability, WireWriter out) {
        if (capability instanceof UnknownCapability unknown && unknown.code() == code) {
            out.write(unknown.value());
            return;
        }
        if (!type.isInstance(capability)) {
            throw new IllegalArgumentException(name + " capability codec (" + code + ") cannot encode "
                    + (capability == null ? "null" : capability.getClass().getName()));
        }
        encodeValue(type.cast(capability), out);
    }

    abstract void encodeValue(T capability, WireWriter out);

    /** A malformed value: OPEN Message Error / 0, data = the capability TLV, message naming the capability. */
    final BgpDecodeException malformed(byte[] buf, int off, int len, String detail) {
        return BgpDecodeException.reset(Notification.OPEN_MESSAGE_ERROR, 0, tlv(buf, off, len),
                name + " capability (" + code + "): " + detail);
    }

    /** A value whose length is not the one the capability has. */
    final BgpDecodeException badLength(byte[] buf, int off, int len, String expected) {
        return malformed(buf, off, len, "length " + len + ", expected " + expected);
    }

    private byte[] tlv(byte[] buf, int off, int len) {
        if (len > MAX_VALUE_LENGTH) {
            return null;
        }
        byte[] out = new byte[len + 2];
        out[0] = (byte) code;
        out[1] = (byte) len;
        System.arraycopy(buf, off, out, 2, len);
        return out;
    }

    static int u8(byte[] buf, int at) {
        return buf[at] & 0xFF;
    }

    static int u16(byte[] buf, int at) {
        return (buf[at] & 0xFF) << 8 | buf[at + 1] & 0xFF;
    }

    static long u32(byte[] buf, int at) {
        return ((long) u16(buf, at) << 16) | u16(buf, at + 2);
    }
}
