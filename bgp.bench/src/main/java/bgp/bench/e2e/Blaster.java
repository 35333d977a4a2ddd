package bgp.bench.e2e;

import bgp.codec.nlri.Ipv4Prefixes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A minimal BGP sender for the churn measurement (no daemon offers 100,000 withdraw/re-announce pairs a second):
 * connects from its own 127.x address, OPEN (AS 65000, 4-octet AS, IPv4 and IPv6 unicast), KEEPALIVEs, then
 * writes UPDATEs it encodes itself from the {@link Workload}. What it receives is read and dropped.
 */
final class Blaster implements AutoCloseable {
    private static final int MAX = 4096;
    private final Workload w;
    private final Socket socket;
    private final OutputStream out;
    private volatile boolean established;
    private volatile String error;
    private final Thread reader;
    private final Thread keepalive;

    Blaster(Workload w, String local, String remote, long timeoutMillis) throws IOException {
        this.w = w;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Socket s = null;
        while (s == null) {
            Socket t = new Socket();
            try {
                t.setReuseAddress(true);
                t.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
                t.connect(new InetSocketAddress(InetAddress.getByName(remote), 179), 2000);
                s = t;
            } catch (IOException e) {
                t.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(100);
            }
        }
        socket = s;
        socket.setTcpNoDelay(true);
        socket.setSendBufferSize(1 << 20);
        out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        send(open(InetAddress.getByName(local).getAddress()));
        flush();
        reader = new Thread(this::read, "blaster-read");
        reader.setDaemon(true);
        reader.start();
        keepalive = new Thread(() -> {
            while (!socket.isClosed()) {
                sleep(20_000);
                try {
                    synchronized (this) {
                        out.write(header(19, 4));
                        out.flush();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "blaster-keepalive");
        keepalive.setDaemon(true);
        keepalive.start();
        while (!established) {
            if (error != null || System.nanoTime() > deadline) {
                close();
                throw new IOException("session from " + local + " to " + remote + " not Established: " + error);
            }
            sleep(10);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] h = new byte[19];
            while (true) {
                in.readFully(h);
                int len = (h[16] & 255) << 8 | (h[17] & 255);
                byte[] body = new byte[len - 19];
                in.readFully(body);
                switch (h[18]) {
                    case 1 -> send(header(19, 4));
                    case 4 -> established = true;
                    case 3 -> error = "NOTIFICATION " + (body[0] & 255) + "/" + (body[1] & 255);
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            if (error == null) {
                error = e.toString();
            }
        }
    }

    String error() {
        return error;
    }

    synchronized void send(byte[] message) throws IOException {
        out.write(message);
    }

    synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing
        }
    }

    // ---- encoding ----------------------------------------------------------------------------------------

    static byte[] header(int length, int type) {
        byte[] m = new byte[length];
        Arrays.fill(m, 0, 16, (byte) 0xff);
        m[16] = (byte) (length >>> 8);
        m[17] = (byte) length;
        m[18] = (byte) type;
        return m;
    }

    private static byte[] open(byte[] id) {
        return open(id, Workload.SENDER_AS);
    }

    /** An OPEN from AS {@code as} (one that fits 2 octets), router-id {@code id}, for IPv4 and IPv6 unicast. */
    static byte[] open(byte[] id, long as) {
        ByteArrayOutputStream caps = new ByteArrayOutputStream();
        caps.writeBytes(new byte[] {1, 4, 0, 1, 0, 1}); // multiprotocol IPv4 unicast
        caps.writeBytes(new byte[] {1, 4, 0, 2, 0, 1}); // IPv6 unicast
        caps.writeBytes(new byte[] {65, 4, (byte) (as >>> 24), (byte) (as >>> 16), (byte) (as >>> 8), (byte) as});
        byte[] c = caps.toByteArray();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(4);
        b.write((int) (as >>> 8) & 255);
        b.write((int) as & 255);
        b.write(0);
        b.write(240); // hold time 240
        b.writeBytes(id);
        b.write(c.length + 2);
        b.write(2); // capabilities
        b.write(c.length);
        b.writeBytes(c);
        return message(1, b.toByteArray());
    }

    private static byte[] message(int type, byte[] body) {
        byte[] m = header(19 + body.length, type);
        System.arraycopy(body, 0, m, 19, body.length);
        return m;
    }

    private static void attribute(ByteArrayOutputStream out, int flags, int type, byte[] value) {
        boolean extended = value.length > 255;
        out.write(flags | (extended ? 0x10 : 0));
        out.write(type);
        if (extended) {
            out.write(value.length >>> 8);
        }
        out.write(value.length & 0xff);
        out.writeBytes(value);
    }

    private static byte[] int32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** ORIGIN, AS_PATH (65000 first), NEXT_HOP (IPv4 sets), MED, COMMUNITIES of a set. */
    byte[] attributes(int set) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        attribute(a, 0x40, 1, new byte[] {0});
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        long[] path = w.setPath[set];
        p.write(2);
        p.write(path.length + 1);
        p.writeBytes(int32(Workload.SENDER_AS));
        for (long as : path) {
            p.writeBytes(int32(as));
        }
        attribute(a, 0x40, 2, p.toByteArray());
        if (set < w.table.ipv4Sets) {
            attribute(a, 0x40, 3, int32(w.setHop[set]));
        }
        if (w.setMed[set] != null) {
            attribute(a, 0x80, 4, int32(w.setMed[set]));
        }
        if (w.setCommunities[set].length > 0) {
            ByteArrayOutputStream c = new ByteArrayOutputStream();
            for (int v : w.setCommunities[set]) {
                c.writeBytes(int32(v));
            }
            attribute(a, 0xc0, 8, c.toByteArray());
        }
        return a.toByteArray();
    }

    static void ipv4Nlri(ByteArrayOutputStream b, long packed) {
        int len = Ipv4Prefixes.length(packed);
        int addr = Ipv4Prefixes.address(packed);
        b.write(len);
        for (int i = 0; i < (len + 7) / 8; i++) {
            b.write(addr >>> (24 - 8 * i) & 255);
        }
    }

    private void ipv6Nlri(ByteArrayOutputStream b, int i) {
        int len = w.table.ipv6Length[i];
        long h = w.table.ipv6High[i];
        b.write(len);
        for (int k = 0; k < (len + 7) / 8; k++) {
            b.write((int) (h >>> (56 - 8 * k)) & 255);
        }
    }

    /** UPDATEs announcing IPv4 prefixes (packed) with one set's attributes, as many as needed. */
    List<byte[]> announce4(int set, long[] prefixes) {
        List<byte[]> out = new ArrayList<>();
        byte[] attrs = attributes(set);
        ByteArrayOutputStream nlri = new ByteArrayOutputStream();
        for (long p : prefixes) {
            if (19 + 4 + attrs.length + nlri.size() + 5 > MAX) {
                out.add(update(new byte[0], attrs, nlri.toByteArray()));
                nlri.reset();
            }
            ipv4Nlri(nlri, p);
        }
        if (nlri.size() > 0) {
            out.add(update(new byte[0], attrs, nlri.toByteArray()));
        }
        return out;
    }

    /** UPDATEs withdrawing IPv4 prefixes. */
    static List<byte[]> withdraw4(long[] prefixes) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream wd = new ByteArrayOutputStream();
        for (long p : prefixes) {
            if (19 + 4 + wd.size() + 5 > MAX) {
                out.add(update(wd.toByteArray(), new byte[0], new byte[0]));
                wd.reset();
            }
            ipv4Nlri(wd, p);
        }
        if (wd.size() > 0) {
            out.add(update(wd.toByteArray(), new byte[0], new byte[0]));
        }
        return out;
    }

    private static byte[] update(byte[] withdrawn, byte[] attrs, byte[] nlri) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(withdrawn.length >>> 8);
        b.write(withdrawn.length & 255);
        b.writeBytes(withdrawn);
        b.write(attrs.length >>> 8);
        b.write(attrs.length & 255);
        b.writeBytes(attrs);
        b.writeBytes(nlri);
        return message(2, b.toByteArray());
    }

    /** The whole table, set by set (IPv4 then IPv6 with MP_REACH_NLRI), each UPDATE within 4096 octets. */
    List<byte[]> table() {
        List<byte[]> out = new ArrayList<>();
        int[][] v4 = bgp.bench.FullTable.group(w.table.ipv4SetOf, w.table.ipv4Sets);
        for (int s = 0; s < v4.length; s++) {
            long[] p = new long[v4[s].length];
            for (int k = 0; k < p.length; k++) {
                p[k] = w.table.ipv4Prefixes[v4[s][k]];
            }
            out.addAll(announce4(s, p));
        }
        int[][] v6 = bgp.bench.FullTable.group(w.table.ipv6SetOf, w.table.ipv6Sets);
        for (int s = 0; s < v6.length; s++) {
            int set = w.table.ipv4Sets + s;
            byte[] attrs = attributes(set);
            ByteArrayOutputStream nlri = new ByteArrayOutputStream();
            for (int k = 0; k <= v6[s].length; k++) {
                if (k == v6[s].length || 19 + 4 + attrs.length + 25 + nlri.size() + 17 > MAX) {
                    if (nlri.size() > 0) {
                        ByteArrayOutputStream mp = new ByteArrayOutputStream();
                        mp.writeBytes(new byte[] {0, 2, 1, 16, 0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, (byte) w.setHop[set], 0});
                        mp.writeBytes(nlri.toByteArray());
                        ByteArrayOutputStream all = new ByteArrayOutputStream();
                        attribute(all, 0x80, 14, mp.toByteArray());
                        all.writeBytes(attrs);
                        out.add(update(new byte[0], all.toByteArray(), new byte[0]));
                        nlri.reset();
                    }
                    if (k == v6[s].length) {
                        break;
                    }
                }
                ipv6Nlri(nlri, v6[s][k]);
            }
        }
        return out;
    }
}
