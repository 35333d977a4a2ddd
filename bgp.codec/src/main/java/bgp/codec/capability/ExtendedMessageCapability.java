package bgp.codec.capability;

/** Extended message (RFC 8654, code 6): messages up to 65535 bytes once both sides send it. */
public record ExtendedMessageCapability() implements Capability {
    public static final int CODE = 6;
    public static final ExtendedMessageCapability INSTANCE = new ExtendedMessageCapability();

    @Override
    public int code() {
        return CODE;
    }
}
