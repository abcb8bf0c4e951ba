package org.node4j.udp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.unix.UnixChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Where UDP sockets come from: Netty's native epoll datagram channel (NIO's
 * where epoll is missing), all on one event loop group shared by every socket
 * of the process.
 *
 * <p>One I/O thread is enough: a datagram socket does one recvmmsg per wake-up
 * and JS, on the loop thread, is the bottleneck anyway; the machine has few
 * cores to spare. The group is created on first use (a program that never
 * touches dgram pays nothing) and its thread is a daemon, so it never holds
 * the process: the Loop's refs decide when node4j exits, as in libuv.
 */
public final class UdpChannels {
    private UdpChannels() {}

    /** Lazy holder: the class initialiser runs once, on the first socket. */
    private static final class Shared {
        static final boolean NATIVE = Epoll.isAvailable();
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("node4j-udp", true),
                NATIVE ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }

    /** Whether sockets are epoll channels with a descriptor of their own (else NIO). */
    public static boolean nativeTransport() {
        return Shared.NATIVE;
    }

    public static EventLoopGroup group() {
        return Shared.GROUP;
    }

    /** A new, unregistered socket of the family; its descriptor exists from here on. */
    public static DatagramChannel newChannel(boolean ipv6) {
        SocketProtocolFamily family = ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        return nativeTransport() ? new EpollDatagramChannel(family) : new NioDatagramChannel(family);
    }

    /** The descriptor under a channel, or -1 for an NIO channel (which hides it). */
    public static int fd(DatagramChannel channel) {
        return channel instanceof UnixChannel unix ? unix.fd().intValue() : -1;
    }
}
