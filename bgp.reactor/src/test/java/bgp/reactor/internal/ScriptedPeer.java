package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import bgp.codec.Hex;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A BGP peer played by the test, byte by byte, over a real TCP connection on its own 127.x.y.z address: it sends
 * exactly what the test says (well-formed or not) and reads what the speaker sends.
 */
final class ScriptedPeer implements AutoCloseable {
    static final MessageCodec CODEC = BuiltinCodecs.codec();
    static final OpenContext ANY = OpenContext.builder().extendedMessage(true).build();

    final String address;
    private final ServerSocket server;
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;

    private ScriptedPeer(String address, ServerSocket server) {
        this.address = address;
        this.server = server;
    }

    /** A free 127.x.y.z address (never 127.0.0.1), checked by binding a port on it. */
    static String freeLoopbackAddress() {
        for (int attempt = 0; attempt < 50; attempt++) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String a = "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255);
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(a))) {
                return a;
            } catch (IOException busy) {
                // try another
            }
        }
        throw new IllegalStateException("no free loopback address");
    }

    /** A peer that listens (the speaker connects to it) on its own address and an ephemeral port. */
    static ScriptedPeer listening() throws IOException {
        String a = freeLoopbackAddress();
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(a, 0));
        return new ScriptedPeer(a, s);
    }

    /** A peer that connects to the speaker, from its own address. */
    static ScriptedPeer connecting(String address, String host, int port) throws IOException {
        ScriptedPeer p = new ScriptedPeer(address, null);
        Socket s = new Socket();
        s.bind(new InetSocketAddress(address, 0));
        s.connect(new InetSocketAddress(host, port), 5_000);
        p.attach(s);
        return p;
    }

    int port() {
        return server.getLocalPort();
    }

    /** The listening socket (for a test that expects no connection). */
    java.net.ServerSocket server() {
        return server;
    }

    /** Close the accepted connection, keeping the listening socket. */
    void closeConnection() throws IOException {
        socket.close();
        socket = null;
    }

    /** Wait for the speaker's connection. */
    ScriptedPeer accept() throws IOException {
        server.setSoTimeout(10_000);
        attach(server.accept());
        return this;
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        socket.setSoTimeout(10_000);
        in = new DataInputStream(s.getInputStream());
        out = s.getOutputStream();
    }

    void send(Message m) throws IOException {
        sendRaw(CODEC.encode(m, ANY));
    }

    void send(Message m, OpenContext ctx) throws IOException {
        sendRaw(CODEC.encode(m, ctx));
    }

    void sendHex(String hex) throws IOException {
        sendRaw(Hex.decode(hex));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next whole message the speaker sent, as bytes. */
    byte[] receiveRaw() throws IOException {
        byte[] header = new byte[19];
        in.readFully(header);
        int len = (header[16] & 0xFF) << 8 | header[17] & 0xFF;
        byte[] m = new byte[len];
        System.arraycopy(header, 0, m, 0, 19);
        in.readFully(m, 19, len - 19);
        return m;
    }

    Message receive() throws Exception {
        return CODEC.decode(receiveRaw(), ANY);
    }

    /** The next message that is not a KEEPALIVE. */
    Message receiveSkippingKeepalives() throws Exception {
        while (true) {
            Message m = receive();
            if (m.type() != Message.TYPE_KEEPALIVE) {
                return m;
            }
        }
    }

    /** Read until a NOTIFICATION, which must be {@code code/subcode} with {@code dataHex}; then the speaker closes. */
    Notification expectNotification(int code, int subcode, String dataHex) throws Exception {
        Message m = receiveSkippingKeepalives();
        if (!(m instanceof Notification n)) {
            fail("expected a NOTIFICATION " + code + "/" + subcode + ", got " + m);
            return null;
        }
        assertEquals(code + "/" + subcode + " " + dataHex, n.code() + "/" + n.subcode() + " " + Hex.encode(n.data()),
                n.toString());
        expectClosed();
        return n;
    }

    /** The speaker closes the connection (EOF within the read timeout). */
    void expectClosed() throws IOException {
        try {
            while (true) {
                receiveRaw();
            }
        } catch (EOFException | java.net.SocketException closed) {
            return;
        } catch (SocketTimeoutException e) {
            fail("the speaker did not close the connection");
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
