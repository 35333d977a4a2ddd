package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;

/**
 * One NLRI as an object: for tools, JSON, configuration and the API. Hot paths use {@link NlriList}'s primitive
 * accessors instead. Immutable; {@code equals} compares family, path identifier and value.
 */
public interface Nlri {
    Family family();

    /** The RFC 7911 path identifier, 0 when none. */
    int pathId();

    /** Write the NLRI as on the wire, the path identifier first when {@code addPath}. */
    void encode(WireWriter out, boolean addPath);

    /** ExaBGP's text of the NLRI (e.g. {@code 10.0.0.0/24}), without the path identifier. */
    @Override
    String toString();
}
