package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.SoftwareVersionCapability;
import bgp.codec.capability.UnknownCapability;
import java.util.Arrays;

/**
 * Software version (draft-ietf-idr-software-version, code 75): {@code version-length(1) version}, the UTF-8 text
 * filling the rest of the value exactly (so at most 254 bytes). This is the layout ExaBGP sends and reads: its
 * {@code ExaBGP/5.0.0-0+test} goes out as {@code 4B 14 13 45 78 61 ...}.
 *
 * <p>A well-formed value whose text is not valid UTF-8 decodes to an {@link UnknownCapability} with the value as
 * received, as a capability not understood (RFC 5492 §3), rather than costing the session.
 */
public final class SoftwareVersionCapabilityCodec extends AbstractCapabilityCodec<SoftwareVersionCapability> {

    public SoftwareVersionCapabilityCodec() {
        super(SoftwareVersionCapability.CODE, "software-version", SoftwareVersionCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len < 1) {
            throw badLength(buf, off, len, "at least 1 (version length)");
        }
        int textLength = u8(buf, off);
        if (1 + textLength != len) {
            throw malformed(buf, off, len, "version length " + textLength + " does not fill the value of " + len
                    + " bytes");
        }
        String version = Utf8.decodeOrNull(buf, off + 1, textLength);
        if (version == null) {
            return new UnknownCapability(code(), Arrays.copyOfRange(buf, off, off + len));
        }
        return new SoftwareVersionCapability(version);
    }

    @Override
    void encodeValue(SoftwareVersionCapability capability, WireWriter out) {
        byte[] text = Utf8.encode(capability.version());
        if (1 + text.length > MAX_VALUE_LENGTH) {
            throw new BgpEncodeException("software-version capability: version of " + text.length
                    + " UTF-8 bytes exceeds 254");
        }
        out.writeByte(text.length).write(text);
    }
}
