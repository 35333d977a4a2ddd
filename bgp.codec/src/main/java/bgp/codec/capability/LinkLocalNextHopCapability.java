package bgp.codec.capability;

/**
 * Link-local next hop (draft-ietf-idr-linklocal-capability, code 77): the speaker can process an IPv6 next hop that
 * is a link-local address only. Empty value. ExaBGP's {@code capability { link-local-nexthop enable; }}.
 */
public record LinkLocalNextHopCapability() implements Capability {
    public static final int CODE = 77;
    public static final LinkLocalNextHopCapability INSTANCE = new LinkLocalNextHopCapability();

    @Override
    public int code() {
        return CODE;
    }
}
