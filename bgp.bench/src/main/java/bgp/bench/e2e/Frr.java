package bgp.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * FRR's bgpd alone ({@code --no_zebra}: no kernel routes), as user {@code frr} with its files in its own folder
 * (owned by frr), listening on its 127.x address; queried with {@code vtysh --vty_socket DIR -d bgpd}.
 */
final class Frr implements AutoCloseable {
    private final Path dir;
    private final Proc proc;

    Frr(Path dir, String me, String peer, long peerAs) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        String conf = "frr defaults traditional\nhostname bench\nlog file " + dir.resolve("bgpd.log") + "\n"
                + "router bgp " + E2eBench.RECEIVER_AS + "\n bgp router-id " + me + "\n no bgp ebgp-requires-policy\n"
                + " no bgp network import-check\n bgp allow-martian-nexthop\n"
                + " neighbor " + peer + " remote-as " + peerAs + "\n neighbor " + peer + " update-source " + me + "\n"
                + " neighbor " + peer + " ebgp-multihop 64\n"
                + " address-family ipv4 unicast\n  neighbor " + peer + " activate\n exit-address-family\n"
                + " address-family ipv6 unicast\n  neighbor " + peer + " activate\n exit-address-family\n";
        Files.writeString(dir.resolve("bgpd.conf"), conf);
        Probes.run(List.of("chown", "-R", "frr:frr", dir.toString()));
        proc = new Proc(dir, List.of("/usr/lib/frr/bgpd", "-f", dir.resolve("bgpd.conf").toString(), "-i",
                dir.resolve("bgpd.pid").toString(), "-z", dir.resolve("zserv.api").toString(), "--no_zebra", "-l", me,
                "-p", "179", "-P", "0", "--vty_socket", dir.toString(), "-u", "frr", "-g", "frr"), Map.of());
        long t = System.nanoTime();
        while (!Files.exists(dir.resolve("bgpd.vty"))) {
            if (!proc.alive() || System.nanoTime() - t > 30_000_000_000L) {
                close();
                throw new IOException("FRR bgpd did not start; see " + dir.resolve("out.log"));
            }
            E2eBench.sleep(100);
        }
    }

    Path vty() {
        return dir;
    }

    long pid() {
        return proc.pid();
    }

    @Override
    public void close() {
        proc.close();
    }
}
