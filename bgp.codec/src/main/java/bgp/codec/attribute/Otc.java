package bgp.codec.attribute;

/** OTC, Only To Customer (RFC 9234 §5, type 35, optional transitive): the AS that marked the route. */
public record Otc(long asn) implements Attribute {
    public static final int TYPE = 35;

    public Otc {
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
}
