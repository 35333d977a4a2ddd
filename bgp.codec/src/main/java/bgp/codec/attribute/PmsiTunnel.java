package bgp.codec.attribute;

import bgp.codec.Hex;
import java.util.Arrays;

/**
 * PMSI Tunnel (RFC 6514 §5, type 22, optional transitive): flags(1) tunnel type(1) MPLS label(3) tunnel
 * identifier(rest). Held as the value bytes as on the wire.
 */
public final class PmsiTunnel implements Attribute {
    public static final int TYPE = 22;
    /** Tunnel types (RFC 6514 §5, RFC 7385 registry). */
    public static final int NO_TUNNEL = 0;
    public static final int RSVP_TE_P2MP = 1;
    public static final int MLDP_P2MP = 2;
    public static final int PIM_SSM = 3;
    public static final int PIM_SM = 4;
    public static final int BIDIR_PIM = 5;
    public static final int INGRESS_REPLICATION = 6;
    public static final int MLDP_MP2MP = 7;
    /** Length of the fixed part: flags, tunnel type, label. */
    public static final int HEADER_LENGTH = 5;

    private final byte[] value;

    private PmsiTunnel(byte[] value) {
        this.value = value;
    }

    /**
     * A PMSI Tunnel attribute.
     *
     * @param flags the flags byte (bit 0x01: Leaf Information Required)
     * @param tunnelType 0 to 255
     * @param rawLabel the 3-byte label field as sent (the label is its 20 high bits), 0 to 2^24-1
     * @param tunnelId the tunnel identifier, e.g. the 4 or 16 bytes of the ingress replication address
     * @throws IllegalArgumentException when a value is out of range
     */
    public static PmsiTunnel of(int flags, int tunnelType, int rawLabel, byte[] tunnelId) {
        if (flags < 0 || flags > 0xFF || tunnelType < 0 || tunnelType > 0xFF) {
            throw new IllegalArgumentException("flags " + flags + " or tunnel type " + tunnelType
                    + " is not within 0..255");
        }
        if (rawLabel < 0 || rawLabel > 0xFFFFFF) {
            throw new IllegalArgumentException("label field " + rawLabel + " is not within 0..16777215");
        }
        byte[] b = new byte[HEADER_LENGTH + tunnelId.length];
        b[0] = (byte) flags;
        b[1] = (byte) tunnelType;
        b[2] = (byte) (rawLabel >>> 16);
        b[3] = (byte) (rawLabel >>> 8);
        b[4] = (byte) rawLabel;
        System.arraycopy(tunnelId, 0, b, HEADER_LENGTH, tunnelId.length);
        return new PmsiTunnel(b);
    }

    /**
     * The value bytes taken over without a copy (the caller gives them up).
     *
     * @throws IllegalArgumentException when shorter than {@link #HEADER_LENGTH}
     */
    public static PmsiTunnel wrap(byte[] value) {
        if (value.length < HEADER_LENGTH) {
            throw new IllegalArgumentException("malformed PMSI_TUNNEL: length " + value.length
                    + ", expected at least 5");
        }
        return new PmsiTunnel(value);
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }

    /** The attribute's own flags byte (not the attribute flags). */
    public int tunnelFlags() {
        return value[0] & 0xFF;
    }

    public int tunnelType() {
        return value[1] & 0xFF;
    }

    /** The 3-byte label field as sent. */
    public int rawLabel() {
        return (value[2] & 0xFF) << 16 | (value[3] & 0xFF) << 8 | value[4] & 0xFF;
    }

    /** The 20-bit label of the label field. */
    public int label() {
        return rawLabel() >>> 4;
    }

    /** Length of the tunnel identifier. */
    public int tunnelIdLength() {
        return value.length - HEADER_LENGTH;
    }

    /** The tunnel identifier (a copy). */
    public byte[] tunnelId() {
        return Arrays.copyOfRange(value, HEADER_LENGTH, value.length);
    }

    /** The value as on the wire (a copy). */
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PmsiTunnel p && Arrays.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "PmsiTunnel[0x" + Hex.encode(value) + "]";
    }
}
