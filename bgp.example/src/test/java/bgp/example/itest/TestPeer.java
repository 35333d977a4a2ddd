package bgp.example.itest;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Open;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A small BGP speaker for the tests, on a plain socket and the codec's public API: it listens on its own 127.x
 * address, accepts the speaker's connections one after the other (at most {@value #MAX_CONNECTIONS}), answers the
 * OPEN with its own (AS 65002, IPv4 unicast, 4-octet AS, hold time 9 s), sends a KEEPALIVE every 2 s, and records
 * every message it receives, decoded, with the number of the connection it came on (1, 2, ...).
 */
final class TestPeer implements Closeable {
    static final int MAX_CONNECTIONS = 5;
    static final long AS = 65002;

    /** A message received on connection {@code connection}: its bytes and its decoded form. */
    record Received(int connection, byte[] bytes, Message message) {
    }

    private final MessageCodec codec;
    private final ServerSocket server;
    private final String address;
    private final List<Received> received = new ArrayList<>();
    private final Thread acceptor;
    private volatile Socket current;
    private volatile boolean closed;
    private int connections;

    TestPeer(MessageCodec codec) throws IOException {
        this.codec = codec;
        ServerSocket s = null;
        String a = null;
        for (int attempt = 0; attempt < 50 && s == null; attempt++) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            a = "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255);
            try {
                s = new ServerSocket();
                s.bind(new InetSocketAddress(InetAddress.getByName(a), 0));
            } catch (IOException busy) {
                s.close();
                s = null;
            }
        }
        if (s == null) {
            throw new IOException("no free loopback address");
        }
        this.server = s;
        this.address = a;
        this.acceptor = new Thread(this::acceptLoop, "test-peer-" + a);
        acceptor.setDaemon(true);
        acceptor.start();
        Thread keepalives = new Thread(this::keepaliveLoop, "test-peer-keepalives-" + a);
        keepalives.setDaemon(true);
        keepalives.start();
    }

    String address() {
        return address;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Everything received so far. */
    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The number of connections accepted so far. */
    synchronized int connections() {
        return connections;
    }

    /** Wait (at most {@code millis}) until what was received satisfies {@code condition}. */
    synchronized List<Received> await(Predicate<List<Received>> condition, long millis, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.test(received)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the test peer did not see " + what + " within " + millis + " ms; it got: "
                        + received.stream().map(r -> r.connection() + ":" + r.message()).toList());
            }
            wait(left);
        }
        return List.copyOf(received);
    }

    private void acceptLoop() {
        while (!closed) {
            synchronized (this) {
                if (connections >= MAX_CONNECTIONS) {
                    return;
                }
            }
            try (Socket s = server.accept()) {
                int n;
                synchronized (this) {
                    n = ++connections;
                    notifyAll();
                }
                session(s, n);
            } catch (IOException | BgpDecodeException e) {
                // the connection ended (or the peer was closed, or sent what the codec refuses: await() reports
                // what arrived): wait for the next one
            }
        }
    }

    private void session(Socket s, int n) throws IOException, BgpDecodeException {
        s.setSoTimeout(30_000);
        DataInputStream in = new DataInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream();
        OpenContext any = OpenContext.builder().build();
        byte[] first = read(in);
        Message theirs = codec.decode(first, any);
        record(n, first, theirs);
        Open ours = Open.of(AS, 9, IpAddresses.parseIpv4("10.0.0.2"),
                List.of(new MultiprotocolCapability(Family.IPV4_UNICAST), new FourOctetAsCapability(AS)));
        OpenContext negotiated = OpenContext.negotiate(ours, (Open) theirs);
        synchronized (out) {
            out.write(codec.encode(ours, any));
            out.write(codec.encode(Keepalive.INSTANCE, any));
        }
        current = s;
        while (!closed) {
            byte[] m = read(in);
            record(n, m, codec.decode(m, negotiated));
        }
    }

    private void keepaliveLoop() {
        byte[] keepalive = codec.encode(Keepalive.INSTANCE, OpenContext.builder().build());
        while (!closed) {
            try {
                Thread.sleep(2000);
                Socket s = current;
                if (s != null && !s.isClosed()) {
                    OutputStream out = s.getOutputStream();
                    synchronized (out) {
                        out.write(keepalive);
                    }
                }
            } catch (IOException gone) {
                // the connection is closing: the next one gets them
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(int n, byte[] bytes, Message m) {
        received.add(new Received(n, bytes, m));
        notifyAll();
    }

    private static byte[] read(DataInputStream in) throws IOException {
        byte[] header = new byte[19];
        in.readFully(header);
        int len = (header[16] & 0xFF) << 8 | header[17] & 0xFF;
        byte[] m = new byte[len];
        System.arraycopy(header, 0, m, 0, 19);
        in.readFully(m, 19, len - 19);
        return m;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        Socket s = current;
        if (s != null) {
            s.close();
        }
        server.close();
    }
}
