package bgp.reactor;

/** The RFC 4271 §8.2.2 session states; ExaBGP's names are the lower-case forms. */
public enum PeerState {
    IDLE, CONNECT, ACTIVE, OPEN_SENT, OPEN_CONFIRM, ESTABLISHED;

    /** {@code idle}, {@code connect}, {@code active}, {@code opensent}, {@code openconfirm}, {@code established}. */
    public String exabgpName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
