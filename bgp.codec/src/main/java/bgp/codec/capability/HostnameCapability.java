package bgp.codec.capability;

import java.util.Objects;

/**
 * FQDN (draft-walton-bgp-hostname-capability, code 73): host name and domain name, UTF-8. On the wire each is
 * preceded by its length byte and the whole value is at most 255 bytes, so together they fit in 253 bytes.
 */
public record HostnameCapability(String hostname, String domain) implements Capability {
    public static final int CODE = 73;

    public HostnameCapability {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public int code() {
        return CODE;
    }
}
