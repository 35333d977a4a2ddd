package bgp.tools;

import bgp.api.command.internal.json.ExabgpJson;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.OpenContext;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Open;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.NeighborOptions;
import bgp.config.internal.ConfigReader;
import bgp.reactor.Neighbor;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The session a tool works in: a neighbor (the first of a configuration file, or ExaBGP's {@code decode}/
 * {@code encode} default: 127.0.0.1 on both ends, AS 65533 on both ends, router-id 127.0.0.1, every family the
 * codec implements) and what its session negotiates with a peer that answers with the same OPEN (as ExaBGP's test
 * peer does: its own AS, the router-id plus one).
 *
 * @param neighbor the neighbor, with the tool's options applied
 * @param session the negotiated context: what the speaker sends in, and what it decodes in
 * @param extendedNextHop whether the default RFC 8950 next hops (IPv6 for every IPv4 family) were added
 */
record ToolContext(Neighbor neighbor, OpenContext session, boolean extendedNextHop) {
    static final String DEFAULT_ADDRESS = "127.0.0.1";
    static final long DEFAULT_AS = 65533;

    /** The families the codec implements (ExaBGP's decode and encode accept every family). */
    static Set<Family> implementedFamilies() {
        Set<Family> out = new LinkedHashSet<>();
        for (NlriCodec c : BuiltinCodecs.nlri()) {
            out.add(c.family());
        }
        return out;
    }

    /** The options a tool takes to shape its session: {@code -f}, {@code -i}, {@code -a}, {@code -z}, {@code -c}. */
    static final class Options {
        Set<Family> families;
        boolean addPath;
        /** {@code -n}: the operand is one NLRI field of the one {@code -f} family (decode). */
        boolean nlri;
        Long localAs;
        Long peerAs;
        Path config;

        /** Take the option at {@code args[i]} (and its value); returns how many words were used, 0 if none. */
        int take(List<String> args, int i, boolean asOptions) throws ToolException {
            String a = args.get(i);
            switch (a) {
                case "-f", "--family" -> families = family(value(args, i));
                case "-i", "--path-information" -> {
                    addPath = true;
                    return 1;
                }
                case "-n", "--nlri" -> {
                    if (asOptions) {
                        return 0;
                    }
                    nlri = true;
                    return 1;
                }
                case "-c", "--configuration" -> config = Path.of(value(args, i));
                case "-a", "--local-as" -> {
                    if (!asOptions) {
                        return 0;
                    }
                    localAs = asn(value(args, i));
                }
                case "-z", "--peer-as" -> {
                    if (!asOptions) {
                        return 0;
                    }
                    peerAs = asn(value(args, i));
                }
                default -> {
                    return 0;
                }
            }
            return 2;
        }

        private static String value(List<String> args, int i) throws ToolException {
            if (i + 1 >= args.size()) {
                throw new ToolException("option " + args.get(i) + " needs a value");
            }
            return args.get(i + 1);
        }

        private static long asn(String s) throws ToolException {
            try {
                long v = Long.parseLong(s);
                if (v >= 0 && v <= Neighbor.MAX_AS) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new ToolException("invalid AS number '" + s + "', expected 0 to 4294967295");
        }

        /** {@code "<afi> <safi>"}, several joined by {@code /} or {@code ,}. */
        static Set<Family> family(String text) throws ToolException {
            Set<Family> out = new LinkedHashSet<>();
            for (String one : text.split("[/,]")) {
                String[] w = one.strip().split("\\s+");
                if (w.length != 2) {
                    throw new ToolException("invalid family '" + one.strip() + "', expected '<afi> <safi>' such as "
                            + "'ipv4 unicast'");
                }
                int afi = Family.afiCode(w[0]);
                int safi = Family.safiCode(w[1]);
                if (afi < 0 || safi < 0) {
                    throw new ToolException("unknown family '" + one.strip() + "'");
                }
                Family f = new Family(afi, safi);
                if (!implementedFamilies().contains(f)) {
                    throw new ToolException("family " + f + " is not implemented");
                }
                out.add(f);
            }
            return out;
        }
    }

    /** The context the options describe. */
    static ToolContext of(Options o) throws ToolException {
        Neighbor base;
        NeighborOptions neighborOptions = null;
        if (o.config != null) {
            Configuration c;
            try {
                c = ConfigReader.read(o.config);
            } catch (ConfigException e) {
                throw new ToolException(e.errors().get(0).toString()
                        + (e.errors().size() > 1 ? " (and " + (e.errors().size() - 1) + " more)" : ""));
            }
            if (c.neighbors().isEmpty()) {
                throw new ToolException(o.config + ": no neighbor in the configuration");
            }
            NeighborConfig first = c.neighbors().get(0);
            base = first.neighbor();
            neighborOptions = first.options();
        } else {
            base = Neighbor.builder(DEFAULT_ADDRESS).localAddress(DEFAULT_ADDRESS).localAs(DEFAULT_AS)
                    .peerAs(DEFAULT_AS).routerId(DEFAULT_ADDRESS).families(implementedFamilies()).build();
        }
        Neighbor.Builder b = base.toBuilder();
        if (o.localAs != null) {
            b.localAs(o.localAs);
        }
        if (o.peerAs != null) {
            b.peerAs(o.peerAs);
        }
        Set<Family> families = o.families != null ? o.families : base.families();
        b.families(families);
        if (o.addPath) {
            for (Family f : families) {
                b.addPath(f, true, true);
            }
        }
        Neighbor n;
        try {
            n = b.build();
        } catch (IllegalArgumentException e) {
            throw new ToolException(e.getMessage());
        }
        int id = IpAddresses.parseIpv4(n.routerId().orElse(n.localAddress().filter(a -> !IpAddresses.isIpv6(a))
                .orElse(DEFAULT_ADDRESS)));
        Open ours = n.open(id);
        Open theirs = n.toBuilder().localAs(n.peerAs()).peerAs(n.localAs()).build().open(id + 1);
        OpenContext.Builder ctx = OpenContext.negotiate(ours, theirs).toBuilder();
        boolean enh = false;
        if (neighborOptions != null) {
            if (neighborOptions.nexthop()) {
                for (NeighborOptions.NextHopFamily f : neighborOptions.nexthops()) {
                    ctx.extendedNextHop(f.family(), f.nextHopAfi());
                }
            }
        } else {
            for (Family f : families) {
                if (f.afi() == Family.AFI_IPV4) {
                    ctx.extendedNextHop(f, Family.AFI_IPV6);
                    enh = true;
                }
            }
        }
        return new ToolContext(n, ctx.build(), enh);
    }

    /** The neighbor block of the JSON the decode tool prints. */
    ExabgpJson.Peer peer() {
        return ExabgpJson.Peer.of(neighbor);
    }
}
