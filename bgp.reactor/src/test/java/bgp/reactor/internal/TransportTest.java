package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.epoll.EpollSocketChannel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** On the platform we ship for, sessions run on epoll (which also gives TCP MD5 and GTSM). */
class TransportTest {
    @Test
    void epollIsUsedOnLinuxX8664() {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64"), "epoll is shipped for Linux x86-64 only");
        assertTrue(Transport.EPOLL, "the native epoll transport did not load");
        assertEquals(EpollSocketChannel.class, Transport.socketChannel());
    }
}
