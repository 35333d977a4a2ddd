package bgp.codec.capability;

import bgp.codec.Family;
import java.util.Objects;

/** Multiprotocol extensions (RFC 4760, code 1): one AFI/SAFI the speaker can carry. */
public record MultiprotocolCapability(Family family) implements Capability {
    public static final int CODE = 1;

    public MultiprotocolCapability {
        Objects.requireNonNull(family, "family");
    }

    @Override
    public int code() {
        return CODE;
    }
}
