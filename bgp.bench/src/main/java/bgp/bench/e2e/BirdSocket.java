package bgp.bench.e2e;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One command to BIRD over its control socket ({@code bird -s PATH}), answered with the text {@code birdc} prints for
 * it. BIRD's side of the protocol: a greeting line, then per command reply lines of a four-digit code and {@code -}
 * (more follow) or a space (the last of the reply), or a space alone (a line continuing the code before); code
 * {@code 0000} ends a reply that succeeded, codes from 8000 on are errors. {@code birdc} prints a coded line from its
 * sixth character and a continuation line from its second, and not the closing {@code 0000} line.
 */
final class BirdSocket {
    private static final long TIMEOUT_SECONDS = 30;

    private BirdSocket() {
    }

    /**
     * The text of BIRD's reply to {@code command}, as {@code birdc} prints it.
     *
     * @throws IOException the socket cannot be reached, BIRD answered an error (its text is the message), or no
     *         complete reply came in 30 s
     */
    static String ask(Path ctl, String command) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            ch.connect(UnixDomainSocketAddress.of(ctl));
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ);
            Reply reply = new Reply();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            boolean sent = false;
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("BIRD at " + ctl + ": no complete answer to '" + command + "' in "
                            + TIMEOUT_SECONDS + " s");
                }
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                selector.selectedKeys().clear();
                int n = ch.read(buf);
                if (n < 0) {
                    throw new IOException("BIRD at " + ctl + " closed the socket before answering '" + command + "'");
                }
                buf.flip();
                String done = reply.take(buf);
                buf.compact();
                if (done != null) {
                    if (!sent) {
                        // the greeting is answered: ask
                        ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
                        while (out.hasRemaining()) {
                            ch.write(out);
                        }
                        sent = true;
                        reply = new Reply();
                    } else {
                        return done;
                    }
                }
            }
        }
    }

    /** A reply read line by line: the {@code birdc} text once its last line is in. */
    static final class Reply {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        /**
         * Take the bytes available.
         *
         * @return the reply's text once its last line was taken, else null
         * @throws IOException BIRD answered an error code (8000 and up)
         */
        String take(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                char c = (char) (bytes.get() & 0xFF);
                if (c != '\n') {
                    line.append(c);
                    continue;
                }
                String l = line.toString();
                line.setLength(0);
                if (l.length() >= 4 && Character.isDigit(l.charAt(0)) && Character.isDigit(l.charAt(1))
                        && Character.isDigit(l.charAt(2)) && Character.isDigit(l.charAt(3))
                        && (l.length() == 4 || l.charAt(4) == '-' || l.charAt(4) == ' ')) {
                    int code = Integer.parseInt(l.substring(0, 4));
                    String rest = l.length() > 4 ? l.substring(5) : "";
                    if (code >= 8000) {
                        throw new IOException("BIRD: " + rest);
                    }
                    if (code != 0) {
                        text.append(rest).append('\n');
                    }
                    if (l.length() == 4 || l.charAt(4) == ' ') {
                        return text.toString(); // a code alone (no text) ends a reply too
                    }
                } else if (l.startsWith(" ") || l.startsWith("+")) {
                    text.append(l, 1, l.length()).append('\n');
                } else {
                    throw new IOException("BIRD: not a reply line: " + l);
                }
            }
            return null;
        }
    }
}
