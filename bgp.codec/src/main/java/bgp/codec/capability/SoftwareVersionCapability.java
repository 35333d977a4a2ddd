package bgp.codec.capability;

import java.util.Objects;

/**
 * Software version (draft-ietf-idr-software-version, code 75): a UTF-8 string of up to 254 bytes (on the wire it is
 * preceded by its length byte, and the whole value is at most 255 bytes).
 */
public record SoftwareVersionCapability(String version) implements Capability {
    public static final int CODE = 75;

    public SoftwareVersionCapability {
        Objects.requireNonNull(version, "version");
    }

    @Override
    public int code() {
        return CODE;
    }
}
