package bgp.api.command;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.reactor.Neighbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code neighbor <ip>|* [key value]... [, neighbor ...]} prefix of a command, parsed and validated: one or more
 * alternatives (ORed), each an address or {@code *} and parameters. Every parameter given filters (unlike ExaBGP,
 * where {@code neighbor * peer-as X} matches every peer). The same parameters describe a peer to {@code create}.
 *
 * <p>Parameters: {@code local-ip} (also spelled {@code local-address}), {@code local-as}, {@code peer-as},
 * {@code router-id}, {@code family-allowed} ({@code afi-safi} joined by {@code /}, or {@code in-open}), and, for
 * {@code create}, {@code graceful-restart <seconds>}, {@code group-updates true|false}, {@code api <process>}.
 */
public record NeighborSelector(List<Alternative> alternatives) {
    public static final String LOCAL_IP = "local-ip";
    public static final String LOCAL_AS = "local-as";
    public static final String PEER_AS = "peer-as";
    public static final String ROUTER_ID = "router-id";
    public static final String FAMILY_ALLOWED = "family-allowed";
    public static final String GRACEFUL_RESTART = "graceful-restart";
    public static final String GROUP_UPDATES = "group-updates";
    public static final String API = "api";
    private static final Set<String> KEYS = Set.of(LOCAL_IP, LOCAL_AS, PEER_AS, ROUTER_ID, FAMILY_ALLOWED,
            GRACEFUL_RESTART, GROUP_UPDATES, API);
    /** Families {@code in-open} stands for: every family the speaker can carry, so the peer's OPEN decides. */
    public static final Set<Family> IN_OPEN = Set.of(Family.IPV4_UNICAST, Family.IPV4_MULTICAST, Family.IPV4_LABELED,
            Family.IPV4_MPLS_VPN, Family.IPV6_UNICAST, Family.IPV6_MULTICAST, Family.IPV6_LABELED,
            Family.IPV6_MPLS_VPN);

    public NeighborSelector {
        alternatives = List.copyOf(alternatives);
    }

    /** One alternative: an address (canonical) or {@code *}, and its parameters in the order given. */
    public record Alternative(String address, Map<String, String> parameters) {
        public Alternative {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        public boolean wildcard() {
            return address.equals("*");
        }

        /** Whether a neighbor has every value this alternative gives. */
        public boolean matches(Neighbor n) {
            if (!wildcard() && !address.equals(n.peerAddress())) {
                return false;
            }
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                String v = p.getValue();
                boolean ok = switch (p.getKey()) {
                    case LOCAL_IP -> n.localAddress().map(v::equals).orElse(false);
                    case LOCAL_AS -> n.localAs() == Long.parseLong(v);
                    case PEER_AS -> n.peerAs() == Long.parseLong(v);
                    case ROUTER_ID -> n.routerId().map(v::equals).orElse(false);
                    case FAMILY_ALLOWED -> n.families().containsAll(families(v));
                    case GRACEFUL_RESTART -> n.gracefulRestartTime() == Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("cannot select neighbors by " + p.getKey());
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether any alternative matches. */
    public boolean matches(Neighbor n) {
        for (Alternative a : alternatives) {
            if (a.matches(n)) {
                return true;
            }
        }
        return false;
    }

    /** The selector and where the command's verb starts in the words. */
    public record Parsed(NeighborSelector selector, int verbIndex) {
    }

    /**
     * Parse the selector at the start of {@code words} (which begin with {@code neighbor}), up to the first word
     * that {@code isVerb} accepts where a parameter name is expected.
     *
     * @throws IllegalArgumentException with ExaBGP's wording: {@code invalid IP address <v>}, {@code invalid ASN <v>},
     *     {@code invalid family format <f>, expected <afi>-<safi>}, {@code unknown AFI <a>}, {@code unknown SAFI <s>},
     *     {@code duplicate parameter: <key>}, {@code missing value for <key>}, {@code unknown parameter: <key>},
     *     {@code missing command after the neighbor selector}
     */
    public static Parsed parse(List<String> words, Predicate<String> isVerb) {
        List<Alternative> alternatives = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i >= words.size() || !words.get(i).equals("neighbor")) {
                throw new IllegalArgumentException("expected 'neighbor' at word " + (i + 1));
            }
            i++;
            if (i >= words.size()) {
                throw new IllegalArgumentException("missing value for neighbor");
            }
            String address = words.get(i++);
            boolean more = address.endsWith(",");
            if (more) {
                address = address.substring(0, address.length() - 1);
            }
            address = address.equals("*") ? "*" : canonicalIp(address);
            Map<String, String> params = new LinkedHashMap<>();
            while (!more && i < words.size()) {
                String key = words.get(i);
                if (key.equals(",")) {
                    more = true;
                    i++;
                    break;
                }
                if (isVerb.test(key) && !KEYS.contains(key)) {
                    break;
                }
                String canonicalKey = key.equals("local-address") ? LOCAL_IP : key;
                if (!KEYS.contains(canonicalKey)) {
                    throw new IllegalArgumentException("unknown parameter: " + key);
                }
                if (params.containsKey(canonicalKey)) {
                    throw new IllegalArgumentException("duplicate parameter: " + key);
                }
                if (i + 1 >= words.size()) {
                    throw new IllegalArgumentException("missing value for " + key);
                }
                String value = words.get(i + 1);
                if (value.endsWith(",")) {
                    value = value.substring(0, value.length() - 1);
                    more = true;
                }
                params.put(canonicalKey, validate(canonicalKey, value));
                i += 2;
            }
            alternatives.add(new Alternative(address, params));
            if (!more) {
                break;
            }
        }
        if (i >= words.size()) {
            throw new IllegalArgumentException("missing command after the neighbor selector");
        }
        return new Parsed(new NeighborSelector(alternatives), i);
    }

    private static String canonicalIp(String text) {
        return IpAddresses.format(IpAddresses.parse(text));
    }

    private static String validate(String key, String value) {
        return switch (key) {
            case LOCAL_IP -> canonicalIp(value);
            case ROUTER_ID -> IpAddresses.ipv4(IpAddresses.parseIpv4(value));
            case LOCAL_AS, PEER_AS -> Long.toString(asn(value));
            case FAMILY_ALLOWED -> {
                families(value);
                yield value.toLowerCase(Locale.ROOT);
            }
            case GRACEFUL_RESTART -> {
                int s = integer(value, "graceful-restart time");
                if (s > 4095) {
                    throw new IllegalArgumentException("invalid graceful-restart time " + value + ", expected 0..4095");
                }
                yield Integer.toString(s);
            }
            case GROUP_UPDATES -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("invalid group-updates " + value + ", expected true or false");
                }
                yield value;
            }
            default -> value;
        };
    }

    /**
     * An AS number 0..4294967295.
     *
     * @throws IllegalArgumentException {@code invalid ASN <v>}
     */
    public static long asn(String value) {
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("invalid ASN " + value);
        }
        long v = Long.parseLong(value);
        if (v > Neighbor.MAX_AS) {
            throw new IllegalArgumentException("invalid ASN " + value);
        }
        return v;
    }

    private static int integer(String value, String what) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("invalid " + what + " " + value);
        }
        return Integer.parseInt(value);
    }

    /**
     * The families of a {@code family-allowed} value: {@code afi-safi} joined by {@code /}, or {@code in-open}.
     *
     * @throws IllegalArgumentException {@code invalid family format <f>, expected <afi>-<safi>}, {@code unknown AFI
     *     <a>}, {@code unknown SAFI <s>}
     */
    public static Set<Family> families(String value) {
        if (value.equalsIgnoreCase("in-open")) {
            return IN_OPEN;
        }
        java.util.LinkedHashSet<Family> out = new java.util.LinkedHashSet<>();
        for (String f : value.split("/", -1)) {
            int dash = f.indexOf('-');
            if (dash <= 0 || dash == f.length() - 1) {
                throw new IllegalArgumentException("invalid family format " + f + ", expected <afi>-<safi>");
            }
            String afi = f.substring(0, dash);
            String safi = f.substring(dash + 1);
            int a = Family.afiCode(afi);
            if (a < 0) {
                throw new IllegalArgumentException("unknown AFI " + afi);
            }
            int s = Family.safiCode(safi);
            if (s < 0) {
                throw new IllegalArgumentException("unknown SAFI " + safi);
            }
            out.add(new Family(a, s));
        }
        return out;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Alternative a : alternatives) {
            StringBuilder sb = new StringBuilder("neighbor ").append(a.address());
            a.parameters().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v));
            parts.add(sb.toString());
        }
        return String.join(", ", parts);
    }
}
