package bgp.codec.capability;

import java.util.Arrays;

/** A capability no codec knows: its code and value bytes, kept so it can be shown and sent again unchanged. */
public final class UnknownCapability implements Capability {
    private final int code;
    private final byte[] value;

    public UnknownCapability(int code, byte[] value) {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("capability code out of range: " + code);
        }
        this.code = code;
        this.value = value.clone();
    }

    @Override
    public int code() {
        return code;
    }

    /** The value (a copy). */
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownCapability u && u.code == code && Arrays.equals(u.value, value);
    }

    @Override
    public int hashCode() {
        return code * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "UnknownCapability[" + code + " " + bgp.codec.Hex.encode(value) + "]";
    }
}
