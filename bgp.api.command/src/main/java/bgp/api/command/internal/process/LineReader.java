package bgp.api.command.internal.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines a program writes, read from its output as {@link java.io.BufferedReader#readLine} reads them (ended by
 * {@code \n}, {@code \r} or {@code \r\n}; the last one may have no end; UTF-8, a malformed sequence read as U+FFFD),
 * each made straight from its bytes: no decoding into a char buffer and copying back, which was a sixth of the API
 * thread's time with a program writing 100,000 commands. Not thread-safe.
 */
final class LineReader {
    private final InputStream in;
    private byte[] buf;
    private int start;
    private int end;
    /** The last line ended with {@code \r}: a {@code \n} first read next belongs to it. */
    private boolean skipLf;
    private boolean eof;

    LineReader(InputStream in, int size) {
        this.in = in;
        this.buf = new byte[size];
    }

    /** The next line without its end, or null at the end of the stream. */
    String readLine() throws IOException {
        int scanned = start;
        while (true) {
            if (skipLf && start < end) {
                skipLf = false;
                if (buf[start] == '\n') {
                    start++;
                    scanned = start;
                }
            }
            for (int i = scanned; i < end; i++) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    String line = new String(buf, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    skipLf = b == '\r';
                    return line;
                }
            }
            scanned = end;
            if (eof) {
                if (start == end) {
                    return null;
                }
                String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
                start = end;
                return line;
            }
            int offset = fill();
            scanned -= offset;
        }
    }

    /** Read more (compacting or growing the buffer first); how far the unread bytes moved back. */
    private int fill() throws IOException {
        int moved = 0;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            moved = start;
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        return moved;
    }

    /**
     * Add the lines that have arrived to {@code into}: one line as {@link #readLine} reads it (waiting for it), then
     * every line already complete in the buffer, without reading the stream again: the lines a program wrote
     * together, taken together.
     *
     * @return false at the end of the stream (nothing added)
     */
    boolean readLines(java.util.List<String> into) throws IOException {
        String line = readLine();
        if (line == null) {
            return false;
        }
        into.add(line);
        while ((line = bufferedLine()) != null) {
            into.add(line);
        }
        return true;
    }

    /** The next line if it is complete in the buffer (or the last one of an ended stream), else null. */
    private String bufferedLine() {
        if (skipLf && start < end) {
            skipLf = false;
            if (buf[start] == '\n') {
                start++;
            }
        }
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b == '\n' || b == '\r') {
                String line = new String(buf, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
                skipLf = b == '\r';
                return line;
            }
        }
        if (eof && start < end) {
            String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
            start = end;
            return line;
        }
        return null;
    }
}
