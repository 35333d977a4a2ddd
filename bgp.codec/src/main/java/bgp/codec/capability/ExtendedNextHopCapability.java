package bgp.codec.capability;

import java.util.List;

/**
 * Extended next hop encoding (RFC 8950, code 5): NLRI of {@code (afi, safi)} may carry a next hop of
 * {@code nextHopAfi}. The SAFI is two bytes on the wire.
 */
public record ExtendedNextHopCapability(List<Entry> entries) implements Capability {
    public static final int CODE = 5;

    public ExtendedNextHopCapability {
        entries = List.copyOf(entries);
    }

    /** One NLRI family and the next-hop AFI allowed for it. */
    public record Entry(int afi, int safi, int nextHopAfi) {
        public Entry {
            if (afi < 0 || afi > 0xFFFF || safi < 0 || safi > 0xFFFF || nextHopAfi < 0 || nextHopAfi > 0xFFFF) {
                throw new IllegalArgumentException("extended next-hop entry out of range (0..65535 each): "
                        + afi + "/" + safi + "/" + nextHopAfi);
            }
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
