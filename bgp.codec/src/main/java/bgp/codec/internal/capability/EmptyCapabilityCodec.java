package bgp.codec.internal.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import bgp.codec.capability.Capability;
import bgp.codec.capability.EnhancedRouteRefreshCapability;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.LinkLocalNextHopCapability;
import bgp.codec.capability.RouteRefreshCapability;

/**
 * A capability whose presence is all it says: its value is empty, any other length is malformed. One instance per
 * code: route refresh (2, RFC 2918), extended message (6, RFC 8654), enhanced route refresh (70, RFC 7313),
 * link-local next hop (77, draft-ietf-idr-linklocal-capability).
 */
public final class EmptyCapabilityCodec<T extends Capability> extends AbstractCapabilityCodec<T> {
    private final T instance;

    private EmptyCapabilityCodec(String name, Class<T> type, T instance) {
        super(instance.code(), name, type);
        this.instance = instance;
    }

    public static EmptyCapabilityCodec<RouteRefreshCapability> routeRefresh() {
        return new EmptyCapabilityCodec<>("route-refresh", RouteRefreshCapability.class,
                RouteRefreshCapability.INSTANCE);
    }

    public static EmptyCapabilityCodec<ExtendedMessageCapability> extendedMessage() {
        return new EmptyCapabilityCodec<>("extended-message", ExtendedMessageCapability.class,
                ExtendedMessageCapability.INSTANCE);
    }

    public static EmptyCapabilityCodec<EnhancedRouteRefreshCapability> enhancedRouteRefresh() {
        return new EmptyCapabilityCodec<>("enhanced-route-refresh", EnhancedRouteRefreshCapability.class,
                EnhancedRouteRefreshCapability.INSTANCE);
    }

    public static EmptyCapabilityCodec<LinkLocalNextHopCapability> linkLocalNextHop() {
        return new EmptyCapabilityCodec<>("link-local-nexthop", LinkLocalNextHopCapability.class,
                LinkLocalNextHopCapability.INSTANCE);
    }

    @Override
    Capability decodeValue(byte[] buf, int off, int len) throws BgpDecodeException {
        if (len != 0) {
            throw badLength(buf, off, len, "0");
        }
        return instance;
    }

    @Override
    void encodeValue(T capability, WireWriter out) {
        // nothing: the value is empty
    }
}
