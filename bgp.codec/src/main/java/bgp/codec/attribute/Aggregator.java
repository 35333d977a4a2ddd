package bgp.codec.attribute;

import bgp.codec.IpAddresses;

/**
 * AGGREGATOR (RFC 4271 §5.1.7, type 7, optional transitive): the AS and IPv4 address (BGP identifier) of the
 * speaker that aggregated the route. On a session without 4-octet AS it is 2-octet on the wire, with an AS above
 * 65535 sent as {@link AsPath#AS_TRANS} (RFC 6793).
 */
public record Aggregator(long asn, int address) implements Attribute {
    public static final int TYPE = 7;

    public Aggregator {
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

    /** ExaBGP's text: {@code <asn>:<address>}. */
    @Override
    public String toString() {
        return asn + ":" + IpAddresses.ipv4(address);
    }
}
