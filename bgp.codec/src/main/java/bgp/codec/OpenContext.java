package bgp.codec;

import bgp.codec.capability.AddPathCapability;
import bgp.codec.capability.Capability;
import bgp.codec.capability.EnhancedRouteRefreshCapability;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.ExtendedNextHopCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.GracefulRestartCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.capability.RouteRefreshCapability;
import bgp.codec.message.Message;
import bgp.codec.message.Open;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What two OPENs negotiated, and all that decoding or encoding an UPDATE needs: families, add-path per family and
 * direction, 4-octet AS, the largest message, extended next-hop families. Built from the two OPENs
 * ({@link #negotiate(Open, Open)}) or, for tools and tests, with a {@link Builder}. Immutable and thread-safe; it
 * holds no reference to a neighbor or a session.
 */
public final class OpenContext {
    private final long localAs;
    private final long peerAs;
    private final int localId;
    private final int peerId;
    private final int holdTime;
    private final boolean asn4;
    private final int maxMessageSize;
    private final Set<Family> families;
    private final Set<Family> addPathReceive;
    private final Set<Family> addPathSend;
    private final Map<Family, Integer> extendedNextHop;
    private final boolean routeRefresh;
    private final boolean enhancedRouteRefresh;
    private final GracefulRestartCapability peerGracefulRestart;
    // hot-path copies for IPv4 unicast in the UPDATE body
    private final boolean ipv4UnicastAddPathReceive;
    private final boolean ipv4UnicastAddPathSend;

    private OpenContext(Builder b) {
        localAs = b.localAs;
        peerAs = b.peerAs;
        localId = b.localId;
        peerId = b.peerId;
        holdTime = b.holdTime;
        asn4 = b.asn4;
        maxMessageSize = b.extendedMessage ? Message.MAX_EXTENDED_LENGTH : Message.MAX_LENGTH;
        families = Set.copyOf(b.families);
        addPathReceive = Set.copyOf(b.addPathReceive);
        addPathSend = Set.copyOf(b.addPathSend);
        extendedNextHop = Map.copyOf(b.extendedNextHop);
        routeRefresh = b.routeRefresh;
        enhancedRouteRefresh = b.enhancedRouteRefresh;
        peerGracefulRestart = b.peerGracefulRestart;
        ipv4UnicastAddPathReceive = addPathReceive.contains(Family.IPV4_UNICAST);
        ipv4UnicastAddPathSend = addPathSend.contains(Family.IPV4_UNICAST);
    }

    /**
     * The context of a session from the OPEN we sent and the OPEN we received (RFC 4760 §8, RFC 6793, RFC 7911 §4,
     * RFC 8654, RFC 8950): a family is usable when both announced it (IPv4 unicast when neither announced any);
     * add-path receive when we said receive and they said send, and the converse for send.
     */
    public static OpenContext negotiate(Open local, Open remote) {
        Builder b = builder()
                .localAs(local.asn()).peerAs(remote.asn())
                .localId(local.bgpIdentifier()).peerId(remote.bgpIdentifier())
                .holdTime(Math.min(local.holdTime(), remote.holdTime()))
                .asn4(has(local, FourOctetAsCapability.class) && has(remote, FourOctetAsCapability.class))
                .extendedMessage(has(local, ExtendedMessageCapability.class)
                        && has(remote, ExtendedMessageCapability.class))
                .routeRefresh(has(local, RouteRefreshCapability.class) && has(remote, RouteRefreshCapability.class))
                .enhancedRouteRefresh(has(local, EnhancedRouteRefreshCapability.class)
                        && has(remote, EnhancedRouteRefreshCapability.class));
        Set<Family> ours = multiprotocol(local);
        Set<Family> theirs = multiprotocol(remote);
        Set<Family> common = new LinkedHashSet<>(ours);
        common.retainAll(theirs);
        if (ours.isEmpty() && theirs.isEmpty()) {
            common.add(Family.IPV4_UNICAST);
        }
        b.families(common);
        Map<Family, Integer> ourAddPath = addPath(local);
        Map<Family, Integer> theirAddPath = addPath(remote);
        for (Family f : common) {
            int o = ourAddPath.getOrDefault(f, 0);
            int t = theirAddPath.getOrDefault(f, 0);
            if ((o & AddPathCapability.RECEIVE) != 0 && (t & AddPathCapability.SEND) != 0) {
                b.addPathReceive(f);
            }
            if ((o & AddPathCapability.SEND) != 0 && (t & AddPathCapability.RECEIVE) != 0) {
                b.addPathSend(f);
            }
        }
        Map<Family, Integer> ourEnh = extendedNextHop(local);
        for (Map.Entry<Family, Integer> e : extendedNextHop(remote).entrySet()) {
            if (e.getValue().equals(ourEnh.get(e.getKey()))) {
                b.extendedNextHop(e.getKey(), e.getValue());
            }
        }
        remote.capability(GracefulRestartCapability.class).ifPresent(b::peerGracefulRestart);
        return b.build();
    }

    private static boolean has(Open open, Class<? extends Capability> type) {
        return open.capability(type).isPresent();
    }

    private static Set<Family> multiprotocol(Open open) {
        Set<Family> out = new LinkedHashSet<>();
        for (MultiprotocolCapability c : open.capabilities(MultiprotocolCapability.class)) {
            out.add(c.family());
        }
        return out;
    }

    private static Map<Family, Integer> addPath(Open open) {
        Map<Family, Integer> out = new HashMap<>();
        for (AddPathCapability c : open.capabilities(AddPathCapability.class)) {
            for (AddPathCapability.Entry e : c.entries()) {
                out.merge(e.family(), e.sendReceive(), (x, y) -> x | y);
            }
        }
        return out;
    }

    private static Map<Family, Integer> extendedNextHop(Open open) {
        Map<Family, Integer> out = new HashMap<>();
        for (ExtendedNextHopCapability c : open.capabilities(ExtendedNextHopCapability.class)) {
            for (ExtendedNextHopCapability.Entry e : c.entries()) {
                if (e.safi() <= 0xFF) {
                    out.put(new Family(e.afi(), e.safi()), e.nextHopAfi());
                }
            }
        }
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this context's values. */
    public Builder toBuilder() {
        Builder b = new Builder().localAs(localAs).peerAs(peerAs).localId(localId).peerId(peerId).holdTime(holdTime)
                .asn4(asn4).extendedMessage(maxMessageSize > Message.MAX_LENGTH).families(families)
                .routeRefresh(routeRefresh).enhancedRouteRefresh(enhancedRouteRefresh);
        addPathReceive.forEach(b::addPathReceive);
        addPathSend.forEach(b::addPathSend);
        extendedNextHop.forEach(b::extendedNextHop);
        b.peerGracefulRestart = peerGracefulRestart;
        return b;
    }

    public long localAs() {
        return localAs;
    }

    public long peerAs() {
        return peerAs;
    }

    /** Whether the session is internal (iBGP): both ends in one AS. */
    public boolean isInternal() {
        return localAs == peerAs;
    }

    public int localId() {
        return localId;
    }

    public int peerId() {
        return peerId;
    }

    /** The negotiated hold time in seconds (0: no keepalives). */
    public int holdTime() {
        return holdTime;
    }

    /** Whether AS numbers are 4 bytes on the wire (RFC 6793). */
    public boolean asn4() {
        return asn4;
    }

    /** The largest message, header included: 4096, or 65535 with extended message (RFC 8654). */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** The negotiated families. */
    public Set<Family> families() {
        return families;
    }

    public boolean supports(Family family) {
        return families.contains(family);
    }

    /** Whether NLRI of this family we receive carry path identifiers. */
    public boolean addPathReceive(Family family) {
        return family.equals(Family.IPV4_UNICAST) ? ipv4UnicastAddPathReceive : addPathReceive.contains(family);
    }

    /** Whether NLRI of this family we send carry path identifiers. */
    public boolean addPathSend(Family family) {
        return family.equals(Family.IPV4_UNICAST) ? ipv4UnicastAddPathSend : addPathSend.contains(family);
    }

    /** {@link #addPathReceive(Family)} for IPv4 unicast, without a lookup. */
    public boolean addPathReceiveIpv4Unicast() {
        return ipv4UnicastAddPathReceive;
    }

    /** {@link #addPathSend(Family)} for IPv4 unicast, without a lookup. */
    public boolean addPathSendIpv4Unicast() {
        return ipv4UnicastAddPathSend;
    }

    /** The next-hop AFI both sides allow for a family under RFC 8950, if any. */
    public Optional<Integer> extendedNextHop(Family family) {
        return Optional.ofNullable(extendedNextHop.get(family));
    }

    public boolean routeRefresh() {
        return routeRefresh;
    }

    public boolean enhancedRouteRefresh() {
        return enhancedRouteRefresh;
    }

    /** The graceful-restart capability the peer sent, if it did. */
    public Optional<GracefulRestartCapability> peerGracefulRestart() {
        return Optional.ofNullable(peerGracefulRestart);
    }

    @Override
    public String toString() {
        return "OpenContext[as " + localAs + "->" + peerAs + ", asn4=" + asn4 + ", max=" + maxMessageSize
                + ", families=" + families + ", addPathRx=" + addPathReceive + ", addPathTx=" + addPathSend + "]";
    }

    /**
     * Builds a context by hand (tools, tests). Defaults: 4-octet AS on, 4096-byte messages, IPv4 unicast only, no
     * add-path, hold time 180.
     */
    public static final class Builder {
        private long localAs;
        private long peerAs;
        private int localId;
        private int peerId;
        private int holdTime = 180;
        private boolean asn4 = true;
        private boolean extendedMessage;
        private Set<Family> families = new LinkedHashSet<>(List.of(Family.IPV4_UNICAST));
        private final Set<Family> addPathReceive = new HashSet<>();
        private final Set<Family> addPathSend = new HashSet<>();
        private final Map<Family, Integer> extendedNextHop = new HashMap<>();
        private boolean routeRefresh;
        private boolean enhancedRouteRefresh;
        private GracefulRestartCapability peerGracefulRestart;

        private Builder() {
        }

        public Builder localAs(long v) {
            localAs = v;
            return this;
        }

        public Builder peerAs(long v) {
            peerAs = v;
            return this;
        }

        public Builder localId(int v) {
            localId = v;
            return this;
        }

        public Builder peerId(int v) {
            peerId = v;
            return this;
        }

        public Builder holdTime(int v) {
            holdTime = v;
            return this;
        }

        public Builder asn4(boolean v) {
            asn4 = v;
            return this;
        }

        public Builder extendedMessage(boolean v) {
            extendedMessage = v;
            return this;
        }

        public Builder families(Set<Family> v) {
            families = new LinkedHashSet<>(v);
            return this;
        }

        public Builder family(Family f) {
            families.add(f);
            return this;
        }

        /** Path identifiers in both directions for a family. */
        public Builder addPath(Family f) {
            return addPathReceive(f).addPathSend(f);
        }

        public Builder addPathReceive(Family f) {
            addPathReceive.add(f);
            return this;
        }

        public Builder addPathSend(Family f) {
            addPathSend.add(f);
            return this;
        }

        public Builder extendedNextHop(Family f, int nextHopAfi) {
            extendedNextHop.put(f, nextHopAfi);
            return this;
        }

        public Builder routeRefresh(boolean v) {
            routeRefresh = v;
            return this;
        }

        public Builder enhancedRouteRefresh(boolean v) {
            enhancedRouteRefresh = v;
            return this;
        }

        public Builder peerGracefulRestart(GracefulRestartCapability v) {
            peerGracefulRestart = v;
            return this;
        }

        public OpenContext build() {
            return new OpenContext(this);
        }
    }
}
