package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.FourOctetAsCapability;

/**
 * Support for 4-octet AS numbers (RFC 6793 §3, code 65): the speaker's AS in 4 bytes, length exactly 4. AS 0 decodes
 * (rejecting it is the OPEN check's job: RFC 7607, Bad Peer AS).
 */
public final class FourOctetAsCapabilityCodec extends AbstractCapabilityCodec<FourOctetAsCapability> {

    public FourOctetAsCapabilityCodec() {
        super(FourOctetAsCapability.CODE, "asn4", FourOctetAsCapability.class);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len != 4) {
            throw badLength(buf, off, len, "4");
        }
        return new FourOctetAsCapability(u32(buf, off));
    }

    @Override
    void encodeValue(FourOctetAsCapability capability, WireWriter out) {
        out.writeInt((int) capability.asn());
    }
}
