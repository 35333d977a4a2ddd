package bgp.interop.checker;

import bgp.codec.Hex;
import bgp.codec.message.Notification;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.Loopback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The test peer of ExaBGP's functional tests, for our speaker: it plays one {@link CiScript} against the speaker and
 * gives a {@link Verdict}.
 *
 * <p>It listens on its own 127.x address and a free port ({@link #listenOn}, default a fresh address from
 * {@link Loopback}) or connects to the speaker ({@link #connectTo}). Per connection it reads the speaker's OPEN and
 * answers ExaBGP-style with the same OPEN: same capabilities (so families, add-path and asn4 negotiate as in
 * ExaBGP's own runs), same hold time, router-id with its last byte plus one, AS the speaker's (iBGP) or
 * {@code option:asn:N} (in the 2-octet field, AS_TRANS above 65535, and in the 4-octet AS capability); then a
 * KEEPALIVE. {@code option:open:send-unknown-capability} adds capability 66 ({@code loremipsum});
 * {@code option:open:send-unknown-message} sends a message of type 255 once the speaker has sent its first message
 * after the OPEN; {@code option:open:inspect-open-message} makes the speaker's OPEN itself the first message
 * checked; {@code option:update:send-default-route} sends 0.0.0.0/0 after the KEEPALIVE.
 *
 * <p>Then it expects the {@code raw:} messages step by step: messages of one step in any order, steps in order,
 * KEEPALIVEs ignored (and answered). A step's {@code notification:} sends a Cease (Administrative Shutdown with
 * that text as RFC 9003 communication) and closes the connection; {@code signal:} calls {@link #onSignal} (a test
 * without a handler fails there). Connections {@code A}, {@code B}, ... are played one after the other, each one's
 * socket closed when its steps are done, except the last. The first message that is not one of the current step
 * fails the test at once with a precise report; when all steps arrived the test passes, after an optional
 * {@link #settle} time during which only KEEPALIVEs and End-of-RIBs may arrive. Everything is bounded by the
 * timeout of {@link #run(Duration)} ({@code option:timeout:S}, else {@link #DEFAULT_TIMEOUT}, for {@link #run()}).
 */
public final class CheckerPeer implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    static final int KEEPALIVE = 4;
    private static final int OPEN = 1;
    private static final int UPDATE = 2;
    private static final int NOTIFICATION = 3;
    private static final long SLICE_MILLIS = 100;
    private static final byte[] LOREM = "loremipsum".getBytes(StandardCharsets.US_ASCII);

    private final CiScript script;
    private String bindAddress;
    private String connectHost;
    private int connectPort;
    private Duration settle = Duration.ZERO;
    private boolean tolerateEndOfRib;
    private Consumer<String> signalHandler;
    private Consumer<CiScript.Step> stepListener = s -> { };
    private Consumer<CiScript.Expected> messageListener = e -> { };

    private ServerSocket server;
    private Thread thread;
    private volatile long deadline;
    private volatile boolean closed;
    private volatile Socket socket;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Verdict> verdict = new CompletableFuture<>();
    private Cursor cursor;
    private Reader reader;

    private CheckerPeer(CiScript script) {
        this.script = script;
    }

    /** A checker for a {@code .ci} file. */
    public static CheckerPeer forFile(Path ci) {
        return new CheckerPeer(CiScript.parse(ci));
    }

    /** A checker for a parsed script. */
    public static CheckerPeer forScript(CiScript script) {
        return new CheckerPeer(script);
    }

    public CiScript script() {
        return script;
    }

    /** Listen on this 127.x address (default: a fresh one); the speaker connects to it. */
    public CheckerPeer listenOn(String address) {
        requireNotStarted();
        bindAddress = address;
        return this;
    }

    /** Connect to the speaker at {@code host:port} instead of listening (from {@link #listenOn}'s address if set). */
    public CheckerPeer connectTo(String host, int port) {
        requireNotStarted();
        connectHost = host;
        connectPort = port;
        return this;
    }

    /** After the last step, keep reading this long: anything but KEEPALIVE or End-of-RIB then fails. Default 0. */
    public CheckerPeer settle(Duration d) {
        requireNotStarted();
        settle = d;
        return this;
    }

    /**
     * Ignore an End-of-RIB that no message of the current step matches, at any point (default: only after the last
     * step). ExaBGP's {@code unknown-message.ci} expects only the NOTIFICATION although the speaker would normally
     * have sent its End-of-RIB first: whether ExaBGP's test peer ignores it or ExaBGP does not send it is not known.
     */
    public CheckerPeer tolerateEndOfRib(boolean v) {
        requireNotStarted();
        tolerateEndOfRib = v;
        return this;
    }

    /** Called with the signal name ({@code SIGUSR1}, ...) of a {@code signal:} step, on the checker's thread. */
    public CheckerPeer onSignal(Consumer<String> handler) {
        requireNotStarted();
        signalHandler = handler;
        return this;
    }

    /**
     * Called on the checker's thread when a step becomes current (once the session is up for the first step),
     * before its messages are awaited: a harness writes the step's {@link CiScript.Step#commands()} to the API here.
     */
    public CheckerPeer onStep(Consumer<CiScript.Step> listener) {
        requireNotStarted();
        stepListener = listener;
        return this;
    }

    /**
     * Called on the checker's thread with each expected message as it arrives, before its step is left: a harness
     * that gives a step's commands one at a time gives the next one here.
     */
    public CheckerPeer onMessage(Consumer<CiScript.Expected> listener) {
        requireNotStarted();
        messageListener = listener;
        return this;
    }

    private void requireNotStarted() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
    }

    /** Binds (when listening) and starts playing, with the script's timeout or the default one. */
    public synchronized CheckerPeer start() {
        return start(script.timeout().orElse(DEFAULT_TIMEOUT));
    }

    private synchronized CheckerPeer start(Duration timeout) {
        if (thread != null) {
            return this;
        }
        List<String> unsupported = script.unsupported();
        if (!unsupported.isEmpty()) {
            throw new UnsupportedOperationException(script.name() + ": " + String.join("; ", unsupported));
        }
        deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (bindAddress == null) {
                bindAddress = Addresses.text(Loopback.allocate());
            }
            if (connectHost == null) {
                server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), 0));
                server.setSoTimeout((int) SLICE_MILLIS);
                trace("listening on " + bindAddress + " port " + server.getLocalPort());
            }
        } catch (IOException e) {
            throw new IllegalStateException("checker cannot listen on " + bindAddress, e);
        }
        thread = new Thread(this::work, "checker-" + script.name());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** The address the checker listens on (or connects from). */
    public String address() {
        if (bindAddress == null) {
            throw new IllegalStateException("not started");
        }
        return bindAddress;
    }

    /** The port the checker listens on. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("not listening");
        }
        return server.getLocalPort();
    }

    /** Plays the script (starting it if needed) with its own timeout ({@code option:timeout:S}) or 20 s. */
    public Verdict run() {
        return run(script.timeout().orElse(DEFAULT_TIMEOUT));
    }

    /**
     * Plays the script until its verdict, at most {@code timeout} from now (from the start when not started yet),
     * then closes the checker.
     */
    public Verdict run(Duration timeout) {
        if (thread == null) {
            start(timeout);
        } else {
            deadline = System.nanoTime() + timeout.toNanos();
        }
        try {
            return verdict.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("the checker did not finish within " + timeout + " (+5 s)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (ExecutionException e) {
            return fail("checker error: " + e.getCause());
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        if (thread != null && Thread.currentThread() != thread) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A verdict-ending failure. */
    private static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private void trace(String line) {
        log.add(line);
    }

    private Verdict fail(String reason) {
        return new Verdict(false, script.name(), reason, log);
    }

    private void work() {
        Verdict v;
        try {
            play();
            v = new Verdict(true, script.name(), "all steps arrived", log);
        } catch (Failure f) {
            v = fail(f.getMessage());
        } catch (IOException | RuntimeException e) {
            v = fail(closed ? "closed before the verdict" : "checker error: " + e);
        } finally {
            closeQuietly(socket);
        }
        verdict.complete(v);
    }

    private void play() throws Failure, IOException {
        List<Map.Entry<String, List<CiScript.Step>>> conns = new ArrayList<>(script.connections().entrySet());
        if (conns.isEmpty()) {
            conns.add(Map.entry("A", List.of()));
        }
        for (int i = 0; i < conns.size(); i++) {
            String name = conns.get(i).getKey();
            cursor = new Cursor(name, conns.get(i).getValue());
            socket = connection(name);
            reader = new Reader(socket);
            playConnection(reader);
            if (i + 1 < conns.size()) {
                trace(name + ": steps done, closing the connection");
                closeQuietly(socket);
            }
        }
        if (!settle.isZero() && socket != null && !socket.isClosed()) {
            settle(reader);
        }
    }

    private Socket connection(String name) throws Failure, IOException {
        if (connectHost == null) {
            while (true) {
                checkDeadline("waiting for connection " + name + " from the speaker on " + bindAddress + " port "
                        + server.getLocalPort());
                try {
                    Socket s = server.accept();
                    trace(name + ": connection from " + s.getInetAddress().getHostAddress() + " port " + s.getPort());
                    return s;
                } catch (SocketTimeoutException e) {
                    // next slice
                }
            }
        }
        int tries = 0;
        while (true) {
            checkDeadline("connecting " + name + " to the speaker at " + connectHost + " port " + connectPort
                    + " (" + tries + " tries)");
            Socket s = new Socket();
            try {
                s.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), 0));
                s.connect(new InetSocketAddress(InetAddress.getByName(connectHost), connectPort), 1_000);
                trace(name + ": connected to " + connectHost + " port " + connectPort);
                return s;
            } catch (IOException e) {
                closeQuietly(s);
                tries++;
                sleep(200);
            }
        }
    }

    private void playConnection(Reader in) throws Failure, IOException {
        String conn = cursor.connection;
        byte[] open = in.next("the speaker's OPEN on connection " + conn);
        if (open == null) {
            throw new Failure(conn + ": connection closed by the speaker before its OPEN");
        }
        if (type(open) != OPEN) {
            throw new Failure(conn + ": expected the speaker's OPEN first, received " + describe(open) + "\n  "
                    + CiScript.hex(open));
        }
        trace(conn + ": received OPEN " + CiScript.hex(open));
        boolean inspect = script.openOptions().contains("inspect-open-message");
        if (inspect) {
            cursor.begin();
            cursor.match(open);
            if (cursor.done()) {
                return;
            }
        }
        byte[] reply = mirrorOpen(open);
        send(reply, "OPEN " + CiScript.hex(reply));
        send(keepalive(), "KEEPALIVE");
        if (script.updateOptions().contains("send-default-route")) {
            byte[] route = defaultRoute(reply);
            send(route, "default route UPDATE " + CiScript.hex(route));
        }
        boolean unknownPending = script.openOptions().contains("send-unknown-message");
        boolean begun = inspect;
        while (!cursor.done()) {
            byte[] m = in.next(cursor.waiting());
            if (m == null) {
                throw new Failure(conn + ": connection closed by the speaker; " + cursor.waiting() + cursor.left());
            }
            if (unknownPending) {
                unknownPending = false;
                send(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 19, -1},
                        "unknown message of type 255");
            }
            if (!begun) {
                begun = true;
                cursor.begin();
                if (cursor.done()) {
                    break;
                }
            }
            if (type(m) == KEEPALIVE) {
                send(keepalive(), null);
                continue;
            }
            cursor.match(m);
        }
    }

    private void settle(Reader in) throws Failure, IOException {
        long end = System.nanoTime() + settle.toNanos();
        trace("settling for " + settle.toMillis() + " ms");
        while (System.nanoTime() < end) {
            byte[] m = in.poll(end);
            if (m == null) {
                if (in.eof) {
                    return;
                }
                continue;
            }
            if (type(m) == KEEPALIVE) {
                continue;
            }
            if (isEndOfRib(m)) {
                trace("tolerated after the last step: " + describe(m) + " " + CiScript.hex(m));
                continue;
            }
            throw new Failure("after the last step: unexpected " + describe(m) + "\n  received: " + CiScript.hex(m));
        }
    }

    /** The steps of one connection and the messages left in the current one. */
    private final class Cursor {
        final String connection;
        final List<CiScript.Step> steps;
        int index;
        List<CiScript.Expected> remaining = new ArrayList<>();
        final List<CiScript.Expected> matched = new ArrayList<>();
        boolean notified;

        Cursor(String connection, List<CiScript.Step> steps) {
            this.connection = connection;
            this.steps = steps;
        }

        boolean done() {
            return index >= steps.size();
        }

        CiScript.Step step() {
            return steps.get(index);
        }

        /** Enters the current step: its listener, its actions; skips steps that expect no message. */
        void begin() throws Failure, IOException {
            while (!done()) {
                CiScript.Step s = step();
                remaining = new ArrayList<>(s.messages());
                matched.clear();
                trace("step " + s.label() + ": expecting " + remaining.size() + " message(s)");
                try {
                    stepListener.accept(s);
                } catch (RuntimeException e) {
                    throw new Failure("step " + s.label() + ": the step listener failed: " + e);
                }
                for (CiScript.Action a : s.actions()) {
                    act(s, a);
                }
                if (notified && !remaining.isEmpty()) {
                    throw new Failure("step " + s.label() + " expects messages after this connection's NOTIFICATION");
                }
                if (!remaining.isEmpty()) {
                    return;
                }
                index++;
            }
        }

        void act(CiScript.Step s, CiScript.Action a) throws Failure, IOException {
            if (a.kind().equals("notification")) {
                Notification n = Notification.shutdown(Notification.ADMINISTRATIVE_SHUTDOWN, a.text());
                byte[] data = n.data();
                byte[] m = header(19 + 2 + data.length, NOTIFICATION);
                m[19] = (byte) n.code();
                m[20] = (byte) n.subcode();
                System.arraycopy(data, 0, m, 21, data.length);
                send(m, "step " + s.label() + " (line " + a.lineNumber() + "): NOTIFICATION Cease '" + a.text() + "'");
                notified = true;
                closeQuietly(socket);
            } else {
                if (signalHandler == null) {
                    throw new Failure("step " + s.label() + " (line " + a.lineNumber() + "): signal " + a.text()
                            + " but no signal handler was given (CheckerPeer.onSignal)");
                }
                trace("step " + s.label() + ": signal " + a.text());
                try {
                    signalHandler.accept(a.text());
                } catch (RuntimeException e) {
                    throw new Failure("step " + s.label() + ": the signal handler failed: " + e);
                }
            }
        }

        void match(byte[] m) throws Failure, IOException {
            for (int i = 0; i < remaining.size(); i++) {
                if (Arrays.equals(remaining.get(i).message(), m)) {
                    CiScript.Expected e = remaining.remove(i);
                    matched.add(e);
                    trace("step " + step().label() + ": received line " + e.lineNumber() + " " + describe(m));
                    try {
                        messageListener.accept(e);
                    } catch (RuntimeException x) {
                        throw new Failure("step " + step().label() + ": the message listener failed: " + x);
                    }
                    if (remaining.isEmpty()) {
                        index++;
                        begin();
                    }
                    return;
                }
            }
            if (tolerateEndOfRib && isEndOfRib(m)) {
                trace("step " + step().label() + ": tolerated " + describe(m) + " " + CiScript.hex(m));
                return;
            }
            throw new Failure(mismatch(m));
        }

        String waiting() {
            return done() ? "connection " + connection + " done" : "waiting in step " + step().label();
        }

        String left() {
            if (done()) {
                return "";
            }
            StringBuilder b = new StringBuilder(" for " + remaining.size() + " message(s):");
            for (CiScript.Expected e : remaining) {
                b.append("\n    line ").append(e.lineNumber()).append(": ").append(e.hex());
            }
            for (int k = index + 1; k < steps.size(); k++) {
                b.append("\n  then step ").append(steps.get(k).label()).append(": ")
                        .append(steps.get(k).messages().size()).append(" message(s)");
            }
            return b.toString();
        }

        String mismatch(byte[] m) {
            StringBuilder b = new StringBuilder();
            b.append("step ").append(step().label()).append(": unexpected ").append(describe(m)).append('\n');
            b.append("  received: ").append(CiScript.hex(m)).append('\n');
            b.append("  expected one of the ").append(remaining.size()).append(" message(s) left in step ")
                    .append(step().label()).append(" (any order):");
            CiScript.Expected closest = null;
            int best = -1;
            for (CiScript.Expected e : remaining) {
                b.append("\n    line ").append(e.lineNumber()).append(": ").append(e.hex());
                int score = common(e.message(), m) * 2 + (e.message().length == m.length ? 1 : 0);
                if (score > best) {
                    best = score;
                    closest = e;
                }
            }
            if (!matched.isEmpty()) {
                b.append("\n  already received in this step: lines ");
                b.append(String.join(", ", matched.stream().map(e -> String.valueOf(e.lineNumber())).toList()));
            }
            for (int k = index + 1; k < steps.size(); k++) {
                for (CiScript.Expected e : steps.get(k).messages()) {
                    if (Arrays.equals(e.message(), m)) {
                        b.append("\n  (it is line ").append(e.lineNumber()).append(" of the later step ")
                                .append(steps.get(k).label()).append(": it came too early)");
                    }
                }
            }
            if (closest != null) {
                b.append('\n').append(difference(closest, m));
            }
            if (isEndOfRib(m)) {
                b.append("\n  (an End-of-RIB is only tolerated after the last step)");
            }
            return b.toString();
        }
    }

    /** Where the received message first differs from the expected one, with both around that byte. */
    static String difference(CiScript.Expected e, byte[] m) {
        byte[] x = e.message();
        int at = common(x, m);
        StringBuilder b = new StringBuilder("  closest, line " + e.lineNumber() + ": ");
        if (at == x.length && at == m.length) {
            return b.append("identical").toString();
        }
        b.append("first difference at byte ").append(at);
        if (at >= 19) {
            b.append(" (body byte ").append(at - 19).append(')');
        } else if (at >= 16) {
            b.append(" (header)");
        }
        b.append(": expected ").append(at < x.length ? String.format("%02X", x[at] & 0xFF) : "end of message")
                .append(", received ").append(at < m.length ? String.format("%02X", m[at] & 0xFF) : "end of message");
        if (x.length != m.length) {
            b.append("; length expected ").append(x.length).append(", received ").append(m.length);
        }
        int from = Math.max(0, at - 12);
        b.append("\n    expected: ").append(from > 0 ? "..." : "").append(window(x, from, at + 12));
        b.append("\n    received: ").append(from > 0 ? "..." : "").append(window(m, from, at + 12));
        b.append("\n              ").append(from > 0 ? "   " : "").append(" ".repeat(2 * (at - from))).append("^^");
        return b.toString();
    }

    private static String window(byte[] m, int from, int to) {
        int end = Math.min(m.length, to);
        return from >= end ? "" : Hex.encode(m, from, end - from) + (end < m.length ? "..." : "");
    }

    private static int common(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The reply to the speaker's OPEN: the same OPEN, router-id + 1 in its last byte, AS per the script. */
    byte[] mirrorOpen(byte[] open) throws Failure {
        try {
            return OpenMirror.mirror(open, script.asn().orElse(-1),
                    script.openOptions().contains("send-unknown-capability") ? LOREM : null);
        } catch (IllegalArgumentException e) {
            throw new Failure("cannot answer the speaker's OPEN (" + e.getMessage() + "): " + CiScript.hex(open));
        }
    }

    /** 0.0.0.0/0, next hop the checker's address, ORIGIN IGP, AS_PATH empty (iBGP) or the checker's AS, LOCAL_PREF 100. */
    private byte[] defaultRoute(byte[] ourOpen) {
        long as = OpenMirror.asn(ourOpen);
        boolean ibgp = script.asn().isEmpty();
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        attrs.writeBytes(new byte[] {0x40, 1, 1, 0});
        if (ibgp) {
            attrs.writeBytes(new byte[] {0x40, 2, 0});
        } else {
            attrs.writeBytes(new byte[] {0x40, 2, 6, 2, 1, (byte) (as >>> 24), (byte) (as >>> 16), (byte) (as >>> 8),
                (byte) as});
        }
        byte[] nh = addressBytes(bindAddress);
        attrs.writeBytes(new byte[] {0x40, 3, 4});
        attrs.writeBytes(nh);
        if (ibgp) {
            attrs.writeBytes(new byte[] {0x40, 5, 4, 0, 0, 0, 100});
        }
        byte[] a = attrs.toByteArray();
        byte[] m = header(19 + 2 + 2 + a.length + 1, UPDATE);
        m[21] = (byte) (a.length >>> 8);
        m[22] = (byte) a.length;
        System.arraycopy(a, 0, m, 23, a.length);
        m[m.length - 1] = 0; // 0.0.0.0/0
        return m;
    }

    private static byte[] addressBytes(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] header(int length, int type) {
        byte[] m = new byte[length];
        Arrays.fill(m, 0, 16, (byte) 0xFF);
        m[16] = (byte) (length >>> 8);
        m[17] = (byte) length;
        m[18] = (byte) type;
        return m;
    }

    static byte[] keepalive() {
        return header(19, KEEPALIVE);
    }

    static int type(byte[] m) {
        return m[18] & 0xFF;
    }

    /** An UPDATE that is an End-of-RIB: empty (IPv4 unicast) or only an MP_UNREACH_NLRI with AFI/SAFI and no NLRI. */
    static boolean isEndOfRib(byte[] m) {
        if (type(m) != UPDATE) {
            return false;
        }
        if (m.length == 23) {
            return m[19] == 0 && m[20] == 0 && m[21] == 0 && m[22] == 0;
        }
        if (m.length < 23 || m[19] != 0 || m[20] != 0) {
            return false;
        }
        int alen = (m[21] & 0xFF) << 8 | (m[22] & 0xFF);
        if (23 + alen != m.length || alen < 6) {
            return false;
        }
        int flags = m[23] & 0xFF;
        int code = m[24] & 0xFF;
        boolean ext = (flags & 0x10) != 0;
        int len = ext ? ((m[25] & 0xFF) << 8 | (m[26] & 0xFF)) : (m[25] & 0xFF);
        int hdr = ext ? 4 : 3;
        return code == 15 && len == 3 && hdr + len == alen;
    }

    /** {@code UPDATE (59 bytes)}, {@code End-of-RIB}, {@code NOTIFICATION Cease / ... 'text'}, ... */
    static String describe(byte[] m) {
        int t = type(m);
        String name = switch (t) {
            case OPEN -> "OPEN";
            case UPDATE -> isEndOfRib(m) ? "UPDATE End-of-RIB" : "UPDATE";
            case NOTIFICATION -> "NOTIFICATION";
            case KEEPALIVE -> "KEEPALIVE";
            case 5 -> "ROUTE-REFRESH";
            default -> "message of type " + t;
        };
        String more = "";
        if (t == NOTIFICATION && m.length >= 21) {
            Notification n = new Notification(m[19] & 0xFF, m[20] & 0xFF, Arrays.copyOfRange(m, 21, m.length));
            more = " " + n.description() + n.communication().map(c -> " '" + c + "'").orElseGet(() -> {
                byte[] d = n.data();
                boolean text = d.length > 0;
                for (byte x : d) {
                    text &= x >= 0x20 && x < 0x7F;
                }
                return d.length == 0 ? "" : text ? " data '" + new String(d, StandardCharsets.US_ASCII) + "'"
                        : " data 0x" + Hex.encode(d);
            });
        }
        return name + more + " (" + m.length + " bytes)";
    }

    private void send(byte[] m, String what) throws IOException {
        Socket s = socket;
        if (s == null || s.isClosed()) {
            throw new IOException("connection closed");
        }
        OutputStream out = s.getOutputStream();
        out.write(m);
        out.flush();
        if (what != null) {
            trace("sent " + what);
        }
    }

    private void checkDeadline(String what) throws Failure {
        if (closed) {
            throw new Failure("closed while " + what);
        }
        if (System.nanoTime() - deadline > 0) {
            throw new Failure("timeout while " + what + (cursor == null ? "" : cursor.left()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    /** Whole BGP messages from a socket, read in time slices so that the deadline and close() are honoured. */
    private final class Reader {
        private final InputStream in;
        private byte[] buf = new byte[8192];
        private int len;
        boolean eof;

        Reader(Socket s) throws IOException {
            s.setSoTimeout((int) SLICE_MILLIS);
            s.setTcpNoDelay(true);
            in = s.getInputStream();
        }

        /** The next message, null at end of stream; fails at the deadline. */
        byte[] next(String what) throws Failure, IOException {
            while (true) {
                byte[] m = take();
                if (m != null || eof) {
                    return m;
                }
                checkDeadline(what);
                fill();
            }
        }

        /** The next message if one arrives before {@code end} (nanoTime), else null. */
        byte[] poll(long end) throws Failure, IOException {
            while (System.nanoTime() < end) {
                byte[] m = take();
                if (m != null || eof) {
                    return m;
                }
                checkDeadline("settling");
                fill();
            }
            return null;
        }

        private byte[] take() throws Failure {
            if (len < 19) {
                return null;
            }
            for (int i = 0; i < 16; i++) {
                if (buf[i] != (byte) 0xFF) {
                    throw new Failure("the speaker sent a message without the all-ones marker: "
                            + Hex.encode(buf, 0, Math.min(len, 64)));
                }
            }
            int length = (buf[16] & 0xFF) << 8 | (buf[17] & 0xFF);
            if (length < 19) {
                throw new Failure("the speaker sent a message of length " + length);
            }
            if (len < length) {
                if (buf.length < length) {
                    buf = Arrays.copyOf(buf, Math.max(length, buf.length * 2));
                }
                return null;
            }
            byte[] m = Arrays.copyOf(buf, length);
            System.arraycopy(buf, length, buf, 0, len - length);
            len -= length;
            return m;
        }

        private void fill() {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            try {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            } catch (SocketTimeoutException e) {
                // next slice
            } catch (IOException e) {
                // reset by the speaker, or closed by us (after a NOTIFICATION, or close()): the end of this stream
                if (!closed && socket != null && !socket.isClosed()) {
                    trace("read error, taken as the end of the connection: " + e);
                }
                eof = true;
            }
        }
    }
}
