package bgp.api.command.internal.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineWriterTest {
    private static byte[] ours(List<String> lines, int size) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LineWriter w = new LineWriter(b, size);
        for (String l : lines) {
            w.line(l);
        }
        w.flush();
        return b.toByteArray();
    }

    /** What the JDK's buffered UTF-8 writer writes of the lines, each ended by \n. */
    private static byte[] theirs(List<String> lines) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(b, StandardCharsets.UTF_8))) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        return b.toByteArray();
    }

    @Test
    void linesAreUtf8EachEndedByANewline() throws IOException {
        List<String> lines = List.of("done", "", "error: bad \u00e9 \u20ac \ud83d\ude00", "\ud800 lone", "done");
        byte[] expected = ("done\n\nerror: bad \u00c3\u00a9 \u00e2\u0082\u00ac \u00f0\u009f\u0098\u0080\n? lone\ndone\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, ours(lines, 3));
        assertArrayEquals(expected, ours(lines, 1 << 16));
    }

    @Test
    void nothingIsWrittenBeforeFlushUnlessTheBufferIsFull() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LineWriter w = new LineWriter(b, 8);
        w.line("done");
        assertEquals(0, b.size());
        w.line("done"); // the second "done" fills the 8 bytes, its \n drains them first
        assertEquals("done\ndon", b.toString(StandardCharsets.US_ASCII));
        w.flush();
        assertEquals("done\ndone\n", b.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void randomLinesAsTheJdkWriterWritesThem() throws IOException {
        Random random = new Random(5);
        char[] alphabet = {'a', ' ', '{', '"', '\t', '\u007f', '\u00e9', '\u0800', '\ud83d', '\ude00'};
        for (int t = 0; t < 2_000; t++) {
            List<String> lines = new ArrayList<>();
            for (int l = random.nextInt(6); l > 0; l--) {
                StringBuilder s = new StringBuilder();
                for (int c = random.nextInt(40); c > 0; c--) {
                    // mostly ASCII; now and then a character of two or three bytes, a pair or a lone surrogate
                    s.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x');
                }
                lines.add(s.toString());
            }
            assertArrayEquals(theirs(lines), ours(lines, 1 + random.nextInt(20)), "lines " + lines);
        }
    }
}
