package bgp.codec.attribute;

import bgp.codec.IpAddresses;

/**
 * AS4_AGGREGATOR (RFC 6793 §3, type 18, optional transitive): the 4-octet AS and address of the aggregating
 * speaker, sent beside an AGGREGATOR carrying {@link AsPath#AS_TRANS} to an OLD speaker.
 */
public record As4Aggregator(long asn, int address) implements Attribute {
    public static final int TYPE = 18;

    public As4Aggregator {
        Unsigned.checkAsn(asn);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    @Override
    public String toString() {
        return asn + ":" + IpAddresses.ipv4(address);
    }
}
