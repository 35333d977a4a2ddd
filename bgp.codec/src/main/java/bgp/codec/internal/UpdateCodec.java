package bgp.codec.internal;

import static bgp.codec.internal.Bytes.u16;
import static bgp.codec.internal.Bytes.u8;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.attribute.UnknownAttribute;
import bgp.codec.message.Notification;
import bgp.codec.message.Update;
import bgp.codec.nlri.EmptyNlri;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * UPDATE body (RFC 4271 §4.3) with RFC 4760 MP attributes and RFC 7606 error handling. Decoding slices the
 * attribute section, checks each attribute's flags against its table entry, decodes it with its codec and
 * collects the errors RFC 7606 lets the session survive; session-reset errors are thrown.
 */
final class UpdateCodec {
    private static final int ORIGIN = 1;
    private static final int AS_PATH = 2;
    private static final int NEXT_HOP = 3;
    private static final int FLAG_MASK = Attribute.FLAG_OPTIONAL | Attribute.FLAG_TRANSITIVE;

    private UpdateCodec() {
    }

    static Update decode(CodecTables tables, byte[] b, int off, int len, OpenContext ctx) throws BgpDecodeException {
        int end = off + len;
        if (len < 4) {
            throw reset(Notification.MALFORMED_ATTRIBUTE_LIST, null, "UPDATE body shorter than 4 bytes");
        }
        int withdrawnLength = u16(b, off);
        int p = off + 2;
        if (end - p < withdrawnLength + 2) {
            throw reset(Notification.MALFORMED_ATTRIBUTE_LIST, null,
                    "withdrawn routes length " + withdrawnLength + " overruns the UPDATE");
        }
        NlriCodec ipv4 = tables.ipv4Unicast();
        boolean addPath = ctx.addPathReceiveIpv4Unicast();
        NlriList withdrawn = withdrawnLength == 0 ? Ipv4Prefixes.EMPTY : ipv4.decode(b, p, withdrawnLength, addPath);
        p += withdrawnLength;
        int attributesLength = u16(b, p);
        p += 2;
        if (end - p < attributesLength) {
            throw reset(Notification.MALFORMED_ATTRIBUTE_LIST, null,
                    "total path attribute length " + attributesLength + " overruns the UPDATE");
        }
        int attributesEnd = p + attributesLength;
        NlriList nlri = attributesEnd == end ? Ipv4Prefixes.EMPTY : ipv4.decode(b, attributesEnd, end - attributesEnd,
                addPath);

        List<Attribute> attributes = new ArrayList<>(attributesLength == 0 ? 0 : 8);
        List<BgpDecodeException> errors = new ArrayList<>(0);
        long[] seen = new long[4];
        long present = 0; // types < 64 decoded without error: a malformed attribute counts as absent
        boolean mpReach = false;
        while (p < attributesEnd) {
            int start = p;
            int flags = u8(b, p);
            int headerLength = (flags & Attribute.FLAG_EXTENDED_LENGTH) != 0 ? 4 : 3;
            if (attributesEnd - p < headerLength) {
                errors.add(new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR,
                        Notification.MALFORMED_ATTRIBUTE_LIST, null, ErrorAction.TREAT_AS_WITHDRAW,
                        "truncated path attribute header"));
                break;
            }
            int type = u8(b, p + 1);
            int valueLength = headerLength == 4 ? u16(b, p + 2) : u8(b, p + 2);
            int v = p + headerLength;
            if (attributesEnd - v < valueLength) {
                errors.add(new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR,
                        Notification.ATTRIBUTE_LENGTH_ERROR, null, ErrorAction.TREAT_AS_WITHDRAW,
                        "attribute " + type + " of length " + valueLength + " overruns the path attributes"));
                break;
            }
            p = v + valueLength;
            if ((seen[type >>> 6] & 1L << type) != 0) {
                if (type == MpReach.TYPE || type == MpUnreach.TYPE) {
                    throw reset(Notification.MALFORMED_ATTRIBUTE_LIST, null, "MP_" + (type == 14 ? "" : "UN")
                            + "REACH_NLRI appears more than once");
                }
                errors.add(new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR,
                        Notification.MALFORMED_ATTRIBUTE_LIST, null, ErrorAction.ATTRIBUTE_DISCARD,
                        "attribute " + type + " appears more than once; the first is kept"));
                continue;
            }
            seen[type >>> 6] |= 1L << type;
            try {
                Attribute a;
                if (type == MpReach.TYPE) {
                    checkFlags(b, start, p, flags, type, Attribute.FLAG_OPTIONAL);
                    a = decodeMpReach(tables, b, v, valueLength, ctx);
                    mpReach = true;
                } else if (type == MpUnreach.TYPE) {
                    checkFlags(b, start, p, flags, type, Attribute.FLAG_OPTIONAL);
                    a = decodeMpUnreach(tables, b, v, valueLength, ctx);
                } else {
                    AttributeCodec codec = tables.attribute(type);
                    if (codec == null) {
                        if ((flags & Attribute.FLAG_OPTIONAL) == 0) {
                            throw reset(Notification.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE, Arrays.copyOfRange(b, start, p),
                                    "unrecognized well-known attribute " + type);
                        }
                        a = UnknownAttribute.of(type, flags, b, v, valueLength);
                    } else {
                        checkFlags(b, start, p, flags, type, codec.flags());
                        a = codec.decode(b, v, valueLength, flags, ctx);
                    }
                }
                if (a != null) {
                    attributes.add(a);
                }
            } catch (BgpDecodeException e) {
                BgpDecodeException withData = e.data().length > 0 || e.code() != Notification.UPDATE_MESSAGE_ERROR
                        ? e : new BgpDecodeException(e.code(), e.subcode(), Arrays.copyOfRange(b, start, p),
                                e.action(), e.getMessage());
                if (withData.action() == ErrorAction.SESSION_RESET) {
                    throw withData;
                }
                errors.add(withData);
                continue;
            }
            if (type < 64) {
                present |= 1L << type;
            }
        }
        if (!nlri.isEmpty() || mpReach) {
            requirePresent(present, ORIGIN, errors);
            requirePresent(present, AS_PATH, errors);
            if (!nlri.isEmpty()) {
                requirePresent(present, NEXT_HOP, errors);
            }
        }
        As4Translation.reconcile(attributes, errors, ctx.asn4());
        return new Update(withdrawn, attributes, nlri, errors);
    }

    private static void requirePresent(long present, int type, List<BgpDecodeException> errors) {
        if ((present & 1L << type) == 0) {
            errors.add(new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR,
                    Notification.MISSING_WELL_KNOWN_ATTRIBUTE, new byte[] {(byte) type}, ErrorAction.TREAT_AS_WITHDRAW,
                    "missing well-known attribute " + type));
        }
    }

    private static void checkFlags(byte[] b, int start, int end, int flags, int type, int expected)
            throws BgpDecodeException {
        boolean partialAllowed = expected == FLAG_MASK;
        if ((flags & FLAG_MASK) != expected || (!partialAllowed && (flags & Attribute.FLAG_PARTIAL) != 0)) {
            throw new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.ATTRIBUTE_FLAGS_ERROR,
                    Arrays.copyOfRange(b, start, end), ErrorAction.TREAT_AS_WITHDRAW,
                    "attribute " + type + " has flags 0x" + Integer.toHexString(flags) + ", expected 0x"
                            + Integer.toHexString(expected));
        }
    }

    private static Family family(int afi, int safi) {
        if (afi == Family.AFI_IPV4 && safi == Family.SAFI_UNICAST) {
            return Family.IPV4_UNICAST;
        }
        if (afi == Family.AFI_IPV6 && safi == Family.SAFI_UNICAST) {
            return Family.IPV6_UNICAST;
        }
        return new Family(afi, safi);
    }

    private static MpReach decodeMpReach(CodecTables tables, byte[] b, int off, int len, OpenContext ctx)
            throws BgpDecodeException {
        if (len < 5) {
            throw new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.OPTIONAL_ATTRIBUTE_ERROR,
                    null, ErrorAction.SESSION_RESET, "MP_REACH_NLRI of " + len + " bytes is too short");
        }
        Family family = family(u16(b, off), u8(b, off + 2));
        int nextHopLength = u8(b, off + 3);
        if (4 + nextHopLength + 1 > len) {
            throw disable(family, "next hop of " + nextHopLength + " bytes overruns MP_REACH_NLRI");
        }
        if (!nextHopLengthValid(family, nextHopLength)) {
            throw disable(family, "next hop of " + nextHopLength + " bytes is invalid for " + family);
        }
        byte[] nextHop = Arrays.copyOfRange(b, off + 4, off + 4 + nextHopLength);
        int nlriStart = off + 4 + nextHopLength + 1; // the reserved byte is ignored on receipt (RFC 4760 §3)
        NlriList nlri = decodeNlri(tables, family, b, nlriStart, off + len - nlriStart, ctx);
        return nlri == null ? null : MpReach.of(family, nextHop, nlri);
    }

    private static MpUnreach decodeMpUnreach(CodecTables tables, byte[] b, int off, int len, OpenContext ctx)
            throws BgpDecodeException {
        if (len < 3) {
            throw new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.OPTIONAL_ATTRIBUTE_ERROR,
                    null, ErrorAction.SESSION_RESET, "MP_UNREACH_NLRI of " + len + " bytes is too short");
        }
        Family family = family(u16(b, off), u8(b, off + 2));
        if (len == 3) {
            return new MpUnreach(family, EmptyNlri.of(family));
        }
        NlriList nlri = decodeNlri(tables, family, b, off + 3, len - 3, ctx);
        return nlri == null ? null : new MpUnreach(family, nlri);
    }

    private static NlriList decodeNlri(CodecTables tables, Family family, byte[] b, int off, int len, OpenContext ctx)
            throws BgpDecodeException {
        NlriCodec codec = tables.nlri(family);
        if (codec == null) {
            if (len == 0) {
                return EmptyNlri.of(family);
            }
            throw new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.OPTIONAL_ATTRIBUTE_ERROR,
                    null, ErrorAction.ATTRIBUTE_DISCARD, "no NLRI codec for " + family + "; attribute ignored");
        }
        try {
            return codec.decode(b, off, len, ctx.addPathReceive(family));
        } catch (BgpDecodeException e) {
            throw e.withAction(ErrorAction.AFI_SAFI_DISABLE);
        }
    }

    /** Next-hop lengths RFC 4760 / 4364 / 4659 / 8950 / 8277 allow per family; others are not checked. */
    private static boolean nextHopLengthValid(Family f, int n) {
        int safi = f.safi();
        boolean plain = safi == Family.SAFI_UNICAST || safi == Family.SAFI_MULTICAST || safi == Family.SAFI_LABELED;
        if (f.afi() == Family.AFI_IPV4 && plain) {
            return n == 4 || n == 16 || n == 32;
        }
        if (f.afi() == Family.AFI_IPV6 && plain) {
            return n == 16 || n == 32 || n == 4;
        }
        if (safi == Family.SAFI_MPLS_VPN) {
            return f.afi() == Family.AFI_IPV4 ? n == 12 || n == 24 || n == 48 : n == 24 || n == 48;
        }
        return true;
    }

    private static BgpDecodeException disable(Family family, String message) {
        return new BgpDecodeException(Notification.UPDATE_MESSAGE_ERROR, Notification.OPTIONAL_ATTRIBUTE_ERROR, null,
                ErrorAction.AFI_SAFI_DISABLE, message);
    }

    private static BgpDecodeException reset(int subcode, byte[] data, String message) {
        return BgpDecodeException.reset(Notification.UPDATE_MESSAGE_ERROR, subcode, data, message);
    }

    static void encode(CodecTables tables, Update update, OpenContext ctx, WireWriter out) {
        boolean addPath = ctx.addPathSendIpv4Unicast();
        int withdrawnAt = out.skip(2);
        update.withdrawn().encodeAll(out, addPath);
        out.setShort(withdrawnAt, out.position() - withdrawnAt - 2);
        int attributesAt = out.skip(2);
        for (Attribute a : update.attributes()) {
            if (As4Translation.isAs4(a)) {
                continue; // generated from AS_PATH / AGGREGATOR below when the session needs them
            }
            writeAttribute(tables, a, ctx, out);
            if (!ctx.asn4()) {
                Attribute as4 = As4Translation.companion(a);
                if (as4 != null) {
                    writeAttribute(tables, as4, ctx, out);
                }
            }
        }
        int attributesLength = out.position() - attributesAt - 2;
        if (attributesLength > 0xFFFF) {
            throw new BgpEncodeException("path attributes of " + attributesLength + " bytes do not fit an UPDATE");
        }
        out.setShort(attributesAt, attributesLength);
        update.nlri().encodeAll(out, addPath);
    }

    private static void writeAttribute(CodecTables tables, Attribute a, OpenContext ctx, WireWriter out) {
        int flagsAt = out.position();
        int flags = a.flags() & ~Attribute.FLAG_EXTENDED_LENGTH;
        out.writeByte(flags);
        out.writeByte(a.typeCode());
        int lenAt = out.skip(1);
        int start = out.position();
        if (a instanceof MpReach m) {
            Family f = m.family();
            out.writeShort(f.afi());
            out.writeByte(f.safi());
            out.writeByte(m.nextHopLength());
            out.write(m.nextHop());
            out.writeByte(0);
            m.nlri().encodeAll(out, ctx.addPathSend(f));
        } else if (a instanceof MpUnreach u) {
            out.writeShort(u.family().afi());
            out.writeByte(u.family().safi());
            u.nlri().encodeAll(out, ctx.addPathSend(u.family()));
        } else if (a instanceof UnknownAttribute u) {
            out.write(u.value());
        } else {
            AttributeCodec codec = tables.attribute(a.typeCode());
            if (codec == null) {
                throw new BgpEncodeException("no codec for attribute " + a.typeCode() + " (" + a + ")");
            }
            codec.encode(a, ctx, out);
        }
        int len = out.position() - start;
        if (len > 255 || a instanceof MpUnreach u && u.nlri().isEmpty()) {
            // an End-of-RIB MP_UNREACH_NLRI is written with the extended length, byte for byte as ExaBGP sends it
            if (len > 0xFFFF) {
                throw new BgpEncodeException("attribute " + a.typeCode() + " of " + len + " bytes is too long");
            }
            out.insert(lenAt, 1);
            out.setByte(flagsAt, flags | Attribute.FLAG_EXTENDED_LENGTH);
            out.setShort(lenAt, len);
        } else {
            out.setByte(lenAt, len);
        }
    }
}
