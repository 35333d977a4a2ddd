package bgp.reactor;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.rib.AdjRibOut;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the speaker needs to know of a peer: addresses, AS numbers, identifier, families, capabilities, timers,
 * transport options. Immutable; built with {@link #builder(String)}. Addresses are IP literals (no name lookup) kept
 * in canonical form ({@code 2001:DB8::1} becomes {@code 2001:db8::1}), so one peer has one spelling. Both the
 * configuration bundle and the API's {@code create} command build neighbors; the reactor runs them.
 */
public final class Neighbor {
    /** The largest AS number (RFC 6793). */
    public static final long MAX_AS = 0xFFFF_FFFFL;
    /** ExaBGP's default hold time. */
    public static final int DEFAULT_HOLD_TIME = 180;
    public static final int BGP_PORT = 179;
    /**
     * What the configuration's {@code software-version} sends: this speaker's own name and version,
     * {@code bgp/<version of this bundle>} ({@code bgp} alone outside a framework). Not ExaBGP's text: the capability
     * tells the peer's operator which software runs.
     */
    public static final String SOFTWARE_VERSION = ownVersion();

    private final String peerAddress;
    private final String localAddress;
    private final long localAs;
    private final long peerAs;
    private final String routerId;
    private final Set<Family> families;
    private final Set<Family> addPathSend;
    private final Set<Family> addPathReceive;
    private final int holdTime;
    private final boolean passive;
    private final int port;
    private final String md5Password;
    private final int outgoingTtl;
    private final int incomingTtl;
    private final boolean routeRefresh;
    private final boolean asn4;
    private final boolean extendedMessage;
    private final boolean linkLocalNextHop;
    private final int gracefulRestartTime;
    private final long maxPrefixes;
    private final boolean adjRibIn;
    private final boolean dynamic;
    private final String description;
    private final String hostName;
    private final String domainName;
    private final String softwareVersion;
    private final AdjRibOut.Grouping grouping;

    private Neighbor(Builder b) {
        peerAddress = canonicalAddress(Objects.requireNonNull(b.peerAddress, "peerAddress"));
        localAddress = b.localAddress == null ? null : canonicalAddress(b.localAddress);
        checkAs(b.localAs, "local-as");
        checkAs(b.peerAs, "peer-as");
        localAs = b.localAs;
        peerAs = b.peerAs;
        routerId = b.routerId == null ? null : IpAddresses.ipv4(IpAddresses.parseIpv4(b.routerId));
        if (b.families.isEmpty()) {
            throw new IllegalArgumentException("a neighbor needs at least one family");
        }
        families = Set.copyOf(b.families);
        addPathSend = Set.copyOf(b.addPathSend);
        addPathReceive = Set.copyOf(b.addPathReceive);
        if (b.holdTime != 0 && (b.holdTime < 3 || b.holdTime > 0xFFFF)) {
            throw new IllegalArgumentException("invalid hold-time " + b.holdTime + ", expected 0 or 3..65535");
        }
        holdTime = b.holdTime;
        passive = b.passive;
        if (b.port < 1 || b.port > 0xFFFF) {
            throw new IllegalArgumentException("invalid port " + b.port);
        }
        port = b.port;
        if (b.md5Password != null && (b.md5Password.isEmpty() || b.md5Password.length() > 80)) {
            throw new IllegalArgumentException("md5-password must be 1..80 characters");
        }
        md5Password = b.md5Password;
        if (b.outgoingTtl < 0 || b.outgoingTtl > 255 || b.incomingTtl < 0 || b.incomingTtl > 255) {
            throw new IllegalArgumentException("ttl out of range 0..255");
        }
        outgoingTtl = b.outgoingTtl;
        incomingTtl = b.incomingTtl;
        routeRefresh = b.routeRefresh;
        asn4 = b.asn4;
        if (!asn4 && localAs > 0xFFFF) {
            throw new IllegalArgumentException("local-as " + localAs + " needs asn4");
        }
        extendedMessage = b.extendedMessage;
        linkLocalNextHop = b.linkLocalNextHop;
        if (b.gracefulRestartTime < -1 || b.gracefulRestartTime > 0xFFF) {
            throw new IllegalArgumentException("graceful-restart time out of range 0..4095");
        }
        gracefulRestartTime = b.gracefulRestartTime;
        if (b.maxPrefixes < 0) {
            throw new IllegalArgumentException("max-prefixes must not be negative");
        }
        maxPrefixes = b.maxPrefixes;
        adjRibIn = b.adjRibIn;
        dynamic = b.dynamic;
        description = b.description == null ? "" : b.description;
        hostName = b.hostName;
        domainName = b.domainName;
        softwareVersion = b.softwareVersion;
        if (softwareVersion != null && (softwareVersion.isEmpty()
                || softwareVersion.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 254)) {
            throw new IllegalArgumentException("invalid software-version '" + softwareVersion
                    + "', expected 1 to 254 bytes of UTF-8");
        }
        grouping = Objects.requireNonNull(b.grouping, "grouping");
    }

    private static String ownVersion() {
        try {
            org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(Neighbor.class);
            return b == null ? "bgp" : "bgp/" + b.getVersion();
        } catch (LinkageError noFramework) {
            return "bgp";
        }
    }

    /** A builder for a peer at {@code peerAddress}; defaults as ExaBGP's (hold time 180, IPv4 unicast, asn4, ...). */
    public static Builder builder(String peerAddress) {
        return new Builder(peerAddress);
    }

    /** A builder holding this neighbor's values. */
    public Builder toBuilder() {
        Builder b = new Builder(peerAddress);
        b.localAddress = localAddress;
        b.localAs = localAs;
        b.peerAs = peerAs;
        b.routerId = routerId;
        b.families = new LinkedHashSet<>(families);
        b.addPathSend = new LinkedHashSet<>(addPathSend);
        b.addPathReceive = new LinkedHashSet<>(addPathReceive);
        b.holdTime = holdTime;
        b.passive = passive;
        b.port = port;
        b.md5Password = md5Password;
        b.outgoingTtl = outgoingTtl;
        b.incomingTtl = incomingTtl;
        b.routeRefresh = routeRefresh;
        b.asn4 = asn4;
        b.extendedMessage = extendedMessage;
        b.linkLocalNextHop = linkLocalNextHop;
        b.gracefulRestartTime = gracefulRestartTime;
        b.maxPrefixes = maxPrefixes;
        b.adjRibIn = adjRibIn;
        b.dynamic = dynamic;
        b.description = description;
        b.hostName = hostName;
        b.domainName = domainName;
        b.softwareVersion = softwareVersion;
        b.grouping = grouping;
        return b;
    }

    /**
     * The canonical text of an IPv4 or IPv6 literal, as peers are keyed by it.
     *
     * @throws IllegalArgumentException {@code invalid IP address <text>}
     */
    public static String canonicalAddress(String address) {
        return IpAddresses.format(IpAddresses.parse(address));
    }

    private static void checkAs(long as, String what) {
        if (as < 1 || as > MAX_AS) {
            throw new IllegalArgumentException("invalid ASN " + as + " for " + what + ", expected 1..4294967295");
        }
    }

    public String peerAddress() {
        return peerAddress;
    }

    /** Our address for the session; empty when it is discovered from the connection. */
    public Optional<String> localAddress() {
        return Optional.ofNullable(localAddress);
    }

    public long localAs() {
        return localAs;
    }

    public long peerAs() {
        return peerAs;
    }

    /** Our BGP identifier; empty when it is taken from an IPv4 local address. */
    public Optional<String> routerId() {
        return Optional.ofNullable(routerId);
    }

    public Set<Family> families() {
        return families;
    }

    public Set<Family> addPathSend() {
        return addPathSend;
    }

    public Set<Family> addPathReceive() {
        return addPathReceive;
    }

    /** Hold time offered in our OPEN, seconds (0: no keepalives). */
    public int holdTime() {
        return holdTime;
    }

    /** Whether we only wait for the peer to connect. */
    public boolean passive() {
        return passive;
    }

    /** The peer's TCP port we connect to. */
    public int port() {
        return port;
    }

    /** RFC 2385 TCP MD5 password, if any. */
    public Optional<String> md5Password() {
        return Optional.ofNullable(md5Password);
    }

    /** TTL of our packets (0: the system default). */
    public int outgoingTtl() {
        return outgoingTtl;
    }

    /** The lowest TTL accepted from the peer (GTSM, RFC 5082; 0: off). */
    public int incomingTtl() {
        return incomingTtl;
    }

    public boolean routeRefresh() {
        return routeRefresh;
    }

    public boolean asn4() {
        return asn4;
    }

    public boolean extendedMessage() {
        return extendedMessage;
    }

    /** Whether our OPEN carries the link-local next-hop capability (77). */
    public boolean linkLocalNextHop() {
        return linkLocalNextHop;
    }

    /** Graceful-restart time to announce, seconds; -1 when graceful restart is off. */
    public int gracefulRestartTime() {
        return gracefulRestartTime;
    }

    /** The most prefixes accepted from the peer before the session is ceased (0: no limit). */
    public long maxPrefixes() {
        return maxPrefixes;
    }

    /** Whether received routes are kept (ExaBGP's {@code adj-rib-in}). */
    public boolean adjRibIn() {
        return adjRibIn;
    }

    /** Whether the peer was created at run time (the API's {@code create}) rather than configured. */
    public boolean dynamic() {
        return dynamic;
    }

    public String description() {
        return description;
    }

    public Optional<String> hostName() {
        return Optional.ofNullable(hostName);
    }

    public Optional<String> domainName() {
        return Optional.ofNullable(domainName);
    }

    /**
     * The text of the software-version capability (code 75) sent in the OPEN; empty (the default): the capability is
     * not sent. The configuration's {@code software-version} gives {@link #SOFTWARE_VERSION}.
     */
    public Optional<String> softwareVersion() {
        return Optional.ofNullable(softwareVersion);
    }

    /**
     * Which routes share UPDATEs (see {@link AdjRibOut.Grouping}): {@code ALL} by default;
     * {@code IPV4_UNICAST} sends ExaBGP's UPDATEs for its {@code group-updates true}, {@code NONE} for
     * {@code group-updates false}.
     */
    public AdjRibOut.Grouping grouping() {
        return grouping;
    }

    /** Whether the session is internal (iBGP): both ends in one AS. */
    public boolean isInternal() {
        return localAs == peerAs;
    }

    /**
     * The OPEN this neighbor's session sends, with {@code bgpIdentifier} (the router-id, or the local address when
     * none is configured): a multiprotocol capability per family, then 4-octet AS, ADD-PATH, graceful restart,
     * route refresh and enhanced route refresh, extended message, link-local next hop and hostname, as enabled.
     * The {@code encode} tool negotiates with it as the peer would that answers with the same OPEN.
     */
    public bgp.codec.message.Open open(int bgpIdentifier) {
        java.util.List<bgp.codec.capability.Capability> caps = new java.util.ArrayList<>();
        for (Family f : families) {
            caps.add(new bgp.codec.capability.MultiprotocolCapability(f));
        }
        if (asn4) {
            caps.add(new bgp.codec.capability.FourOctetAsCapability(localAs));
        }
        java.util.List<bgp.codec.capability.AddPathCapability.Entry> addPath = new java.util.ArrayList<>();
        for (Family f : families) {
            int v = (addPathReceive.contains(f) ? bgp.codec.capability.AddPathCapability.RECEIVE : 0)
                    | (addPathSend.contains(f) ? bgp.codec.capability.AddPathCapability.SEND : 0);
            if (v != 0) {
                addPath.add(new bgp.codec.capability.AddPathCapability.Entry(f, v));
            }
        }
        if (!addPath.isEmpty()) {
            caps.add(new bgp.codec.capability.AddPathCapability(addPath));
        }
        if (gracefulRestartTime >= 0) {
            java.util.List<bgp.codec.capability.GracefulRestartCapability.Entry> entries = new java.util.ArrayList<>();
            for (Family f : families) {
                entries.add(new bgp.codec.capability.GracefulRestartCapability.Entry(f, 0));
            }
            caps.add(new bgp.codec.capability.GracefulRestartCapability(0, gracefulRestartTime, entries));
        }
        if (routeRefresh) {
            caps.add(bgp.codec.capability.RouteRefreshCapability.INSTANCE);
            caps.add(bgp.codec.capability.EnhancedRouteRefreshCapability.INSTANCE);
        }
        if (extendedMessage) {
            caps.add(bgp.codec.capability.ExtendedMessageCapability.INSTANCE);
        }
        if (linkLocalNextHop) {
            caps.add(bgp.codec.capability.LinkLocalNextHopCapability.INSTANCE);
        }
        if (hostName != null) {
            caps.add(new bgp.codec.capability.HostnameCapability(hostName, domainName == null ? "" : domainName));
        }
        if (softwareVersion != null) {
            caps.add(new bgp.codec.capability.SoftwareVersionCapability(softwareVersion));
        }
        return bgp.codec.message.Open.of(localAs, holdTime, bgpIdentifier, caps);
    }

    private Object[] values() {
        return new Object[] {peerAddress, localAddress, localAs, peerAs, routerId, families, addPathSend,
            addPathReceive, holdTime, passive, port, md5Password, outgoingTtl, incomingTtl, routeRefresh, asn4,
            extendedMessage, linkLocalNextHop, gracefulRestartTime, maxPrefixes, adjRibIn, dynamic, description,
            hostName, domainName, softwareVersion, grouping};
    }

    /** Same session parameters and options: a neighbor whose value changed must be restarted. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Neighbor n && java.util.Arrays.equals(n.values(), values());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return "neighbor " + peerAddress + " local-ip " + (localAddress == null ? "auto" : localAddress) + " local-as "
                + localAs + " peer-as " + peerAs + " router-id " + (routerId == null ? "auto" : routerId)
                + " families " + families + (dynamic ? " (dynamic)" : "");
    }

    /** Builds a {@link Neighbor}; {@link #build()} validates and names the first bad value. */
    public static final class Builder {
        private String peerAddress;
        private String localAddress;
        private long localAs;
        private long peerAs;
        private String routerId;
        private Set<Family> families = new LinkedHashSet<>(Set.of(Family.IPV4_UNICAST));
        private Set<Family> addPathSend = new LinkedHashSet<>();
        private Set<Family> addPathReceive = new LinkedHashSet<>();
        private int holdTime = DEFAULT_HOLD_TIME;
        private boolean passive;
        private int port = BGP_PORT;
        private String md5Password;
        private int outgoingTtl;
        private int incomingTtl;
        private boolean routeRefresh;
        private boolean asn4 = true;
        private boolean extendedMessage = true;
        private boolean linkLocalNextHop;
        private int gracefulRestartTime = -1;
        private long maxPrefixes;
        private boolean adjRibIn = true;
        private boolean dynamic;
        private String description;
        private String hostName;
        private String domainName;
        private String softwareVersion;
        private AdjRibOut.Grouping grouping = AdjRibOut.Grouping.ALL;

        private Builder(String peerAddress) {
            this.peerAddress = peerAddress;
        }

        /** The peer's address (e.g. to run a configured neighbor against another address). */
        public Builder peerAddress(String v) {
            peerAddress = v;
            return this;
        }

        public Builder localAddress(String v) {
            localAddress = v;
            return this;
        }

        public Builder localAs(long v) {
            localAs = v;
            return this;
        }

        public Builder peerAs(long v) {
            peerAs = v;
            return this;
        }

        public Builder routerId(String v) {
            routerId = v;
            return this;
        }

        public Builder families(Set<Family> v) {
            families = new LinkedHashSet<>(v);
            return this;
        }

        public Builder addPath(Family f, boolean send, boolean receive) {
            if (send) {
                addPathSend.add(f);
            }
            if (receive) {
                addPathReceive.add(f);
            }
            return this;
        }

        public Builder holdTime(int v) {
            holdTime = v;
            return this;
        }

        public Builder passive(boolean v) {
            passive = v;
            return this;
        }

        public Builder port(int v) {
            port = v;
            return this;
        }

        public Builder md5Password(String v) {
            md5Password = v;
            return this;
        }

        public Builder outgoingTtl(int v) {
            outgoingTtl = v;
            return this;
        }

        public Builder incomingTtl(int v) {
            incomingTtl = v;
            return this;
        }

        public Builder routeRefresh(boolean v) {
            routeRefresh = v;
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

        public Builder linkLocalNextHop(boolean v) {
            linkLocalNextHop = v;
            return this;
        }

        public Builder gracefulRestart(int seconds) {
            gracefulRestartTime = seconds;
            return this;
        }

        public Builder maxPrefixes(long v) {
            maxPrefixes = v;
            return this;
        }

        public Builder adjRibIn(boolean v) {
            adjRibIn = v;
            return this;
        }

        public Builder dynamic(boolean v) {
            dynamic = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        /** Which routes share UPDATEs; see {@link Neighbor#grouping()}. */
        public Builder grouping(AdjRibOut.Grouping v) {
            grouping = v;
            return this;
        }

        public Builder hostName(String host, String domain) {
            hostName = host;
            domainName = domain;
            return this;
        }

        /** The software-version capability's text (1 to 254 bytes of UTF-8), or null not to send it. */
        public Builder softwareVersion(String v) {
            softwareVersion = v;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the bad value ({@code invalid IP address <v>}, {@code invalid ASN
         *     <v> for local-as, expected 1..4294967295}, {@code invalid hold-time <v>, expected 0 or 3..65535}, ...)
         */
        public Neighbor build() {
            return new Neighbor(this);
        }
    }
}
