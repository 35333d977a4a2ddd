package bgp.config.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Message;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.reactor.Peer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * In Felix with Config Admin: a neighbor configured as a {@code bgp.neighbor} factory configuration establishes a
 * session with a peer played by the test over real TCP; deleting the configuration removes the peer.
 */
@ExtendWith({ServiceExtension.class, BundleContextExtension.class})
class ConfigAdminNeighborIT {
    static final OpenContext ANY = OpenContext.builder().build();

    @InjectService(timeout = 5000)
    ConfigurationAdmin configAdmin;

    @InjectService(timeout = 5000)
    MessageCodec codec;

    @InjectBundleContext
    BundleContext context;

    static String freeLoopbackAddress() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String a = "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255);
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(a))) {
                return a;
            } catch (IOException busy) {
                // another
            }
        }
        throw new IOException("no free loopback address");
    }

    Message read(DataInputStream in) throws Exception {
        byte[] header = new byte[19];
        in.readFully(header);
        int len = (header[16] & 0xFF) << 8 | header[17] & 0xFF;
        byte[] m = new byte[len];
        System.arraycopy(header, 0, m, 0, 19);
        in.readFully(m, 19, len - 19);
        return codec.decode(m, ANY);
    }

    void waitForPeer(String filter, boolean present) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            boolean found = context.getServiceReferences(Peer.class.getName(), filter) != null;
            if (found == present) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError((present ? "no" : "still a") + " Peer service matching " + filter);
    }

    @Test
    void aConfigAdminNeighborEstablishesAndIsRemovedWithItsConfiguration() throws Exception {
        String peer = freeLoopbackAddress();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(peer, 0));
            server.setSoTimeout(10_000);
            Configuration c = configAdmin.createFactoryConfiguration("bgp.neighbor", "?");
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("peer.address", peer);
            props.put("local.address", "127.0.0.1");
            props.put("local.as", 65001L);
            props.put("peer.as", 65002L);
            props.put("router.id", "10.0.0.1");
            props.put("port", server.getLocalPort());
            c.update(props);
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                DataInputStream in = new DataInputStream(s.getInputStream());
                OutputStream out = s.getOutputStream();
                Open theirs = assertInstanceOf(Open.class, read(in));
                assertEquals(65001L, theirs.asn());
                out.write(codec.encode(Open.of(65002, 90, IpAddresses.parseIpv4("10.0.0.2"), List.of(
                        new MultiprotocolCapability(Family.IPV4_UNICAST), new FourOctetAsCapability(65002))), ANY));
                assertInstanceOf(Keepalive.class, read(in));
                out.write(codec.encode(Keepalive.INSTANCE, ANY));
                waitForPeer("(&(bgp.peer.address=" + peer + ")(bgp.peer.state=established))", true);

                c.delete();
                // the session ends with Cease / Peer De-configured; whatever else came first is listed if not
                List<String> seen = new java.util.ArrayList<>();
                Notification n = null;
                while (n == null) {
                    Message m;
                    try {
                        m = read(in);
                    } catch (IOException closed) {
                        throw new AssertionError("the connection ended (" + closed + ") without a NOTIFICATION after "
                                + seen, closed);
                    }
                    seen.add(m.getClass().getSimpleName());
                    if (m instanceof Notification notification) {
                        n = notification;
                    }
                }
                assertEquals("6/3", n.code() + "/" + n.subcode());
                waitForPeer("(bgp.peer.address=" + peer + ")", false);
            }
        }
    }
}
