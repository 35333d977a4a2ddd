package bgp.reactor.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.IntegerUnixChannelOption;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Netty's transport: epoll where the native library loads (it also gives TCP MD5 and TTL/GTSM options), NIO
 * otherwise.
 */
final class Transport {
    static final boolean EPOLL = epollAvailable();
    // IPPROTO_IP / IP_TTL / IP_MINTTL and IPPROTO_IPV6 / IPV6_UNICAST_HOPS / IPV6_MINHOPCOUNT (Linux)
    static final ChannelOption<Integer> IP_TTL = new IntegerUnixChannelOption("IP_TTL", 0, 2);
    static final ChannelOption<Integer> IP_MINTTL = new IntegerUnixChannelOption("IP_MINTTL", 0, 21);
    static final ChannelOption<Integer> IPV6_UNICAST_HOPS = new IntegerUnixChannelOption("IPV6_UNICAST_HOPS", 41, 16);
    static final ChannelOption<Integer> IPV6_MINHOPCOUNT = new IntegerUnixChannelOption("IPV6_MINHOPCOUNT", 41, 73);

    private Transport() {
    }

    private static boolean epollAvailable() {
        try {
            return Epoll.isAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static EventLoopGroup group(int threads) {
        IoHandlerFactory factory = EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new NamedThreadFactory("bgp-io"), factory);
    }

    static Class<? extends Channel> socketChannel() {
        return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    static Class<? extends ServerChannel> serverChannel() {
        return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    /** RFC 2385 keys, as the epoll option wants them. */
    static Map<InetAddress, byte[]> md5Key(InetAddress peer, String password) {
        return Map.of(peer, password.getBytes(StandardCharsets.US_ASCII));
    }

    static ChannelOption<Map<InetAddress, byte[]>> md5Option() {
        return EpollChannelOption.TCP_MD5SIG;
    }

    /** Outgoing TTL and GTSM minimum on a connected or connecting channel (epoll only; else false). */
    static boolean setTtl(Channel ch, boolean ipv6, int outgoing, int minimum) {
        if (!EPOLL) {
            return outgoing == 0 && minimum == 0;
        }
        boolean ok = true;
        if (outgoing > 0) {
            ok &= ch.config().setOption(ipv6 ? IPV6_UNICAST_HOPS : IP_TTL, outgoing);
        }
        if (minimum > 0) {
            ok &= ch.config().setOption(ipv6 ? IPV6_MINHOPCOUNT : IP_MINTTL, minimum);
        }
        return ok;
    }
}
