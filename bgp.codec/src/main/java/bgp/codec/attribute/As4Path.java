package bgp.codec.attribute;

import java.util.Objects;

/**
 * AS4_PATH (RFC 6793 §3, type 17, optional transitive): the AS path with 4-octet ASNs that a NEW speaker sends
 * beside a 2-octet AS_PATH to an OLD one. Same segment model as {@link AsPath}; confederation segments, which the
 * RFC forbids here, are kept as received and dropped by the reconciliation.
 */
public record As4Path(AsPath path) implements Attribute {
    public static final int TYPE = 17;

    public As4Path {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_OPTIONAL | FLAG_TRANSITIVE;
    }
}
