package bgp.interop.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class Logs {
    private Logs() {
    }

    /** The last {@code lines} lines of a file (reads at most its last 64 KiB), or a note when it cannot be read. */
    static String tail(Path file, int lines) {
        try {
            long size = Files.size(file);
            byte[] all;
            try (var ch = Files.newByteChannel(file)) {
                long from = Math.max(0, size - 65536);
                ch.position(from);
                var buf = java.nio.ByteBuffer.allocate((int) (size - from));
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // read on
                }
                all = buf.array();
            }
            List<String> l = new String(all, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", l.subList(Math.max(0, l.size() - lines), l.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
