package bgp.codec.capability;

/** Software version (draft-ietf-idr-software-version, code 75): a UTF-8 string of up to 255 bytes. */
public record SoftwareVersionCapability(String version) implements Capability {
    public static final int CODE = 75;

    @Override
    public int code() {
        return CODE;
    }
}
