package bgp.bench.e2e;

import java.io.Closeable;
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
 * A connection to BIRD's control socket ({@code bird -s PATH}) that asks commands one after another and gives each
 * reply as the text {@code birdc} prints for it. BIRD's side of the protocol: a greeting line, then per command reply
 * lines of a four-digit code and {@code -} (more follow) or a space (the last of the reply), or a space alone (a line
 * continuing the code before); code {@code 0000} ends a reply that succeeded, codes from 8000 on are errors. {@code
 * birdc} prints a coded line from its sixth character and a continuation line from its second, and not the closing
 * {@code 0000} line.
 *
 * <p>One connection for many questions: a benchmark polls BIRD every 10 ms while a speaker works on the machine's two
 * cores, and a connection, a selector and a buffer each time cost this JVM about half a millisecond of CPU a question.
 */
final class BirdSocket implements Closeable {
    private static final long TIMEOUT_SECONDS = 30;

    private final Path ctl;
    private final SocketChannel ch;
    private final Selector selector;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);

    private BirdSocket(Path ctl, SocketChannel ch, Selector selector) {
        this.ctl = ctl;
        this.ch = ch;
        this.selector = selector;
    }

    /**
     * Connect and take BIRD's greeting.
     *
     * @throws java.net.SocketException no socket at {@code ctl}, or nobody on it
     * @throws IOException no greeting in 30 s
     */
    static BirdSocket connect(Path ctl) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = null;
        try {
            ch.connect(UnixDomainSocketAddress.of(ctl));
            ch.configureBlocking(false);
            selector = Selector.open();
            ch.register(selector, SelectionKey.OP_READ);
            BirdSocket s = new BirdSocket(ctl, ch, selector);
            s.reply("the greeting");
            return s;
        } catch (IOException | RuntimeException e) {
            if (selector != null) {
                selector.close();
            }
            ch.close();
            throw e;
        }
    }

    /**
     * The text of BIRD's reply to {@code command} on a connection of its own, as {@code birdc} prints it.
     *
     * @throws IOException the socket cannot be reached, BIRD answered an error (its text is the message), or the
     *         greeting or the reply did not come complete in 30 s (each)
     */
    static String ask(Path ctl, String command) throws IOException {
        try (BirdSocket s = connect(ctl)) {
            return s.ask(command);
        }
    }

    /**
     * The text of BIRD's reply to {@code command}, as {@code birdc} prints it. One question at a time.
     *
     * @throws Refused BIRD answered an error (its text is the message; the connection stays usable)
     * @throws Closed the connection is closed or broke
     * @throws IOException no complete reply came in 30 s, or a line was not a reply line (the connection is then out
     *         of step: close it)
     */
    synchronized String ask(String command) throws IOException {
        ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            while (out.hasRemaining()) {
                ch.write(out);
            }
        } catch (IOException e) {
            throw new Closed("BIRD at " + ctl + ": '" + command + "' not written: " + e.getMessage());
        }
        return reply("'" + command + "'");
    }

    /** The next reply's text. */
    private String reply(String what) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        Reply reply = new Reply();
        while (true) {
            buf.flip();
            String done;
            try {
                done = reply.take(buf);
            } finally {
                buf.compact(); // an error's reply is taken to its end: the next question starts clean
            }
            if (done != null) {
                return done;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("BIRD at " + ctl + ": no complete answer to " + what + " in " + TIMEOUT_SECONDS
                        + " s");
            }
            selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            selector.selectedKeys().clear();
            int n;
            try {
                n = ch.read(buf);
            } catch (IOException e) {
                throw new Closed("BIRD at " + ctl + ": no answer to " + what + ": " + e.getMessage());
            }
            if (n < 0) {
                throw new Closed("BIRD at " + ctl + " closed the socket before answering " + what);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            ch.close();
        }
    }

    /** The connection is closed, or broke (BIRD stopped or restarted): a new one may work. */
    static final class Closed extends IOException {
        Closed(String message) {
            super(message);
        }
    }

    /** BIRD answered with an error code (8000 and up): the reply is taken whole, the connection stays usable. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** A reply read line by line: the {@code birdc} text once its last line is in. */
    static final class Reply {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private String error;

        /**
         * Take the bytes available, up to the reply's last line (bytes after it are left).
         *
         * @return the reply's text once its last line was taken, else null
         * @throws Refused BIRD answered an error code (8000 and up), once the reply's last line is taken
         * @throws IOException a line is not a reply line
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
                    if (code >= 8000 && error == null) {
                        error = rest;
                    }
                    if (code != 0) {
                        text.append(rest).append('\n');
                    }
                    if (l.length() == 4 || l.charAt(4) == ' ') { // a code alone (no text) ends a reply too
                        if (error != null) {
                            throw new Refused("BIRD: " + error);
                        }
                        return text.toString();
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
