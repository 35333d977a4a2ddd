package bgp.codec.capability;

import bgp.codec.Family;

/** Multiprotocol extensions (RFC 4760, code 1): one AFI/SAFI the speaker can carry. */
public record MultiprotocolCapability(Family family) implements Capability {
    public static final int CODE = 1;

    @Override
    public int code() {
        return CODE;
    }
}
