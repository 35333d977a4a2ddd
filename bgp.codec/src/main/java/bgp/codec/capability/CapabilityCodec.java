package bgp.codec.capability;

import bgp.codec.BgpDecodeException;
import bgp.codec.WireWriter;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes and encodes the value of one capability code. Register an implementation as an OSGi service to add or
 * replace a capability in the {@code MessageCodec}'s table. Contract: {@link #decode} reads exactly the
 * {@code len} value bytes at {@code off} (bounds are the caller's: they lie within the array) and throws only
 * {@link BgpDecodeException} (OPEN Message Error, subcode 0 unless a more precise one applies); {@link #encode}
 * writes the value only (the table writes code and length).
 */
@ConsumerType
public interface CapabilityCodec {
    /** The capability code this codec handles. */
    int code();

    Capability decode(byte[] buf, int off, int len) throws BgpDecodeException;

    void encode(Capability capability, WireWriter out);
}
