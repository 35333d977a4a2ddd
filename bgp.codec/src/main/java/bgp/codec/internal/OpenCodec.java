package bgp.codec.internal;

import static bgp.codec.internal.Bytes.i32;
import static bgp.codec.internal.Bytes.u16;
import static bgp.codec.internal.Bytes.u8;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.capability.UnknownCapability;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.OptionalParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OPEN body (RFC 4271 §4.2): version, AS, hold time, identifier, optional parameters (RFC 5492 capabilities, with
 * RFC 9072 extended parameter lengths read and written when needed). Errors are OPEN Message Errors.
 */
final class OpenCodec {
    private static final int EXTENDED_PARAMETERS = 255;

    private OpenCodec() {
    }

    static Open decode(CodecTables tables, byte[] b, int off, int len) throws BgpDecodeException {
        if (len < 10) {
            throw error(0, null, "OPEN body of " + len + " bytes is shorter than 10");
        }
        int version = u8(b, off);
        if (version != Open.VERSION) {
            throw error(Notification.UNSUPPORTED_VERSION_NUMBER, Bytes.u16Bytes(Open.VERSION),
                    "unsupported BGP version " + version);
        }
        int asn = u16(b, off + 1);
        int hold = u16(b, off + 3);
        if (hold == 1 || hold == 2) {
            throw error(Notification.UNACCEPTABLE_HOLD_TIME, null, "unacceptable hold time " + hold);
        }
        int id = i32(b, off + 5);
        if (id == 0) {
            throw error(Notification.BAD_BGP_IDENTIFIER, null, "BGP identifier 0.0.0.0");
        }
        int optLen = u8(b, off + 9);
        int p = off + 10;
        int end = off + len;
        boolean extended = false;
        if (optLen == EXTENDED_PARAMETERS && end - p >= 3 && u8(b, p) == EXTENDED_PARAMETERS) {
            extended = true;
            optLen = u16(b, p + 1);
            p += 3;
        }
        if (p + optLen != end) {
            throw error(0, null, "optional parameters length " + optLen + " does not match the OPEN length " + len);
        }
        List<OptionalParameter> params = new ArrayList<>();
        int header = extended ? 3 : 2;
        while (p < end) {
            if (end - p < header) {
                throw error(0, null, "truncated optional parameter");
            }
            int type = u8(b, p);
            int plen = extended ? u16(b, p + 1) : u8(b, p + 1);
            p += header;
            if (end - p < plen) {
                throw error(0, null, "optional parameter of type " + type + " overruns the OPEN");
            }
            if (type != OptionalParameter.TYPE_CAPABILITIES) {
                throw error(Notification.UNSUPPORTED_OPTIONAL_PARAMETER, null,
                        "unsupported optional parameter type " + type);
            }
            params.add(new OptionalParameter.Capabilities(capabilities(tables, b, p, plen)));
            p += plen;
        }
        return new Open(version, asn, hold, id, params);
    }

    private static List<Capability> capabilities(CodecTables tables, byte[] b, int off, int len)
            throws BgpDecodeException {
        List<Capability> out = new ArrayList<>(4);
        int p = off;
        int end = off + len;
        while (p < end) {
            if (end - p < 2) {
                throw error(0, null, "truncated capability");
            }
            int code = u8(b, p);
            int clen = u8(b, p + 1);
            if (end - p - 2 < clen) {
                throw error(0, Arrays.copyOfRange(b, p, end), "capability " + code + " overruns its parameter");
            }
            CapabilityCodec codec = tables.capability(code);
            out.add(codec == null ? new UnknownCapability(code, Arrays.copyOfRange(b, p + 2, p + 2 + clen))
                    : codec.decode(b, p + 2, clen));
            p += 2 + clen;
        }
        return out;
    }

    static void encode(CodecTables tables, Open open, WireWriter out) {
        out.writeByte(open.version());
        out.writeShort(open.myAutonomousSystem());
        out.writeShort(open.holdTime());
        out.writeInt(open.bgpIdentifier());
        int lenAt = out.skip(1);
        int start = out.position();
        for (OptionalParameter p : open.parameters()) {
            writeParameter(tables, p, out, false);
        }
        int total = out.position() - start;
        if (total <= 255) {
            out.setByte(lenAt, total);
            return;
        }
        // RFC 9072: re-write with 2-byte parameter lengths behind the 255/255 marker
        out.truncate(start);
        out.setByte(lenAt, EXTENDED_PARAMETERS);
        out.writeByte(EXTENDED_PARAMETERS);
        int extAt = out.skip(2);
        int extStart = out.position();
        for (OptionalParameter p : open.parameters()) {
            writeParameter(tables, p, out, true);
        }
        int extTotal = out.position() - extStart;
        if (extTotal > 0xFFFF) {
            throw new BgpEncodeException("OPEN optional parameters too long: " + extTotal);
        }
        out.setShort(extAt, extTotal);
    }

    private static void writeParameter(CodecTables tables, OptionalParameter p, WireWriter out, boolean extended) {
        out.writeByte(p.type());
        int lenAt = out.skip(extended ? 2 : 1);
        int start = out.position();
        if (p instanceof OptionalParameter.Capabilities caps) {
            for (Capability c : caps.capabilities()) {
                writeCapability(tables, c, out);
            }
        } else if (p instanceof OptionalParameter.Unknown u) {
            out.write(u.value());
        }
        int len = out.position() - start;
        if (extended) {
            out.setShort(lenAt, len);
        } else if (len > 255) {
            // signal the caller to switch to RFC 9072 lengths: the total check will exceed 255 anyway
            out.setByte(lenAt, 255);
        } else {
            out.setByte(lenAt, len);
        }
    }

    private static void writeCapability(CodecTables tables, Capability c, WireWriter out) {
        out.writeByte(c.code());
        int lenAt = out.skip(1);
        int start = out.position();
        if (c instanceof UnknownCapability u) {
            out.write(u.value());
        } else {
            CapabilityCodec codec = tables.capability(c.code());
            if (codec == null) {
                throw new BgpEncodeException("no codec for capability " + c.code() + " (" + c + ")");
            }
            codec.encode(c, out);
        }
        int len = out.position() - start;
        if (len > 255) {
            throw new BgpEncodeException("capability " + c.code() + " value too long: " + len + " bytes");
        }
        out.setByte(lenAt, len);
    }

    private static BgpDecodeException error(int subcode, byte[] data, String message) {
        return BgpDecodeException.reset(Notification.OPEN_MESSAGE_ERROR, subcode, data, message);
    }
}
