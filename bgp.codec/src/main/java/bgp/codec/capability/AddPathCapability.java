package bgp.codec.capability;

import bgp.codec.Family;
import java.util.List;
import java.util.Objects;

/** ADD-PATH (RFC 7911, code 69): per family whether the speaker can receive (1), send (2) or both (3). */
public record AddPathCapability(List<Entry> entries) implements Capability {
    public static final int CODE = 69;
    public static final int RECEIVE = 1;
    public static final int SEND = 2;
    public static final int BOTH = 3;

    public AddPathCapability {
        entries = List.copyOf(entries);
    }

    /** One family and its send/receive value. */
    public record Entry(Family family, int sendReceive) {
        public Entry {
            Objects.requireNonNull(family, "family");
            if (sendReceive < RECEIVE || sendReceive > BOTH) {
                throw new IllegalArgumentException("add-path send/receive out of range (1..3): " + sendReceive);
            }
        }

        public boolean receive() {
            return (sendReceive & RECEIVE) != 0;
        }

        public boolean send() {
            return (sendReceive & SEND) != 0;
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
