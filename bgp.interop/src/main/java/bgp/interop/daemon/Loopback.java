package bgp.interop.daemon;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Hands out 127.x.y.z addresses and ports for tests, so that two runs on one machine (or two tests in one JVM)
 * never clash: a random address in 127.1.0.1 .. 127.254.255.254 (never 127.0.x.x, where 127.0.0.1 lives), not
 * handed out before by this JVM, whose port 179 (when we are root) and an ephemeral port can be bound right now.
 */
public final class Loopback {
    private static final Random RANDOM = new SecureRandom();
    private static final Set<InetAddress> GIVEN = new HashSet<>();
    private static final int TRIES = 200;

    private Loopback() {
    }

    /** A fresh 127.x.y.z address that nothing listens on. */
    public static synchronized Inet4Address allocate() {
        for (int i = 0; i < TRIES; i++) {
            byte[] b = {127, (byte) (1 + RANDOM.nextInt(254)), (byte) RANDOM.nextInt(256), (byte) (1 + RANDOM.nextInt(254))};
            Inet4Address address;
            try {
                address = (Inet4Address) InetAddress.getByAddress(b);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            if (GIVEN.contains(address) || (Host.isRoot() && !bindable(address, 179)) || !bindable(address, 0)) {
                continue;
            }
            GIVEN.add(address);
            return address;
        }
        throw new IllegalStateException("no free 127.x.y.z address after " + TRIES + " tries");
    }

    /** A TCP port that can be bound on {@code address} right now (for a daemon that does not listen on 179). */
    public static int freePort(InetAddress address) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + Addresses.text(address), e);
        }
    }

    private static boolean bindable(InetAddress address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
