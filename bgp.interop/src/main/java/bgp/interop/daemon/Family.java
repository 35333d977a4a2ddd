package bgp.interop.daemon;

/** The address families the harness configures and queries: unicast IPv4 and IPv6 (carried over IPv4 sessions). */
public enum Family {
    IPV4_UNICAST(1, "ipv4"),
    IPV6_UNICAST(2, "ipv6");

    private final int afi;
    private final String afiName;

    Family(int afi, String afiName) {
        this.afi = afi;
        this.afiName = afiName;
    }

    /** The IANA AFI number (1 or 2); the SAFI is 1 (unicast). */
    public int afi() {
        return afi;
    }

    /** "ipv4" or "ipv6". */
    public String afiName() {
        return afiName;
    }
}
