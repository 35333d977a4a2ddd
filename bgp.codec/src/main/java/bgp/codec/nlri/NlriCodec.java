package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes the NLRI of one AFI/SAFI: one entry of the NLRI table. Register an implementation as an OSGi service to
 * add a family. Contract: {@link #decode} reads exactly {@code buf[off, off+len)} and throws only
 * {@link BgpDecodeException} (UPDATE Message Error, Invalid Network Field (3/10); the caller sets the RFC 7606
 * action: session reset in the UPDATE body, AFI/SAFI disable in MP attributes).
 */
@ConsumerType
public interface NlriCodec {
    Family family();

    /** Decode a whole NLRI field; with {@code addPath}, each entry starts with a 4-byte path identifier. */
    NlriList decode(byte[] buf, int off, int len, boolean addPath) throws BgpDecodeException;
}
