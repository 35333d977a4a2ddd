package bgp.codec.capability;

import bgp.codec.Family;
import java.util.List;
import java.util.Objects;

/**
 * Paths limit (draft-ietf-idr-addpath-paths-limit, code 76): per family, the most paths per prefix the speaker wants
 * to receive with ADD-PATH (0..65535).
 */
public record PathsLimitCapability(List<Entry> entries) implements Capability {
    public static final int CODE = 76;

    public PathsLimitCapability {
        entries = List.copyOf(entries);
    }

    /** One family and its limit. */
    public record Entry(Family family, int limit) {
        public Entry {
            Objects.requireNonNull(family, "family");
            if (limit < 0 || limit > 0xFFFF) {
                throw new IllegalArgumentException("paths limit out of range (0..65535): " + limit);
            }
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
