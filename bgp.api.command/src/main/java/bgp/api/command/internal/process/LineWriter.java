package bgp.api.command.internal.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines to a program's input, each ended by {@code \n}, in UTF-8 (what {@link java.io.BufferedWriter} over an UTF-8
 * {@link java.io.OutputStreamWriter} writes on Linux, a lone surrogate as {@code ?}), buffered until {@link #flush}.
 * ASCII lines (acknowledgements, JSON and text events) are copied byte by byte into the buffer: the JDK's writer
 * widens a line to chars, then encodes them back, a chain of large methods for the JIT to compile during a program's
 * first burst. Not thread-safe.
 */
final class LineWriter {
    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    LineWriter(OutputStream out, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("buffer size must be positive: " + size);
        }
        this.out = out;
        this.buf = new byte[size];
    }

    /** Add a line and its end. */
    void line(String line) throws IOException {
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (pos == buf.length) {
                drain();
            }
            int stop = Math.min(n, i + buf.length - pos);
            for (; i < stop; i++) {
                char c = line.charAt(i);
                if (c >= 0x80) {
                    bytes(line.substring(i).getBytes(StandardCharsets.UTF_8));
                    i = n;
                    break;
                }
                buf[pos++] = (byte) c;
            }
        }
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = '\n';
    }

    private void bytes(byte[] b) throws IOException {
        for (int i = 0; i < b.length; ) {
            if (pos == buf.length) {
                drain();
            }
            int k = Math.min(b.length - i, buf.length - pos);
            System.arraycopy(b, i, buf, pos, k);
            pos += k;
            i += k;
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Write what is buffered and flush the stream. */
    void flush() throws IOException {
        if (pos > 0) {
            drain();
        }
        out.flush();
    }
}
