package bgp.config;

import bgp.codec.attribute.Attribute;
import bgp.codec.nlri.RouteDistinguisher;
import java.util.List;

/**
 * A VPLS route (RFC 4761; {@code l2vpn { vpls ...; }} or {@code announce { l2vpn { vpls ...; } }}), parsed, not encoded
 * yet.
 *
 * @param name the block's name ({@code vpls site5 { ... }}), or null
 * @param rd the route distinguisher
 * @param endpoint VE ID
 * @param base label base
 * @param offset VE block offset
 * @param size VE block size
 * @param nextHop the next hop as written ({@code self} included)
 * @param attributes the path attributes, in type-code order
 * @param withdraw ExaBGP's {@code withdraw} flag
 */
public record VplsRoute(String name, RouteDistinguisher rd, long endpoint, long base, long offset, long size,
        String nextHop, List<Attribute> attributes, boolean withdraw) {

    public VplsRoute {
        attributes = List.copyOf(attributes);
    }
}
