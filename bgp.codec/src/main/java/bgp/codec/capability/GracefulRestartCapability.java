package bgp.codec.capability;

import bgp.codec.Family;
import java.util.List;
import java.util.Objects;

/**
 * Graceful restart (RFC 4724, code 64): restart flags (4 bits: R = 0x8, N = 0x4 per RFC 8538), restart time in
 * seconds (12 bits), and per family its flags (F = 0x80: forwarding state preserved).
 */
public record GracefulRestartCapability(int restartFlags, int restartTime, List<Entry> families) implements Capability {
    public static final int CODE = 64;
    public static final int RESTART_STATE = 0x8;
    public static final int NOTIFICATION = 0x4;
    public static final int FORWARDING_STATE = 0x80;

    public GracefulRestartCapability {
        if (restartFlags < 0 || restartFlags > 0xF) {
            throw new IllegalArgumentException("restart flags out of range: " + restartFlags);
        }
        if (restartTime < 0 || restartTime > 0xFFF) {
            throw new IllegalArgumentException("restart time out of range (0..4095): " + restartTime);
        }
        families = List.copyOf(families);
    }

    /** One family and its flags. */
    public record Entry(Family family, int flags) {
        public Entry {
            Objects.requireNonNull(family, "family");
            if (flags < 0 || flags > 0xFF) {
                throw new IllegalArgumentException("graceful-restart family flags out of range: " + flags);
            }
        }
    }

    @Override
    public int code() {
        return CODE;
    }
}
