package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.BgpEncodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.HostnameCapability;
import bgp.codec.capability.UnknownCapability;
import java.util.Arrays;

/**
 * FQDN / hostname (draft-walton-bgp-hostname-capability, code 73):
 * {@code host-length(1) host-name domain-length(1) domain-name}, which must fill the value exactly.
 *
 * <p>A well-formed value whose names are not valid UTF-8 is not an error worth a session: it decodes to an
 * {@link UnknownCapability} with the value as received (re-encoded unchanged), as a capability not understood
 * (RFC 5492 §3).
 */
public final class HostnameCapabilityCodec extends AbstractCapabilityCodec<HostnameCapability> {

    public HostnameCapabilityCodec() {
        super(HostnameCapability.CODE, "hostname", HostnameCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len < 2) {
            throw badLength(buf, off, len, "at least 2 (host-name length, domain-name length)");
        }
        int hostLength = u8(buf, off);
        if (1 + hostLength + 1 > len) {
            throw malformed(buf, off, len, "host-name length " + hostLength + " overruns the value of " + len
                    + " bytes");
        }
        int domainAt = off + 1 + hostLength;
        int domainLength = u8(buf, domainAt);
        if (1 + hostLength + 1 + domainLength != len) {
            throw malformed(buf, off, len, "host-name length " + hostLength + " and domain-name length "
                    + domainLength + " do not fill the value of " + len + " bytes");
        }
        String host = Utf8.decodeOrNull(buf, off + 1, hostLength);
        String domain = Utf8.decodeOrNull(buf, domainAt + 1, domainLength);
        if (host == null || domain == null) {
            return new UnknownCapability(code(), Arrays.copyOfRange(buf, off, off + len));
        }
        return new HostnameCapability(host, domain);
    }

    @Override
    void encodeValue(HostnameCapability capability, WireWriter out) {
        byte[] host = Utf8.encode(capability.hostname());
        byte[] domain = Utf8.encode(capability.domain());
        if (2 + host.length + domain.length > MAX_VALUE_LENGTH) {
            throw new BgpEncodeException("hostname capability: host name (" + host.length + " bytes) and domain name ("
                    + domain.length + " bytes) exceed 253 UTF-8 bytes together");
        }
        out.writeByte(host.length).write(host).writeByte(domain.length).write(domain);
    }
}
