package bgp.interop.daemon;

import java.util.List;
import java.util.function.Function;

/** The daemons the harness runs, the programs each needs, and how to create one. */
public enum DaemonKind {
    BIRD("BIRD 2", List.of("bird", "birdc"), Bird::new),
    GOBGP("GoBGP", List.of("gobgpd", "gobgp"), GoBgp::new),
    OPENBGPD("OpenBGPD", List.of("bgpd", "bgpctl"), OpenBgpd::new),
    EXABGP("ExaBGP", List.of("exabgp", "python3"), ExaBgp::new);

    private final String title;
    private final List<String> programs;
    private final Function<DaemonConfig, BgpDaemon> factory;

    DaemonKind(String title, List<String> programs, Function<DaemonConfig, BgpDaemon> factory) {
        this.title = title;
        this.programs = programs;
        this.factory = factory;
    }

    public String title() {
        return title;
    }

    /** The programs it needs on PATH (Debian packages bird2, gobgpd, openbgpd, exabgp). */
    public List<String> programs() {
        return programs;
    }

    /** Whether every program it needs is installed. */
    public boolean installed() {
        return programs.stream().allMatch(p -> Host.which(p).isPresent());
    }

    /** A daemon of this kind with this config, not started yet. */
    public BgpDaemon create(DaemonConfig config) {
        return factory.apply(config);
    }
}
