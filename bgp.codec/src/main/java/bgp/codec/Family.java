package bgp.codec;

import java.util.Locale;

/**
 * An address family: AFI and SAFI as on the wire. Any pair can be represented (unknown ones are kept as numbers);
 * the constants name the families the speaker knows. {@link #toString()} gives ExaBGP's spelling, e.g.
 * {@code "ipv4 unicast"}, {@code "ipv6 mpls-vpn"}.
 */
public record Family(int afi, int safi) {

    public static final int AFI_IPV4 = 1;
    public static final int AFI_IPV6 = 2;
    public static final int AFI_L2VPN = 25;
    public static final int AFI_BGPLS = 16388;

    public static final int SAFI_UNICAST = 1;
    public static final int SAFI_MULTICAST = 2;
    public static final int SAFI_LABELED = 4;
    public static final int SAFI_MCAST_VPN = 5;
    public static final int SAFI_VPLS = 65;
    public static final int SAFI_EVPN = 70;
    public static final int SAFI_BGPLS = 71;
    public static final int SAFI_BGPLS_VPN = 72;
    public static final int SAFI_SR_POLICY = 73;
    public static final int SAFI_MUP = 85;
    public static final int SAFI_MPLS_VPN = 128;
    public static final int SAFI_RTC = 132;
    public static final int SAFI_FLOW = 133;
    public static final int SAFI_FLOW_VPN = 134;

    public static final Family IPV4_UNICAST = new Family(AFI_IPV4, SAFI_UNICAST);
    public static final Family IPV4_MULTICAST = new Family(AFI_IPV4, SAFI_MULTICAST);
    public static final Family IPV4_LABELED = new Family(AFI_IPV4, SAFI_LABELED);
    public static final Family IPV4_MPLS_VPN = new Family(AFI_IPV4, SAFI_MPLS_VPN);
    public static final Family IPV6_UNICAST = new Family(AFI_IPV6, SAFI_UNICAST);
    public static final Family IPV6_MULTICAST = new Family(AFI_IPV6, SAFI_MULTICAST);
    public static final Family IPV6_LABELED = new Family(AFI_IPV6, SAFI_LABELED);
    public static final Family IPV6_MPLS_VPN = new Family(AFI_IPV6, SAFI_MPLS_VPN);
    public static final Family IPV4_FLOW = new Family(AFI_IPV4, SAFI_FLOW);
    public static final Family IPV6_FLOW = new Family(AFI_IPV6, SAFI_FLOW);
    public static final Family IPV4_FLOW_VPN = new Family(AFI_IPV4, SAFI_FLOW_VPN);
    public static final Family IPV6_FLOW_VPN = new Family(AFI_IPV6, SAFI_FLOW_VPN);

    public Family {
        if (afi < 0 || afi > 0xFFFF) {
            throw new IllegalArgumentException("AFI out of range: " + afi);
        }
        if (safi < 0 || safi > 0xFF) {
            throw new IllegalArgumentException("SAFI out of range: " + safi);
        }
    }

    /**
     * Written out, with the values a record's generated method gives: that one goes through a method handle chain,
     * slow until compiled and a large inline tree once compiled, and families are compared and hashed for every route.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Family f && f.afi == afi && f.safi == safi;
    }

    @Override
    public int hashCode() {
        return 31 * afi + safi;
    }

    /** ExaBGP's name of an AFI ({@code ipv4}, {@code ipv6}, {@code l2vpn}, {@code bgp-ls}), else the number. */
    public static String afiName(int afi) {
        return switch (afi) {
            case AFI_IPV4 -> "ipv4";
            case AFI_IPV6 -> "ipv6";
            case AFI_L2VPN -> "l2vpn";
            case AFI_BGPLS -> "bgp-ls";
            default -> Integer.toString(afi);
        };
    }

    /** ExaBGP's name of a SAFI ({@code unicast}, {@code nlri-mpls}, {@code mpls-vpn}, {@code flow}, ...), else the number. */
    public static String safiName(int safi) {
        return switch (safi) {
            case SAFI_UNICAST -> "unicast";
            case SAFI_MULTICAST -> "multicast";
            case SAFI_LABELED -> "nlri-mpls";
            case SAFI_MCAST_VPN -> "mcast-vpn";
            case SAFI_VPLS -> "vpls";
            case SAFI_EVPN -> "evpn";
            case SAFI_BGPLS -> "bgp-ls";
            case SAFI_BGPLS_VPN -> "bgp-ls-vpn";
            case SAFI_SR_POLICY -> "sr-policy";
            case SAFI_MUP -> "mup";
            case SAFI_MPLS_VPN -> "mpls-vpn";
            case SAFI_RTC -> "rtc";
            case SAFI_FLOW -> "flow";
            case SAFI_FLOW_VPN -> "flow-vpn";
            default -> Integer.toString(safi);
        };
    }

    /** The AFI code for an ExaBGP AFI name, or -1. */
    public static int afiCode(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ipv4" -> AFI_IPV4;
            case "ipv6" -> AFI_IPV6;
            case "l2vpn" -> AFI_L2VPN;
            case "bgp-ls", "bgpls" -> AFI_BGPLS;
            default -> -1;
        };
    }

    /** The SAFI code for an ExaBGP SAFI name (also {@code labeled-unicast}, {@code mpls-label}), or -1. */
    public static int safiCode(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "unicast" -> SAFI_UNICAST;
            case "multicast" -> SAFI_MULTICAST;
            case "nlri-mpls", "labeled-unicast", "mpls-label", "labelled-unicast" -> SAFI_LABELED;
            case "mcast-vpn" -> SAFI_MCAST_VPN;
            case "vpls" -> SAFI_VPLS;
            case "evpn" -> SAFI_EVPN;
            case "bgp-ls" -> SAFI_BGPLS;
            case "bgp-ls-vpn" -> SAFI_BGPLS_VPN;
            case "sr-policy" -> SAFI_SR_POLICY;
            case "mup" -> SAFI_MUP;
            case "mpls-vpn" -> SAFI_MPLS_VPN;
            case "rtc" -> SAFI_RTC;
            case "flow" -> SAFI_FLOW;
            case "flow-vpn" -> SAFI_FLOW_VPN;
            default -> -1;
        };
    }

    /** ExaBGP's name, e.g. {@code "ipv4 unicast"}. */
    @Override
    public String toString() {
        return afiName(afi) + " " + safiName(safi);
    }
}
