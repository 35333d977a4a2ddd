package bgp.codec.capability;

/** Enhanced route refresh (RFC 7313, code 70). */
public record EnhancedRouteRefreshCapability() implements Capability {
    public static final int CODE = 70;
    public static final EnhancedRouteRefreshCapability INSTANCE = new EnhancedRouteRefreshCapability();

    @Override
    public int code() {
        return CODE;
    }
}
