package bgp.codec.capability;

/** Support for 4-octet AS numbers (RFC 6793, code 65), carrying the speaker's AS. */
public record FourOctetAsCapability(long asn) implements Capability {
    public static final int CODE = 65;

    public FourOctetAsCapability {
        if (asn < 0 || asn > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid ASN " + asn);
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
