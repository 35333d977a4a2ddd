package bgp.codec.attribute;

import bgp.codec.Hex;
import java.util.Arrays;

/**
 * An attribute without a codec in the table: the type code, the optional/transitive/partial flags as received
 * (the extended-length bit and the unused low bits are dropped, the encoder chooses the length form) and the value
 * bytes. Also what ExaBGP's generic {@code attribute [ code flags value ]} builds.
 */
public final class UnknownAttribute implements Attribute {
    private static final int FLAG_MASK = FLAG_OPTIONAL | FLAG_TRANSITIVE | FLAG_PARTIAL;

    private final int typeCode;
    private final int flags;
    private final byte[] value;

    private UnknownAttribute(int typeCode, int flags, byte[] value) {
        if (typeCode < 0 || typeCode > 255) {
            throw new IllegalArgumentException("invalid attribute type code " + typeCode);
        }
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException("attribute value longer than 65535 bytes");
        }
        this.typeCode = typeCode;
        this.flags = flags & FLAG_MASK;
        this.value = value;
    }

    /** An attribute with a copy of {@code value}. */
    public static UnknownAttribute of(int typeCode, int flags, byte[] value) {
        return new UnknownAttribute(typeCode, flags, value.clone());
    }

    /** An attribute with a copy of {@code len} bytes of {@code buf} from {@code off}. */
    public static UnknownAttribute of(int typeCode, int flags, byte[] buf, int off, int len) {
        return new UnknownAttribute(typeCode, flags, Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public int typeCode() {
        return typeCode;
    }

    @Override
    public int flags() {
        return flags;
    }

    public boolean isOptional() {
        return (flags & FLAG_OPTIONAL) != 0;
    }

    public boolean isTransitive() {
        return (flags & FLAG_TRANSITIVE) != 0;
    }

    public boolean isPartial() {
        return (flags & FLAG_PARTIAL) != 0;
    }

    /** The value (a copy). */
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    /**
     * The attribute as a speaker passes it on (RFC 4271 §5, §9.1.4): an unrecognized optional transitive
     * attribute gets the PARTIAL bit; anything else is passed as it is. An optional non-transitive attribute that
     * is not recognized must not be passed on at all: check {@link #isTransitive()} first.
     *
     * @throws IllegalStateException for an optional non-transitive attribute
     */
    public UnknownAttribute forwarded() {
        if (isOptional() && !isTransitive()) {
            throw new IllegalStateException("unrecognized optional non-transitive attribute " + typeCode
                    + " is not passed on");
        }
        if (!isOptional() || isPartial()) {
            return this;
        }
        return new UnknownAttribute(typeCode, flags | FLAG_PARTIAL, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownAttribute u && u.typeCode == typeCode && u.flags == flags
                && Arrays.equals(u.value, value);
    }

    @Override
    public int hashCode() {
        return (typeCode * 31 + flags) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "UnknownAttribute[code " + typeCode + " flags 0x" + Integer.toHexString(flags).toUpperCase()
                + " 0x" + Hex.encode(value) + "]";
    }
}
