package bgp.codec.message;

/** KEEPALIVE: a header and nothing else. */
public final class Keepalive implements Message {
    public static final Keepalive INSTANCE = new Keepalive();

    private Keepalive() {
    }

    @Override
    public int type() {
        return TYPE_KEEPALIVE;
    }

    @Override
    public String toString() {
        return "Keepalive";
    }
}
