package bgp.interop.daemon;

/** RFC 7911 ADD-PATH, as the daemon announces it for a neighbor (for every family of that neighbor). */
public enum AddPath {
    NONE(false, false),
    /** the daemon may send several paths per prefix */
    SEND(true, false),
    /** the daemon accepts several paths per prefix */
    RECEIVE(false, true),
    BOTH(true, true);

    private final boolean send;
    private final boolean receive;

    AddPath(boolean send, boolean receive) {
        this.send = send;
        this.receive = receive;
    }

    public boolean send() {
        return send;
    }

    public boolean receive() {
        return receive;
    }
}
