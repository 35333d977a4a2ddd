package bgp.codec.capability;

/** Route refresh (RFC 2918, code 2). */
public record RouteRefreshCapability() implements Capability {
    public static final int CODE = 2;
    public static final RouteRefreshCapability INSTANCE = new RouteRefreshCapability();

    @Override
    public int code() {
        return CODE;
    }
}
