package bgp.codec.capability;

/** FQDN (draft-walton-bgp-hostname-capability, code 73): host name and domain name, each up to 255 bytes. */
public record HostnameCapability(String hostname, String domain) implements Capability {
    public static final int CODE = 73;

    @Override
    public int code() {
        return CODE;
    }
}
