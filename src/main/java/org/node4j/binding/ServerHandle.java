package org.node4j.binding;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ServerChannel;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.IntegerUnixChannelOption;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.net.AddressText;
import org.node4j.net.SocketErrors;
import org.node4j.net.Transport;
import org.node4j.posix.Errno;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.FileCalls;
import org.node4j.posix.Pipes;
import org.node4j.loop.HandleRef;
import org.node4j.runtime.Isolate;

/**
 * A listening socket (libuv's uv_tcp_t/uv_pipe_t after uv_listen), the handle
 * under a net.Server. listen binds synchronously, as libuv does, so that
 * server.address() answers right after listen() and EADDRINUSE is known at once.
 * Each accepted connection comes to onconnection(status, SocketHandle) on the
 * loop, not yet reading. A listening, ref'd server keeps the loop alive.
 */
public final class ServerHandle {
    /** IPV6_V6ONLY (IPPROTO_IPV6 = 41, optname 26), which Netty names no option for. */
    private static final IntegerUnixChannelOption IPV6_V6ONLY = new IntegerUnixChannelOption("IPV6_V6ONLY", 41, 26);

    private final Isolate isolate;
    private final TcpBinding owner;
    private Channel channel;
    private boolean unix;
    private boolean ipv6;
    private Value onconnection;
    private final HandleRef loopRef;
    private boolean closed;

    ServerHandle(Isolate isolate, TcpBinding owner) {
        this.isolate = isolate;
        this.loopRef = new HandleRef(isolate.loop());
        this.owner = owner;
    }

    /** Bind to an IP literal and port (0: any) and listen; 0 or -errno. */
    @Export
    public int listen(String address, int port, int backlog, boolean ipv6Only, boolean reusePort, Value onconnection) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.EINVAL;
        InetAddress host;
        try {
            host = AddressText.parse(address);
        } catch (UnknownHostException e) {
            return -Errno.EINVAL;
        }
        ipv6 = host instanceof Inet6Address;
        ServerBootstrap bootstrap = bootstrap(Transport.get().serverFactory(false, ipv6), false, backlog);
        bootstrap.option(ChannelOption.SO_REUSEADDR, true);
        if (Transport.get().nativeEpoll()) {
            if (reusePort) bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
            if (ipv6) bootstrap.option(IPV6_V6ONLY, ipv6Only ? 1 : 0);
        }
        return bind(bootstrap, new InetSocketAddress(host, port), onconnection);
    }

    /** Listen on a Unix socket path. */
    @Export
    public int listenPath(String path, int backlog, Value onconnection) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.EINVAL;
        unix = true;
        // Netty's native bind unlinks whatever sits at the path first; bind(2),
        // and so libuv and node, refuse a path that exists.
        if (pathExists(path)) return -Errno.EADDRINUSE;
        return bind(bootstrap(Transport.get().serverFactory(true, false), true, backlog),
                Transport.get().unixAddress(path), onconnection);
    }

    /**
     * Listen on a socket fd the process already holds (server.listen({ fd })):
     * listen(2) on it, then Netty takes it over. ENOTSOCK for anything else.
     */
    @Export
    public int listenFd(int fd, int backlog, Value onconnection) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.EINVAL;
        String kind = Pipes.socketKind(fd);
        // libuv refuses anything but a socket (a closed fd too) with EINVAL.
        if (kind == null) return -Errno.EINVAL;
        if (!Transport.get().nativeEpoll() || !(kind.equals("TCP") || kind.equals("PIPE"))) return -Errno.EINVAL;
        int err = Pipes.listen(fd, backlog > 0 ? backlog : 511);
        if (err < 0) return err;
        unix = kind.equals("PIPE");
        boolean domain = unix;
        ServerBootstrap bootstrap = bootstrap(
                () -> domain ? new EpollServerDomainSocketChannel(fd) : new EpollServerSocketChannel(fd), unix, backlog);
        var future = bootstrap.register().awaitUninterruptibly();
        if (!future.isSuccess()) return SocketErrors.errno(future.cause());
        this.onconnection = onconnection;
        channel = future.channel();
        ipv6 = channel.localAddress() instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet6Address;
        owner.track(channel);
        updateRef();
        return 0;
    }

    private static boolean pathExists(String path) {
        try {
            FileCalls.stat(path, -1, true, "lstat");
            return true;
        } catch (ErrnoException e) {
            return false;
        }
    }

    private ServerBootstrap bootstrap(ChannelFactory<? extends ServerChannel> factory, boolean toPath, int backlog) {
        Transport transport = Transport.get();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(transport.group())
                .channelFactory(factory)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel accepted) {
                        accept(accepted);
                    }
                });
        if (!toPath) bootstrap.childOption(ChannelOption.TCP_NODELAY, false);
        if (backlog > 0) bootstrap.option(ChannelOption.SO_BACKLOG, backlog);
        return bootstrap;
    }

    private int bind(ServerBootstrap bootstrap, SocketAddress address, Value onconnection) {
        var future = bootstrap.bind(address).awaitUninterruptibly();
        if (!future.isSuccess()) return SocketErrors.errno(future.cause());
        this.onconnection = onconnection;
        channel = future.channel();
        owner.track(channel);
        updateRef();
        return 0;
    }

    /** On the I/O thread: wrap the new connection and hand it to the loop. */
    private void accept(Channel accepted) {
        SocketHandle handle = new SocketHandle(isolate, owner, unix);
        handle.attach(accepted, ipv6);
        owner.track(accepted);
        isolate.loop().post(() -> {
            if (closed) {
                accepted.close();
                return;
            }
            if (onconnection != null && onconnection.canExecute()) isolate.callback(onconnection, 0, handle);
        });
    }

    /** The bound address into out (address/family/port), or the path for a Unix socket. */
    @Export
    public Object getsockname(Value out) {
        if (channel == null || closed) return -Errno.EBADF;
        SocketAddress local = channel.localAddress();
        if (local instanceof DomainSocketAddress path) return path.path();
        if (local instanceof java.net.UnixDomainSocketAddress path) return path.getPath().toString();
        if (!(local instanceof InetSocketAddress inet)) return -Errno.EINVAL;
        return ChannelHandles.describe(AddressText.of(inet, false), out);
    }

    @Export
    public int fd() {
        return ChannelHandles.fd(channel);
    }

    /** Stop listening; oncomplete() in the loop's close phase. */
    @Export
    public void close(Value oncomplete) {
        if (closed) return;
        closed = true;
        updateRef();
        var loop = isolate.loop();
        Runnable done = () -> {
            if (oncomplete != null && oncomplete.canExecute()) isolate.callback(oncomplete);
        };
        if (channel == null) {
            loop.onClose(done);
            return;
        }
        ChannelHandles.close(channel, loop, done);
    }

    @Export
    public void ref() {
        loopRef.setRefed(true, active());
    }

    @Export
    public void unref() {
        loopRef.setRefed(false, active());
    }

    @Export
    public boolean hasRef() {
        return loopRef.refed();
    }

    /** Whether the handle has something under way that keeps the loop alive. */
    private boolean active() {
        return channel != null && !closed;
    }

    private void updateRef() {
        loopRef.update(active());
    }
}
