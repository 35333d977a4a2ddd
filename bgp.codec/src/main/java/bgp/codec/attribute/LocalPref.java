package bgp.codec.attribute;

/** LOCAL_PREF (RFC 4271 §5.1.5, type 5, well-known, internal peers only): an unsigned 32-bit preference. */
public record LocalPref(long value) implements Attribute {
    public static final int TYPE = 5;

    public LocalPref {
        Unsigned.check32(value, "local preference");
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_TRANSITIVE;
    }
}
