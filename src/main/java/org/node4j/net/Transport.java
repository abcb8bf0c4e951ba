package org.node4j.net;

import java.net.SocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.ThreadFactory;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;

/**
 * The Netty side every socket of the JVM shares: one event loop group (native
 * epoll, NIO where epoll will not load) whose threads move bytes between the
 * kernel and Netty buffers and post what happened to each isolate's Loop. They
 * never touch JS. Started on the first socket, daemon threads, so a script
 * without sockets pays nothing and a finished one is not held up.
 */
public final class Transport {
    private static final class Holder {
        static final Transport INSTANCE = new Transport();
    }

    private final boolean epoll = Epoll.isAvailable();
    private final EventLoopGroup group;

    private Transport() {
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        ThreadFactory threads = Thread.ofPlatform().daemon().name("node4j-io-", 0).factory();
        group = new MultiThreadIoEventLoopGroup(ioThreads(), threads, io);
    }

    public static Transport get() {
        return Holder.INSTANCE;
    }

    /**
     * One I/O thread per two cores (at least one): the JS thread and the Graal
     * compiler want the rest. NODE4J_IO_THREADS overrides.
     */
    private static int ioThreads() {
        String set = System.getenv("NODE4J_IO_THREADS");
        if (set != null) {
            try {
                return Math.max(1, Integer.parseInt(set.trim()));
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public EventLoopGroup group() {
        return group;
    }

    public boolean nativeEpoll() {
        return epoll;
    }

    /**
     * A connected-socket factory: a Unix domain socket, or a TCP socket of the
     * destination's own family. (Left alone, Netty makes every TCP socket IPv6
     * and maps IPv4 into it, which changes what 0.0.0.0 and the addresses mean.)
     */
    public ChannelFactory<Channel> socketFactory(boolean unix, boolean ipv6) {
        if (unix) return epoll ? EpollDomainSocketChannel::new : NioDomainSocketChannel::new;
        SocketProtocolFamily family = ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        if (epoll) return () -> new EpollSocketChannel(family);
        return () -> new NioSocketChannel(SelectorProvider.provider(), family);
    }

    /** A listening-socket factory, as {@link #socketFactory}. */
    public ChannelFactory<ServerChannel> serverFactory(boolean unix, boolean ipv6) {
        if (unix) return epoll ? EpollServerDomainSocketChannel::new : NioServerDomainSocketChannel::new;
        SocketProtocolFamily family = ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        if (epoll) return () -> new EpollServerSocketChannel(family);
        return () -> new NioServerSocketChannel(SelectorProvider.provider(), family);
    }

    /** A Unix socket path as the address type the transport in use expects. */
    public SocketAddress unixAddress(String path) {
        return epoll ? new DomainSocketAddress(path) : java.net.UnixDomainSocketAddress.of(path);
    }
}
