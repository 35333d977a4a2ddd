package bgp.codec.capability;

/** BGP role (RFC 9234, code 9): 0 provider, 1 route server, 2 route-server client, 3 customer, 4 peer. */
public record RoleCapability(int role) implements Capability {
    public static final int CODE = 9;
    public static final int PROVIDER = 0;
    public static final int ROUTE_SERVER = 1;
    public static final int RS_CLIENT = 2;
    public static final int CUSTOMER = 3;
    public static final int PEER = 4;

    public RoleCapability {
        if (role < 0 || role > 255) {
            throw new IllegalArgumentException("role out of range: " + role);
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
