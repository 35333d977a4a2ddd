package bgp.codec.capability;

/** One capability of an OPEN message (RFC 5492). Implementations are immutable values. */
public interface Capability {
    /** The capability code. */
    int code();
}
