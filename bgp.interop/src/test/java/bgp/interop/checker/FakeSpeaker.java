package bgp.interop.checker;

import bgp.codec.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/** A scripted speaker for the checker's own tests: raw messages on a socket, bounded by a read timeout. */
final class FakeSpeaker implements AutoCloseable {
    /** OPEN: AS 65533, hold 180, router-id 10.0.0.2, MP IPv4 unicast, 4-octet AS 65533. */
    static final String OPEN = openHex();

    private static String openHex() {
        String caps = "0206" + "01040001" + "0001" + "0206" + "4104" + "0000FFFD";
        String params = caps;
        String body = "04" + "FFFD" + "00B4" + "0A000002" + String.format("%02X", params.length() / 2) + params;
        return "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" + String.format("%04X", 19 + body.length() / 2) + "01" + body;
    }

    final Socket socket;
    private final InputStream in;

    FakeSpeaker(String host, int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 2_000);
        socket.setSoTimeout(5_000);
        in = socket.getInputStream();
    }

    void send(String hex) throws IOException {
        socket.getOutputStream().write(Hex.decode(hex));
        socket.getOutputStream().flush();
    }

    /** The next whole message; null at end of stream. */
    byte[] read() throws IOException {
        byte[] h = in.readNBytes(19);
        if (h.length < 19) {
            return null;
        }
        int len = (h[16] & 0xFF) << 8 | (h[17] & 0xFF);
        byte[] m = Arrays.copyOf(h, len);
        byte[] rest = in.readNBytes(len - 19);
        System.arraycopy(rest, 0, m, 19, rest.length);
        return m;
    }

    /** OPEN, read the checker's OPEN and KEEPALIVE, send KEEPALIVE; returns the checker's OPEN. */
    byte[] establish() throws IOException {
        send(OPEN);
        byte[] open = read();
        byte[] keepalive = read();
        if (keepalive == null || keepalive[18] != 4) {
            throw new IOException("no KEEPALIVE after the OPEN");
        }
        send(KEEPALIVE);
        return open;
    }

    static final String KEEPALIVE = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF001304";

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
