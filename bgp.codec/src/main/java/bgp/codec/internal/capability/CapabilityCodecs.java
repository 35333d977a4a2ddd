package bgp.codec.internal.capability;

import bgp.codec.capability.CapabilityCodec;
import java.util.List;

/**
 * The built-in capability codecs, one per code, in code order. Codes seen from ExaBGP that stay
 * {@link bgp.codec.capability.UnknownCapability} (their value is kept as bytes by the table): 68 multi-session
 * (draft-ietf-idr-bgp-multisession, value layout never settled), 128 Cisco route refresh, 131 Cisco multi-session,
 * 185 ExaBGP operational (codes 128..255 are private use, RFC 5492: another vendor may give them another value, so
 * no strict codec claims them).
 *
 * <table>
 * <caption>Built-in capabilities</caption>
 * <tr><th>code</th><th>capability</th><th>value</th></tr>
 * <tr><td>1</td><td>multiprotocol (RFC 4760)</td><td>AFI(2) reserved(1) SAFI(1)</td></tr>
 * <tr><td>2</td><td>route refresh (RFC 2918)</td><td>empty</td></tr>
 * <tr><td>5</td><td>extended next hop (RFC 8950)</td><td>(AFI(2) SAFI(2) next-hop AFI(2))+</td></tr>
 * <tr><td>6</td><td>extended message (RFC 8654)</td><td>empty</td></tr>
 * <tr><td>9</td><td>BGP role (RFC 9234)</td><td>role(1)</td></tr>
 * <tr><td>64</td><td>graceful restart (RFC 4724)</td><td>flags(4 bits) time(12 bits) (AFI(2) SAFI(1) flags(1))*</td></tr>
 * <tr><td>65</td><td>4-octet AS (RFC 6793)</td><td>AS(4)</td></tr>
 * <tr><td>69</td><td>ADD-PATH (RFC 7911)</td><td>(AFI(2) SAFI(1) send/receive(1))+</td></tr>
 * <tr><td>70</td><td>enhanced route refresh (RFC 7313)</td><td>empty</td></tr>
 * <tr><td>73</td><td>FQDN (draft-walton-bgp-hostname-capability)</td><td>len(1) host len(1) domain</td></tr>
 * <tr><td>75</td><td>software version (draft-ietf-idr-software-version)</td><td>len(1) version</td></tr>
 * <tr><td>76</td><td>paths limit (draft-ietf-idr-addpath-paths-limit)</td><td>(AFI(2) SAFI(1) limit(2))+</td></tr>
 * <tr><td>77</td><td>link-local next hop (draft-ietf-idr-linklocal-capability)</td><td>empty</td></tr>
 * </table>
 */
public final class CapabilityCodecs {
    private CapabilityCodecs() {
    }

    /** A new instance of every built-in codec (they are stateless), in code order. */
    public static List<CapabilityCodec> builtin() {
        return List.of(
                new MultiprotocolCapabilityCodec(),
                EmptyCapabilityCodec.routeRefresh(),
                new ExtendedNextHopCapabilityCodec(),
                EmptyCapabilityCodec.extendedMessage(),
                new RoleCapabilityCodec(),
                new GracefulRestartCapabilityCodec(),
                new FourOctetAsCapabilityCodec(),
                new AddPathCapabilityCodec(),
                EmptyCapabilityCodec.enhancedRouteRefresh(),
                new HostnameCapabilityCodec(),
                new SoftwareVersionCapabilityCodec(),
                new PathsLimitCapabilityCodec(),
                EmptyCapabilityCodec.linkLocalNextHop());
    }
}
