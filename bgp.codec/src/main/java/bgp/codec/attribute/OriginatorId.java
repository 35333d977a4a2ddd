package bgp.codec.attribute;

import bgp.codec.IpAddresses;

/** ORIGINATOR_ID (RFC 4456 §8, type 9, optional non-transitive): the BGP identifier of the route's originator. */
public record OriginatorId(int address) implements Attribute {
    public static final int TYPE = 9;

    /** From a dotted quad. */
    public static OriginatorId parse(String text) {
        return new OriginatorId(IpAddresses.parseIpv4(text));
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL;
    }

    @Override
    public String toString() {
        return IpAddresses.ipv4(address);
    }
}
