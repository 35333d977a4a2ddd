package bgp.config;

import bgp.codec.Family;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ExaBGP's neighbor says beyond the session parameters the reactor runs ({@link bgp.reactor.Neighbor}): output
 * behaviour, transport details and the capabilities the reactor does not negotiate yet. Defaults are ExaBGP's.
 *
 * @param groupUpdates {@code group-updates} (default true): pack routes with the same attributes together
 * @param autoFlush {@code auto-flush} (default true): send API changes at once
 * @param adjRibOut {@code adj-rib-out} (default true): keep what was sent, for route refresh and re-sends
 * @param manualEor {@code manual-eor} (default false): End-of-RIB only on the API's {@code announce eor}
 * @param rateLimit {@code rate-limit}: most messages a second read from the peer, 0 (default, or {@code disable}) for
 *     no limit
 * @param listen {@code listen}: our port for this peer, 0 when not given
 * @param localLinkLocal {@code local-link-local}: our IPv6 link-local address, or null
 * @param sourceInterface {@code source-interface}, or null
 * @param md5Ip {@code md5-ip}: the address the MD5 key is bound to, or null for the local address
 * @param md5Base64 {@code md5-base64}: the password was given in base64 (the neighbor holds it decoded)
 * @param multiSession capability {@code multi-session} (default false)
 * @param operational capability {@code operational} (default false)
 * @param aigp capability {@code aigp} (default false)
 * @param softwareVersion capability {@code software-version} (default false; when true the neighbor sends
 *     {@link bgp.reactor.Neighbor#SOFTWARE_VERSION})
 * @param linkLocalNexthop capability {@code link-local-nexthop} (default false)
 * @param nexthop capability {@code nexthop} (RFC 8950; default: true when a {@code nexthop} block is present)
 * @param nexthops the {@code nexthop} block: which family may carry a next hop of which AFI
 * @param addPathLimits {@code add-path { ipv4 unicast limit 10; }}: the limits given, by family
 */
public record NeighborOptions(boolean groupUpdates, boolean autoFlush, boolean adjRibOut, boolean manualEor,
        int rateLimit, int listen, String localLinkLocal, String sourceInterface, String md5Ip, boolean md5Base64,
        boolean multiSession, boolean operational, boolean aigp, boolean softwareVersion, boolean linkLocalNexthop,
        boolean nexthop, List<NextHopFamily> nexthops, Map<Family, Integer> addPathLimits) {

    /** An entry of the {@code nexthop} block, e.g. {@code ipv4 unicast ipv6}. */
    public record NextHopFamily(Family family, int nextHopAfi) {
        @Override
        public String toString() {
            return family + " " + Family.afiName(nextHopAfi);
        }
    }

    public NeighborOptions {
        nexthops = List.copyOf(nexthops);
        addPathLimits = Collections.unmodifiableMap(new LinkedHashMap<>(addPathLimits));
    }
}
