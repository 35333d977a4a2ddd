package bgp.codec.attribute;

/** placeholder until merge */
public final class UnknownAttribute implements Attribute {
    private final int flags;
    private final int type;
    private final byte[] value;

    public UnknownAttribute(int flags, int type, byte[] value) {
        this.flags = flags;
        this.type = type;
        this.value = value.clone();
    }

    public int typeCode() {
        return type;
    }

    public int flags() {
        return flags;
    }

    public byte[] value() {
        return value.clone();
    }

    public void writeValue(bgp.codec.WireWriter out) {
        out.write(value);
    }
}
