package bgp.codec.attribute;

/** Range checks for the unsigned numbers the attribute values hold. */
final class Unsigned {
    private Unsigned() {
    }

    static long check32(long value, String what) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid " + what + " " + value + " (0..4294967295)");
        }
        return value;
    }

    static int checkAsn(long asn) {
        return (int) check32(asn, "ASN");
    }
}
