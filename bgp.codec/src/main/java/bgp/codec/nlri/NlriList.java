package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;

/**
 * The NLRI of one field of one UPDATE, kept compactly (primitives or the wire bytes themselves, never an object
 * per prefix). Immutable. Subtypes add primitive accessors for their family (e.g. {@link Ipv4Prefixes#prefix}).
 */
public interface NlriList {
    Family family();

    int size();

    default boolean isEmpty() {
        return size() == 0;
    }

    /** The path identifier of entry {@code i}, 0 when the list carries none. */
    int pathId(int i);

    /** Whether the entries carry path identifiers (RFC 7911). */
    boolean hasPathIds();

    /** Entry {@code i} as an object (allocates: not for hot paths). */
    Nlri get(int i);

    /** Bytes entry {@code i} takes on the wire, with its path identifier when {@code addPath}. */
    int encodedLength(int i, boolean addPath);

    /** Write entry {@code i}, with its path identifier when {@code addPath}. */
    void encode(int i, WireWriter out, boolean addPath);

    /** Write every entry. */
    default void encodeAll(WireWriter out, boolean addPath) {
        for (int i = 0, n = size(); i < n; i++) {
            encode(i, out, addPath);
        }
    }
}
