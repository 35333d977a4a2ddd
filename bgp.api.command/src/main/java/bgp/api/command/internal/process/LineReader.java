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
            if (skipLineFeed()) {
                scanned = start;
            }
            String line = lineEndingAfter(scanned);
            if (line != null) {
                return line;
            }
            scanned = end;
            if (eof) {
                return start == end ? null : rest();
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

    /** After a line ended by {@code \r}: skip the {@code \n} of its {@code \r\n} once buffered; whether start moved. */
    private boolean skipLineFeed() {
        if (skipLf && start < end) {
            skipLf = false;
            if (buf[start] == '\n') {
                start++;
                return true;
            }
        }
        return false;
    }

    /** The line from start whose end is at or after {@code from}, taken from the buffer, or null if none is there. */
    private String lineEndingAfter(int from) {
        // bytes before from were scanned by an earlier call: whether they were all ASCII is not known, so only a line
        // scanned whole here is taken as ASCII
        boolean ascii = from == start;
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b <= '\r') { // line ends, other control characters, and every byte of a non-ASCII character
                if (b == '\n' || b == '\r') {
                    String line = ascii ? ascii(buf, start, i - start)
                            : new String(buf, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    skipLf = b == '\r';
                    return line;
                }
                ascii &= b >= 0;
            }
        }
        return null;
    }

    /**
     * ASCII bytes as a string: what UTF-8 decoding makes of them, by a copy alone (the JDK's decoder is a large method
     * for the JIT to compile during a program's first burst, and checks the bytes again).
     */
    @SuppressWarnings("deprecation") // the constructor of one byte per character is what ASCII is
    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, 0, offset, length);
    }

    /** The next line if it is complete in the buffer (or the last one of an ended stream), else null. */
    private String bufferedLine() {
        skipLineFeed();
        String line = lineEndingAfter(start);
        if (line != null) {
            return line;
        }
        return eof && start < end ? rest() : null;
    }

    /** The bytes left in the buffer of an ended stream: its last line, which had no end. */
    private String rest() {
        String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
        start = end;
        return line;
    }
}
