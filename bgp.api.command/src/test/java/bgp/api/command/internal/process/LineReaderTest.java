package bgp.api.command.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The program's lines are read as BufferedReader reads them, whatever the reads' sizes. */
class LineReaderTest {
    /** A stream giving at most {@code chunk} bytes a read (a pipe's partial reads). */
    private static InputStream chunked(byte[] data, int chunk) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<String> ours(byte[] data, int chunk, int size) throws IOException {
        LineReader r = new LineReader(chunked(data, chunk), size);
        List<String> out = new ArrayList<>();
        for (String l; (l = r.readLine()) != null;) {
            out.add(l);
        }
        return out;
    }

    private static List<String> theirs(byte[] data) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(data),
                StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (String l; (l = r.readLine()) != null;) {
            out.add(l);
        }
        return out;
    }

    @Test
    void linesEndAtNewlineCarriageReturnOrBoth() throws IOException {
        byte[] data = "announce route 10.0.0.0/24 next-hop self\r\nversion\rhelp\n\nlast é".getBytes(
                StandardCharsets.UTF_8);
        assertEquals(List.of("announce route 10.0.0.0/24 next-hop self", "version", "help", "", "last é"),
                ours(data, 3, 4));
        assertEquals(theirs(data), ours(data, 1, 1));
    }

    /** Up to {@code max} bytes of letters, spaces, tabs, line ends and (one in 20) bytes above 0x7F. */
    private static byte[] randomStream(Random random, int max) {
        byte[] alphabet = "ab \t\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[random.nextInt(max)];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(20) == 0 ? (byte) (0x80 + random.nextInt(0x80))
                    : alphabet[random.nextInt(alphabet.length)];
        }
        return data;
    }

    @Test
    void manyRandomStreamsReadAsBufferedReaderReadsThem() throws IOException {
        Random random = new Random(7);
        for (int t = 0; t < 2_000; t++) {
            byte[] data = randomStream(random, 200);
            assertEquals(theirs(data), ours(data, 1 + random.nextInt(40), 1 + random.nextInt(16)), "stream " + t);
        }
    }

    /** {@link LineReader#readLines} of random streams: the lines readLine gives, in batches of what has arrived. */
    @Test
    void linesTakenTogetherAreTheLinesOneByOne() throws IOException {
        Random random = new Random(11);
        for (int t = 0; t < 2_000; t++) {
            byte[] data = randomStream(random, 300);
            int chunk = 1 + random.nextInt(60);
            LineReader r = new LineReader(chunked(data, chunk), 1 + random.nextInt(32));
            List<String> all = new ArrayList<>();
            List<String> batch = new ArrayList<>();
            while (r.readLines(batch)) {
                assertFalse(batch.isEmpty());
                all.addAll(batch);
                batch.clear();
            }
            assertTrue(batch.isEmpty());
            assertEquals(theirs(data), all, "stream " + t);
        }
    }

    @Test
    void aBatchIsWhatOneReadBrought() throws IOException {
        LineReader r = new LineReader(chunked("a\r\nb\nc\nd".getBytes(StandardCharsets.UTF_8), 5), 64);
        List<String> batch = new ArrayList<>();
        assertTrue(r.readLines(batch));
        assertEquals(List.of("a", "b"), batch, "the first read brought 'a\\r\\nb\\n'");
        batch.clear();
        assertTrue(r.readLines(batch));
        assertEquals(List.of("c"), batch, "then 'c\\nd': 'd' may go on");
        batch.clear();
        assertTrue(r.readLines(batch));
        assertEquals(List.of("d"), batch, "the stream ended: 'd' was the last line");
        batch.clear();
        assertFalse(r.readLines(batch));
        assertEquals(List.of(), batch);
    }
}
