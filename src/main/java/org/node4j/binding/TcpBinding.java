package org.node4j.binding;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.net.SocketErrors;
import org.node4j.net.Transport;
import org.node4j.posix.Errno;
import org.node4j.posix.Pipes;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('tcp_wrap'): the handles under net's sockets and servers, TCP
 * or Unix domain. It remembers every channel its handles opened, so that an
 * isolate that ends (process.exit in a batch, an embedder closing it) leaves no
 * socket open behind it.
 */
public final class TcpBinding implements AutoCloseable {
    private final Isolate isolate;
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();

    TcpBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** A socket to connect (TCP, or a Unix socket when {@code unix}). */
    @Export
    public SocketHandle socket(boolean unix) {
        return new SocketHandle(isolate, this, unix);
    }

    @Export
    public ServerHandle server() {
        return new ServerHandle(isolate, this);
    }

    /**
     * A connected socket this process received as an fd (from its parent over
     * IPC): a SocketHandle over it, not yet reading; -errno for anything else.
     */
    @Export
    public Object adoptSocket(int fd) {
        String kind = Pipes.socketKind(fd);
        if (!Transport.get().nativeEpoll() || kind == null || !(kind.equals("TCP") || kind.equals("PIPE"))) {
            return -Errno.EINVAL;
        }
        boolean unix = kind.equals("PIPE");
        Channel channel = unix ? new EpollDomainSocketChannel(fd) : new EpollSocketChannel(fd);
        channel.config().setAutoRead(false);
        channel.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        SocketHandle handle = new SocketHandle(isolate, this, unix);
        handle.attach(channel, channel.localAddress() instanceof InetSocketAddress inet
                && inet.getAddress() instanceof Inet6Address);
        var registered = Transport.get().group().register(channel).awaitUninterruptibly();
        if (!registered.isSuccess()) return SocketErrors.errno(registered.cause());
        track(channel);
        return handle;
    }

    /** Whether Netty's native epoll transport carries the sockets (else NIO). */
    @Export
    public boolean nativeEpoll() {
        return Transport.get().nativeEpoll();
    }

    void track(Channel channel) {
        open.add(channel);
        channel.closeFuture().addListener(f -> open.remove(channel));
    }

    @Override
    public void close() {
        for (Channel channel : open) channel.close();
        open.clear();
    }
}
