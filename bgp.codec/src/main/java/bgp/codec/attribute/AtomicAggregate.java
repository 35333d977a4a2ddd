package bgp.codec.attribute;

/** ATOMIC_AGGREGATE (RFC 4271 §5.1.6, type 6, well-known discretionary): a flag without a value. */
public final class AtomicAggregate implements Attribute {
    public static final int TYPE = 6;

    public static final AtomicAggregate INSTANCE = new AtomicAggregate();

    private AtomicAggregate() {
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_TRANSITIVE;
    }

    @Override
    public String toString() {
        return "AtomicAggregate";
    }
}
