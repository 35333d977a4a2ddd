package bgp.interop.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Facts about this machine: root or not, where a program is, where the harness keeps its files. */
public final class Host {
    private Host() {
    }

    /** Whether this JVM runs as root (needed to bind port 179 and to run the daemons as they are packaged). */
    public static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | ClassCastException e) {
            return false;
        }
    }

    /** The program on PATH (or /usr/sbin, /usr/bin, /sbin: root's PATH may lack them), if any. */
    public static Optional<Path> which(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/usr/bin:/sbin:/bin";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the tests run under CI ({@code CI=true}): there a missing daemon fails instead of skipping. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The harness's work folder: {@code -Dbgp.interop.dir} (Surefire sets target/interop), else target/interop. */
    public static Path workDir() {
        return Path.of(System.getProperty("bgp.interop.dir", "target/interop")).toAbsolutePath().normalize();
    }
}
